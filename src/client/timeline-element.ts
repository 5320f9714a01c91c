/**
 * <tl-timeline>: draws the timeline with vis-timeline from the JSON inside
 * it, fetching a large timeline's periods as the window reaches them, and
 * reports selections as `tl-select` events. Configured by data-*:
 * `data-locale`, `data-zone`, `data-more` (the density label, `{n}` for the count),
 * and `data-start`/`data-end` (an embed's opening window, floating ms).
 */
import type { DataSet as VisDataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
// A URL, not an import: as an import it would be a stylesheet in the head that
// holds up the first paint, for a timeline that is drawn after its script runs.
import visStyles from 'vis-timeline/styles/vis-timeline-graph2d.min.css?url';
import { decodeHash } from '../lib/search/deep-link.ts';
import type { PageVisData, VisData, VisItem, VisOverview } from '../lib/vis/to-vis.ts';
import { floatingNow } from './axis-labels.ts';
import { DENSITY_PREFIX, ItemView } from './item-view.ts';
import { separateMarkers } from './timeline-layout.ts';
import { TimelineSource } from './timeline-source.ts';
import { fullWindow, timelineOptions, zoomedWindow, type DrawnItem } from './vis-options.ts';

export interface SelectDetail {
  readonly id: string;
}

type Reveal = 'keep' | 'center' | 'zoom';

export class TimelineElement extends HTMLElement {
  timeline: Timeline | undefined;
  source: TimelineSource | undefined;
  private data: VisData | undefined;
  private view: ItemView | undefined;
  /** Set before the timeline starts, when the page opens filtered. */
  private filter: ReadonlySet<string> | undefined;
  private pinned: readonly VisItem[] | undefined;

  private starting = false;

  connectedCallback(): void {
    if (this.timeline || this.starting) return;
    this.starting = true;
    void this.start().finally(() => {
      this.starting = false;
    });
  }

  /**
   * Draws the timeline in steps, each its own task, so that the page paints
   * first and answers the reader in between: vis-timeline's script, loaded
   * after the first paint; the data and the reader's "now"; vis-timeline set
   * up out of sight; and its first draw, in the next frame.
   */
  private async start(): Promise<void> {
    // vis-timeline measures what it draws: its styles before it starts.
    const styles = loadStyles(visStyles);
    // A large timeline's overview (its periods and highlights), fetched meanwhile.
    const overviewUrl = this.dataset['overview'];
    const overview = overviewUrl === undefined ? undefined : fetchOverview(new URL(overviewUrl, location.href));
    await afterFirstPaint();
    const [vis] = await Promise.all([import('./vis.ts'), styles]);
    await nextTask();
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const canvas = this.querySelector<HTMLElement>('.tl-timeline__canvas');
    if (this.stale() || !json || !canvas) return;
    const carried = JSON.parse(json) as PageVisData;
    const data: VisData = { ...NO_OVERVIEW, ...carried, ...(await overview) };
    if (this.stale()) return;
    const source = new TimelineSource(data, new URL(data.remote?.base ?? './', location.href));
    this.data = data;
    this.source = source;
    this.setFilter(this.filter, this.pinned);
    // The first use of a time zone loads the zone data: a task of its own.
    const now = floatingNow(this.dataset['zone'] ?? 'UTC');
    await nextTask();
    if (this.stale()) return;
    const opening = this.openingWindow(data, source, now);
    const more = this.dataset['more'] ?? '{n}';
    const width = (): number => this.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? canvas.clientWidth - 200;
    let pending = 0;
    const refreshSoon = (): void => {
      clearTimeout(pending);
      pending = window.setTimeout(() => this.view?.refresh(), 80);
    };
    const onReady = (): void => {
      this.dataset['ready'] = 'true';
      this.dispatchEvent(new CustomEvent('tl-ready', { bubbles: true }));
    };
    const items: VisDataSet<DrawnItem> = new vis.DataSet<DrawnItem>();
    this.view = new ItemView(() => this.timeline, items, source, data.eras, {
      now,
      width,
      moreLabel: (n) => more.replace('{n}', n.toLocaleString()),
      onLoad: refreshSoon,
    });
    // Not given `start`/`end`: with them vis-timeline stays hidden until its once-a-second size check.
    const options = timelineOptions({ data, locale: this.dataset['locale'] ?? 'en', now, onReady, moment: vis.moment });
    // vis-timeline draws itself again for each item, window and marker set up
    // below, measuring the whole page each time, unless it is out of the
    // document. So it is set up in a detached box that joins the canvas once
    // it is ready, and draws once, in the next frame.
    const host = document.createElement('div');
    const timeline =
      data.groups.length > 0 ? new vis.Timeline(host, items, new vis.DataSet([...data.groups]), options) : new vis.Timeline(host, items, options);
    this.timeline = timeline;
    // The items and the window of the opening view, before its first draw.
    items.add(this.view.itemsFor(opening.start, opening.end, width()));
    timeline.setWindow(opening.start, opening.end, { animation: false });
    // Missing from vis-timeline's types, present in its code.
    const markers = timeline as Timeline & { setCustomTimeMarker(title: string, id: string, editable: boolean): void };
    for (const marker of data.markers) {
      timeline.addCustomTime(marker.time, marker.id);
      // vis-timeline writes the marker label as HTML, escaped by src/client/xss-text.ts.
      markers.setCustomTimeMarker(marker.title, marker.id, false);
      timeline.setCustomTimeTitle(marker.title, marker.id);
    }
    // Two of vis-timeline's internals (8.x): its first draw would fit the
    // window to the items, undoing the opening window and drawing twice; and
    // it counts the draws it skipped out of sight towards its limit of five
    // draws in a row, stopping the first real one before its layout settles.
    const internals = timeline as Timeline & { initialFitDone: boolean; redrawCount: number };
    internals.initialFitDone = true;
    this.listen(timeline, refreshSoon);
    canvas.append(host);
    internals.redrawCount = 0;
    timeline.redraw();
    this.classList.add('is-live');
  }

  /** True when a step of `start` finds the timeline started or gone meanwhile. */
  private stale(): boolean {
    return this.timeline !== undefined || !this.isConnected;
  }

  private listen(timeline: Timeline, refreshSoon: () => void): void {
    timeline.on('rangechange', refreshSoon);
    // After the frame is drawn: measuring labels in the middle of vis-timeline's redraw would force a layout.
    let markersPending = false;
    timeline.on('changed', () => {
      if (markersPending) return;
      markersPending = true;
      requestAnimationFrame(() => {
        markersPending = false;
        setTimeout(() => separateMarkers(this), 0);
      });
    });
    timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items.map(String).find((i) => !i.includes(':'));
      if (id) this.dispatchEvent(new CustomEvent<SelectDetail>('tl-select', { detail: { id }, bubbles: true }));
    });
    // A density band zooms in to the events it stands for.
    timeline.on('click', (props: { item: string | number | null }) => {
      const id = String(props.item ?? '');
      if (!id.startsWith(DENSITY_PREFIX)) return;
      const [, , start, end] = id.split(':');
      timeline.setWindow(Number(start), Number(end));
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => this.zoom(button.dataset['zoom'] ?? ''));
    }
    this.querySelector('[data-keys]')?.addEventListener('click', () => this.help());
  }

  /**
   * Where the timeline opens: around the event the URL names (a deep link),
   * else the window asked for (an embed's start and end, each optional) over
   * the author's window, else everything. Set before the first draw:
   * vis-timeline leaves stale items behind when the window jumps right after it.
   */
  private openingWindow(data: VisData, source: TimelineSource, now: number): { start: number; end: number } {
    const item = source.find(decodeHash(location.hash));
    if (item) return zoomedWindow(item);
    const fallback = data.window ?? fullWindow(data, now);
    const asked = (key: 'start' | 'end'): number | undefined => {
      const value = Number(this.dataset[key] ?? NaN);
      return Number.isFinite(value) ? value : undefined;
    };
    const start = asked('start');
    const end = asked('end');
    // One edge asked for: the other from the author's window, or its width away.
    const width = fallback.end - fallback.start;
    if (start !== undefined && end !== undefined) return start < end ? { start, end } : fallback;
    if (start !== undefined) return { start, end: fallback.end > start ? fallback.end : start + width };
    if (end !== undefined) return { start: fallback.start < end ? fallback.start : end - width, end };
    return fallback;
  }

  disconnectedCallback(): void {
    this.timeline?.destroy();
    this.timeline = undefined;
  }

  /**
   * Selects an event, loading its period if need be; `reveal` brings it into
   * view, zoomed so its neighbours read. False when there is no such event.
   */
  async select(id: string, reveal: Reveal = 'center'): Promise<boolean> {
    const item = (await this.source?.locate(id)) ?? this.source?.find(id);
    const timeline = this.timeline;
    if (!timeline || !item) return false;
    this.view?.select(id);
    if (reveal === 'zoom') this.zoomTo(timeline, item);
    // The items for the window the reader will see, the selected one among them.
    this.view?.refresh();
    timeline.setSelection(id);
    if (reveal !== 'keep') {
      // Rows are known once vis-timeline has drawn the new items; then its focus scrolls the lanes to the item's row.
      await this.redrawn(timeline);
      timeline.focus(item.id, { zoom: false, animation: reveal === 'zoom' ? false : { duration: 300, easingFunction: 'easeInOutQuad' } });
    }
    return true;
  }

  private zoomTo(timeline: Timeline, item: VisItem): void {
    const { start, end } = zoomedWindow(item);
    const window = timeline.getWindow();
    if (window.start.valueOf() !== start || window.end.valueOf() !== end) timeline.setWindow(start, end, { animation: false });
  }

  /** The next redraw, or a moment if nothing needs one. */
  private redrawn(timeline: Timeline): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        timeline.off('changed', done);
        clearTimeout(fallback);
        resolve();
      };
      const fallback = window.setTimeout(done, 150);
      timeline.on('changed', done);
    });
  }

  /**
   * Draws only these events (all, when `ids` is undefined): the reader's
   * search and filters. `items`: the events themselves, when the page may not
   * have loaded them (a large timeline's search results).
   */
  setFilter(ids: ReadonlySet<string> | undefined, items?: readonly VisItem[]): void {
    this.filter = ids;
    this.pinned = ids && items;
    if (this.source) {
      this.source.visible = ids && ((id: string): boolean => ids.has(id));
      this.source.pinned = this.pinned;
    }
    this.view?.refresh();
  }

  /** Ids of the events drawn in the window, in time order. */
  eventsInView(): string[] {
    const timeline = this.timeline;
    if (!timeline) return [];
    const { start, end } = timeline.getWindow();
    return (timeline.getVisibleItems() as Array<string | number>)
      .map(String)
      .filter((id) => !id.includes(':'))
      .map((id) => this.source?.find(id))
      .filter((i): i is VisItem => i !== undefined && i.start >= start.valueOf() && i.start <= end.valueOf())
      .sort((a, b) => a.start - b.start)
      .map((i) => i.id);
  }

  /** Moves the window by a share of its width (negative: back in time). */
  pan(share: number): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    const shift = (end.valueOf() - start.valueOf()) * share;
    timeline.setWindow(start.valueOf() + shift, end.valueOf() + shift, { animation: { duration: 200, easingFunction: 'easeInOutQuad' } });
  }

  /** Says where the keyboard is, for screen readers, politely. */
  announce(id: string, n?: number, total?: number): void {
    const item = this.source?.find(id);
    const status = this.querySelector('[data-announce]');
    if (!item || !status) return;
    const template = this.dataset['position'] ?? '{title}, {date}';
    status.textContent = template
      .replace('{title}', item.content)
      .replace('{date}', item.dateText ?? '')
      .replace('{n}', n === undefined ? '' : n.toLocaleString(this.dataset['locale']))
      .replace('{total}', total === undefined ? '' : total.toLocaleString(this.dataset['locale']));
  }

  /** The keyboard shortcuts dialog. */
  help(): void {
    this.querySelector<HTMLDialogElement>('dialog.tl-keys')?.showModal();
  }

  deselect(): void {
    this.view?.select(undefined);
    this.timeline?.setSelection([]);
  }

  zoom(how: string): void {
    const t = this.timeline;
    if (!t) return;
    if (how === 'in') t.zoomIn(0.5);
    else if (how === 'out') t.zoomOut(0.5);
    else if (this.data) {
      const { start, end } = fullWindow(this.data, floatingNow(this.dataset['zone'] ?? 'UTC'));
      t.setWindow(start, end);
    }
  }
}

/**
 * Resolves once the page has painted: after the next frame, or after a
 * moment where there are no frames (a hidden tab, an off-screen frame).
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = window.setTimeout(resolve, 250);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

/** Before its overview arrives, or if it never does, a large timeline draws what its page carries. */
const NO_OVERVIEW: VisOverview = { periods: [], highlights: [], highlightsComplete: false };

async function fetchOverview(url: URL): Promise<VisOverview | undefined> {
  try {
    const response = await fetch(url);
    if (response.ok) return (await response.json()) as VisOverview;
    console.warn(`The timeline's overview (${url.pathname}) answered ${response.status}: it shows only this page's events.`);
  } catch (error) {
    console.warn(`The timeline's overview (${url.pathname}) could not be fetched: it shows only this page's events.`, error);
  }
  return undefined;
}

/** Resolves in a task of its own, letting the page answer input first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A stylesheet, linked once for the page; resolves when it applies. */
function loadStyles(href: string): Promise<void> {
  let link = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`);
  if (link?.sheet) return Promise.resolve();
  if (!link) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // First in the head: the page's own styles, which adjust vis-timeline's, come after it.
    document.head.prepend(link);
  }
  const el = link;
  return new Promise((resolve) => {
    el.addEventListener('load', () => resolve(), { once: true });
    // Drawn without its styles rather than not at all.
    el.addEventListener('error', () => resolve(), { once: true });
  });
}

customElements.define('tl-timeline', TimelineElement);
