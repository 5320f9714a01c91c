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
import { toDrawn } from '../lib/vis/axis-scale.ts';
import { decodeHash } from '../lib/search/deep-link.ts';
import type { PageVisData, VisData, VisItem, VisOverview } from '../lib/vis/to-vis.ts';
import { defaultWindow } from '../lib/vis/opening-window.ts';
import { floatingNow, hideCutAxisLabels } from './axis-labels.ts';
import type { Connectors } from './connectors.ts';
import { ItemView, labelMaxFor, MORE_PREFIX, type Lane } from './item-view.ts';
import { LabelMetrics } from './label-metrics.ts';
import { LaneSizes } from './lane-sizes.ts';
import { Strip } from './strip.ts';
import { TimelineSource } from './timeline-source.ts';
import { WindowMoves } from './window-moves.ts';
import { fullWindow, NO_LANE, timelineOptions, windowShowing, zoomedWindow, type DrawnGroup, type DrawnItem } from './vis-options.ts';

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
  private selectedId: string | undefined;
  /** Counts calls to select (and deselect): a selection still loading when another starts gives way. */
  private selections = 0;
  /** Every move of the window the page makes goes through here. */
  private moves: WindowMoves | undefined;
  /** Only for a timeline with links. */
  private connectors: Connectors | undefined;
  /** Gives the lanes the heights of the last layout's rows. */
  private resizeLanes: (() => void) | undefined;

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
    const now = toDrawn(floatingNow(this.dataset['zone'] ?? 'UTC'), data.scale);
    await nextTask();
    if (this.stale()) return;
    const more = this.dataset['more'] ?? '{n}';
    const locale = this.dataset['locale'] ?? 'en';
    const metrics = new LabelMetrics(canvas);
    const lanes: Lane[] =
      data.groups.length > 0
        ? data.groups.map((g) => ({ id: g.id, title: g.content, className: g.className }))
        : [{ id: NO_LANE, title: '', className: 'tl-g-none' }];
    const sizes = new LaneSizes(this, canvas, lanes.length);
    // Events the opening view can show at once: its rows, each holding a label every ~160 px.
    const opening = this.openingWindow(data, source, now, (sizes.rows(lanes.length) * canvas.clientWidth) / 160);
    const width = (): number => this.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? canvas.clientWidth;
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
      rows: (n) => sizes.rows(n),
      lanes,
      bounds: data.bounds,
      metrics,
      moreLabel: (n) => more.replace('{n}', n.toLocaleString(locale)),
      onLoad: refreshSoon,
      onLayout: () => this.resizeLanes?.(),
    });
    const stripRoot = this.querySelector<HTMLElement>('.tl-strip');
    const strip = stripRoot ? new Strip(stripRoot, data.eras, data.markers, metrics, now) : undefined;
    // Not given `start`/`end`: with them vis-timeline stays hidden until its once-a-second size check.
    const options = timelineOptions({ data, locale, now, onReady, moment: vis.moment });
    // vis-timeline draws itself again for each item, window and marker set up
    // below, measuring the whole page each time, unless it is out of the
    // document. So it is set up in a detached box that joins the canvas once
    // it is ready, and draws once, in the next frame.
    const host = document.createElement('div');
    host.className = 'tl-timeline__host';
    // The items and the window of the opening view, before its first draw.
    const firstWidth = canvas.clientWidth;
    this.style.setProperty('--tl-label-max', `${labelMaxFor(firstWidth)}px`);
    const firstItems = this.view.itemsFor(opening.start, opening.end, firstWidth);
    const groups = new vis.DataSet<DrawnGroup>(sizes.groups(lanes, this.view.laneRows, this.view.lanesShown));
    // Each layout gives the lanes their rows: their heights follow.
    let heights = '';
    this.resizeLanes = (): void => {
      const next = sizes.groups(lanes, this.view?.laneRows ?? new Map(), this.view?.lanesShown);
      const key = next.map((g) => `${g.height}${g.visible ? '' : '-'}`).join();
      if (key === heights) return;
      heights = key;
      groups.update(next);
    };
    const timeline = new vis.Timeline(host, items, groups, options);
    this.timeline = timeline;
    const moves = new WindowMoves(timeline);
    this.moves = moves;
    items.add(firstItems);
    strip?.update(opening.start, opening.end, firstWidth);
    moves.set(opening.start, opening.end);
    for (const marker of data.markers) {
      // A line only: its label is in the strip above the lanes.
      timeline.addCustomTime(marker.time, marker.id);
      timeline.setCustomTimeTitle(marker.title, marker.id);
    }
    // Two of vis-timeline's internals (8.x): its first draw would fit the
    // window to the items, undoing the opening window and drawing twice; and
    // it counts the draws it skipped out of sight towards its limit of five
    // draws in a row, stopping the first real one before its layout settles.
    const internals = timeline as Timeline & { initialFitDone: boolean; redrawCount: number };
    internals.initialFitDone = true;
    this.listen(timeline, refreshSoon);
    // vis-timeline's own time-to-px conversion (8.x, not in its types), shifted to the strip's left edge.
    const body = (timeline as Timeline & { body: { util: { toScreen(t: number): number } } }).body;
    const toStrip = (): ((t: number) => number) | undefined => {
      const center = this.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      const origin = stripRoot?.getBoundingClientRect();
      if (!center || !origin) return undefined;
      const shift = center.left - origin.left;
      return (t) => body.util.toScreen(t) + shift;
    };
    timeline.on('rangechange', (props: { start: Date; end: Date }) => strip?.update(props.start.valueOf(), props.end.valueOf(), width(), toStrip()));
    // The lanes share the height the page gives the timeline: a new size, new rows.
    const recheck = sizes.watch(() => {
      this.style.setProperty('--tl-label-max', `${labelMaxFor(width())}px`);
      const w = timeline.getWindow();
      strip?.update(w.start.valueOf(), w.end.valueOf(), width(), toStrip());
      this.view?.refresh();
    });
    // After every draw: the axis grows a row of labels at some zooms, and the lanes give it the room.
    timeline.on('changed', recheck);
    // Fetched only for a timeline with links, once it is ready: the connectors
    // come a moment after the first draw instead of delaying it, and a
    // timeline without links loads none of their code.
    if (data.hasLinks) {
      const drawConnectors = (): void =>
        void import('./connectors.ts').then(({ Connectors }) => {
          if (this.timeline !== timeline) return;
          const connectors = new Connectors(this, items);
          this.connectors = connectors;
          connectors.select(this.selectedId);
          timeline.on('changed', () => connectors.drawSoon());
          connectors.drawSoon();
        });
      if (this.dataset['ready'] === 'true') drawConnectors();
      else this.addEventListener('tl-ready', drawConnectors, { once: true });
    }
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
    // After the frame is drawn: measuring in the middle of vis-timeline's redraw would force a layout.
    let axisPending = false;
    timeline.on('changed', () => {
      if (axisPending) return;
      axisPending = true;
      requestAnimationFrame(() => {
        axisPending = false;
        hideCutAxisLabels(this);
      });
    });
    timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items.map(String).find((i) => !i.includes(':'));
      if (id) this.dispatchEvent(new CustomEvent<SelectDetail>('tl-select', { detail: { id }, bubbles: true }));
    });
    // A "+n" chip zooms in to the events it stands for.
    timeline.on('click', (props: { item: string | number | null }) => {
      const id = String(props.item ?? '');
      if (!id.startsWith(MORE_PREFIX)) return;
      const [, , start, end] = id.split(':');
      const from = Number(start);
      const to = Number(end);
      const pad = Math.max((to - from) / 4, 3_600_000);
      this.moves?.set(from - pad, to + pad, 500);
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
  private openingWindow(data: VisData, source: TimelineSource, now: number, capacity: number): { start: number; end: number } {
    const item = source.find(decodeHash(location.hash));
    if (item) return zoomedWindow(item);
    const fallback = data.window ?? busiestWindow(data, source, fullWindow(data, now), capacity);
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
   * view, zoomed so its neighbours read. False when there is no such event,
   * or when another selection (or none) came while this one was loading.
   */
  async select(id: string, reveal: Reveal = 'center'): Promise<boolean> {
    const turn = ++this.selections;
    const item = (await this.source?.locate(id)) ?? this.source?.find(id);
    const timeline = this.timeline;
    const moves = this.moves;
    if (!timeline || !moves || !item || turn !== this.selections) return false;
    this.selectedId = id;
    this.view?.select(id);
    this.connectors?.select(id);
    if (reveal === 'zoom') this.zoomTo(moves, item);
    else if (reveal === 'center') this.jumpNear(moves, item);
    // The items for the window the reader will see, the selected one among them.
    this.view?.refresh();
    timeline.setSelection(id);
    if (reveal !== 'keep') {
      // Brought into view once vis-timeline has drawn the new items, left of the middle, its label's room on its right.
      await this.redrawn(timeline);
      // A later selection brings its own event into view.
      if (turn !== this.selections) return true;
      const now = moves.destination();
      const { start, end } = windowShowing(item, now);
      if (start !== now.start) moves.set(start, end, reveal === 'zoom' ? 0 : 300);
    }
    return true;
  }

  /**
   * An event far outside the window (beyond a window's width from it) is
   * jumped to rather than panned to: the pan would pass years of events, and
   * the event is drawn only once the window nears it.
   */
  private jumpNear(moves: WindowMoves, item: VisItem): void {
    const { start, end } = moves.destination();
    const width = end - start;
    const at = (item.start + (item.end ?? item.start)) / 2;
    if (at > start - width && at < end + width) return;
    moves.set(at - width / 2, at + width / 2);
  }

  private zoomTo(moves: WindowMoves, item: VisItem): void {
    const { start, end } = zoomedWindow(item);
    const now = moves.destination();
    if (now.start !== start || now.end !== end) moves.set(start, end);
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

  /**
   * Shows a stretch of time (floating ms on the axis, as the model has it):
   * a story's step that is a window rather than an event.
   */
  showWindow(start: number, end: number): void {
    const scale = this.data?.scale;
    this.moves?.set(toDrawn(start, scale), toDrawn(end, scale), 300);
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
    const moves = this.moves;
    if (!moves) return;
    const { start, end } = moves.current();
    const shift = (end - start) * share;
    moves.set(start + shift, end + shift, 200);
  }

  /** Says where the keyboard is, for screen readers, politely. */
  announce(id: string, n?: number, total?: number): void {
    const item = this.source?.find(id);
    const status = this.querySelector('[data-announce]');
    if (!item || !status) return;
    const template = this.dataset['position'] ?? '{title}, {date}';
    status.textContent = template
      .replace('{title}', item.title ?? item.content)
      .replace('{date}', item.dateText ?? '')
      .replace('{n}', n === undefined ? '' : n.toLocaleString(this.dataset['locale']))
      .replace('{total}', total === undefined ? '' : total.toLocaleString(this.dataset['locale']));
    // "3 linked events.": the panel lists them.
    const links = item.linked ?? 0;
    const count = links === 1 ? this.dataset['linksOne'] : links > 1 ? this.dataset['linksMany'] : undefined;
    if (count) status.textContent += ` ${count.replace('{n}', links.toLocaleString(this.dataset['locale']))}`;
  }

  /** The keyboard shortcuts dialog. */
  help(): void {
    this.querySelector<HTMLDialogElement>('dialog.tl-keys')?.showModal();
  }

  deselect(): void {
    this.selections++;
    this.selectedId = undefined;
    this.view?.select(undefined);
    this.connectors?.select(undefined);
    this.timeline?.setSelection([]);
  }

  /**
   * Zooms in or out by half, around the selected event when there is one
   * (it stays where it is on screen, or comes to the middle if it was out of
   * view), else around the middle; or shows everything.
   */
  zoom(how: string): void {
    const moves = this.moves;
    if (!moves) return;
    if (how === 'in' || how === 'out') {
      const { start, end } = moves.current();
      const item = this.selectedId === undefined ? undefined : this.source?.find(this.selectedId);
      const at = item ? (item.start + (item.end ?? item.start)) / 2 : (start + end) / 2;
      const share = at > start && at < end ? (at - start) / (end - start) : 0.5;
      const width = (end - start) * (how === 'in' ? 0.5 : 2);
      moves.set(at - share * width, at + (1 - share) * width, 200);
    } else if (this.data) {
      const { start, end } = fullWindow(this.data, toDrawn(floatingNow(this.dataset['zone'] ?? 'UTC'), this.data.scale));
      moves.set(start, end, 500);
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

/**
 * Without the author's window: everything, or the busiest stretch the view
 * can read (src/lib/vis/opening-window.ts), counted from the events the page
 * carries, or from a large timeline's periods.
 */
function busiestWindow(data: VisData, source: TimelineSource, full: { start: number; end: number }, capacity: number): { start: number; end: number } {
  const points =
    data.remote === undefined
      ? [...source.loaded.values()].flat().map((i) => ({ time: i.start, count: 1 }))
      : data.periods.map((p) => ({ time: (p.start + p.end) / 2, count: p.count }));
  return defaultWindow(
    points.sort((a, b) => a.time - b.time),
    full,
    capacity,
  );
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
