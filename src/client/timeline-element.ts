/**
 * <tl-timeline>: draws the timeline with vis-timeline from the JSON inside
 * it, and reports selections as `tl-select` events. Configured by data-*:
 * `data-locale`, `data-zone`.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItemCollectionType } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { escapeHtml } from '../lib/sanitize.ts';
import type { VisData, VisItem } from '../lib/to-vis.ts';
import { floatingNow } from './axis-labels.ts';
import { spansToRetype, TimelineLayout } from './timeline-layout.ts';
import { drawnItems, fullWindow, timelineOptions, zoomedWindow, type DrawnItem } from './vis-options.ts';

export interface SelectDetail {
  readonly id: string;
}

export class TimelineElement extends HTMLElement {
  timeline: Timeline | undefined;
  private data: VisData | undefined;

  connectedCallback(): void {
    if (this.timeline) return;
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const canvas = this.querySelector<HTMLElement>('.tl-timeline__canvas');
    if (!json || !canvas) return;
    const data = JSON.parse(json) as VisData;
    this.data = data;
    const now = floatingNow(this.dataset['zone'] ?? 'UTC');
    const opening = this.openingWindow(data, now);
    // Draw short spans as points from the start, for the opening zoom.
    const span = opening.end - opening.start;
    const types = new Map(spansToRetype(data.items, new Map(), span / Math.max(canvas.clientWidth - 200, 200)).map((c) => [c.id, c.type]));
    const items = new DataSet<DrawnItem>(drawnItems(data, now, types));
    const onReady = (): void => {
      this.dataset['ready'] = 'true';
      this.dispatchEvent(new CustomEvent('tl-ready', { bubbles: true }));
    };
    const options = timelineOptions({ data, locale: this.dataset['locale'] ?? 'en', now, opening, onReady });
    // vis-timeline's types predate exactOptionalPropertyTypes; the items are plain JSON it accepts.
    const itemCollection = items as unknown as DataItemCollectionType;
    const timeline =
      data.groups.length > 0 ? new Timeline(canvas, itemCollection, new DataSet([...data.groups]), options) : new Timeline(canvas, itemCollection, options);
    this.timeline = timeline;
    // Missing from vis-timeline's types, present in its code.
    const markers = timeline as Timeline & { setCustomTimeMarker(title: string, id: string, editable: boolean): void };
    for (const marker of data.markers) {
      timeline.addCustomTime(marker.time, marker.id);
      // vis-timeline writes the marker label as HTML: hand it text only.
      markers.setCustomTimeMarker(escapeHtml(marker.title), marker.id, false);
      timeline.setCustomTimeTitle(marker.title, marker.id);
    }
    this.listen(timeline, new TimelineLayout(timeline, items, data.items, this, types));
    this.classList.add('is-live');
  }

  private listen(timeline: Timeline, layout: TimelineLayout): void {
    let pending = 0;
    timeline.on('rangechange', () => {
      clearTimeout(pending);
      pending = window.setTimeout(() => {
        layout.fitSpans();
      }, 80);
    });
    timeline.on('changed', () => {
      layout.separateMarkers();
    });
    timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items.map(String).find((i) => !i.includes(':'));
      if (id) this.dispatchEvent(new CustomEvent<SelectDetail>('tl-select', { detail: { id }, bubbles: true }));
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        this.zoom(button.dataset['zoom'] ?? '');
      });
    }
  }

  /**
   * Where the timeline opens: around the event the URL names (a deep link),
   * else the author's window, else everything. Set before the first draw:
   * vis-timeline leaves stale items behind when the window jumps right after it.
   */
  private openingWindow(data: VisData, now: number): { start: number; end: number } {
    const id = decodeURIComponent(location.hash.slice(1));
    const item = data.items.find((i) => i.id === id && i.type !== 'background');
    if (item) return zoomedWindow(item);
    return data.window ?? fullWindow(data, now);
  }

  disconnectedCallback(): void {
    this.timeline?.destroy();
    this.timeline = undefined;
  }

  has(id: string): boolean {
    return this.data?.items.some((i) => i.id === id && i.type !== 'background') ?? false;
  }

  /** Selects an event; `reveal` brings it into view, zoomed so its neighbours read. */
  select(id: string, reveal: 'keep' | 'center' | 'zoom' = 'center'): void {
    const timeline = this.timeline;
    const item: VisItem | undefined = this.data?.items.find((i) => i.id === id);
    if (!timeline || !item) return;
    timeline.setSelection(id);
    if (reveal === 'keep') return;
    const window = timeline.getWindow();
    if (reveal === 'zoom') {
      const { start, end } = zoomedWindow(item);
      if (window.start.valueOf() !== start || window.end.valueOf() !== end) timeline.setWindow(start, end, { animation: false });
      return;
    }
    const end = item.end ?? item.start;
    const visible = item.start >= window.start.valueOf() && end <= window.end.valueOf();
    if (!visible) timeline.focus(id, { animation: { duration: 300, easingFunction: 'easeInOutQuad' } });
  }

  deselect(): void {
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

customElements.define('tl-timeline', TimelineElement);
