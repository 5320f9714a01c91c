/**
 * The strip above the lanes: each era's title over the part of its band in
 * view (wrapping, two lines at most), and each marker's label by its line,
 * on one of two rows so that no two overlap (a label with no room left is
 * not drawn: its line stays, and the list names it). Drawn by the page, not
 * vis-timeline, and moved with the window as the reader pans and zooms.
 * For sighted readers only: the list below says the same in full.
 */
import type { VisItem, VisMarker } from '../lib/vis/to-vis.ts';
import { layoutRows } from '../lib/vis/row-layout.ts';
import type { LabelMetrics } from './label-metrics.ts';

/** Rows for marker labels (TimelineView.astro keeps their room). */
const MARKER_ROWS = 2;
/** An era's title shows only where this much of its band is in view, px, and never narrower than its longest word. */
const MIN_ERA_WIDTH = 48;
/** The title's side padding (timeline.css, .tl-strip__era), px. */
const ERA_PADDING = 10;

export class Strip {
  private readonly eras: { item: VisItem; el: HTMLElement; min?: number }[];
  private readonly markers: { marker: VisMarker; el: HTMLElement }[];

  constructor(
    root: HTMLElement,
    eras: readonly VisItem[],
    markers: readonly VisMarker[],
    private readonly metrics: LabelMetrics,
    now: number,
  ) {
    // Its rows' room (data-eras, data-markers) was set with the page, so nothing moves now.
    root.replaceChildren();
    this.eras = eras.map((item) => {
      const el = document.createElement('div');
      el.className = `tl-strip__era ${item.className.replace(/\btl-era\b/, '')}`;
      const text = document.createElement('span');
      text.textContent = item.content;
      el.append(text);
      root.append(el);
      return { item: { ...item, end: item.end ?? now }, el };
    });
    this.markers = markers.map((marker) => {
      const el = document.createElement('div');
      el.className = 'tl-strip__marker';
      el.textContent = marker.title;
      el.title = marker.title;
      root.append(el);
      return { marker, el };
    });
  }

  /** The least room an era's title reads in: its longest word, measured once, as the labels are (bold). */
  private minWidth(era: { item: VisItem; min?: number }): number {
    era.min ??= Math.max(MIN_ERA_WIDTH, ...era.item.content.split(/\s+/).map((word) => this.metrics.width(word, 'high') + ERA_PADDING));
    return era.min;
  }

  /**
   * Places everything for the window [start, end] drawn `width` px wide;
   * `toScreen`, once the timeline is drawn, is its own conversion of a time
   * to px from the strip's left edge, so labels sit exactly over their lines.
   */
  update(start: number, end: number, width: number, toScreen?: (t: number) => number): void {
    const px = toScreen ?? ((t: number): number => ((t - start) / (end - start)) * width);
    // Each title over the part of its band in view, up to where the next era's title starts (eras may overlap).
    const spans = this.eras
      .map((era) => ({
        el: era.el,
        min: this.minWidth(era),
        left: Math.max(0, px(era.item.start)),
        right: Math.min(width, px(era.item.end ?? era.item.start)),
      }))
      .filter((e) => {
        e.el.hidden = e.right - e.left < e.min;
        return !e.el.hidden;
      })
      .sort((a, b) => a.left - b.left);
    for (const [n, era] of spans.entries()) {
      const right = Math.min(era.right, spans[n + 1]?.left ?? Infinity);
      // Narrower than its longest word, a title would break inside a word ("Televise-d"): it waits for more room.
      era.el.hidden = right - era.left < era.min;
      era.el.style.transform = `translateX(${era.left}px)`;
      era.el.style.width = `${right - era.left}px`;
    }
    // As wide as their room: the layout cuts one only where the next would be covered.
    const max = Math.min(420, width * 0.6);
    const items = this.markers.map(({ marker }) => ({
      id: marker.id,
      group: '',
      x: px(marker.time),
      label: this.metrics.width(marker.title, 'low', max),
      dot: 1,
      rank: 0,
      start: marker.time,
      end: marker.time,
    }));
    const inView = items.filter((i) => i.x >= 0 && i.x <= width);
    const layout = layoutRows({ items: inView, width, rows: MARKER_ROWS, gap: 6 });
    for (const [n, { el }] of this.markers.entries()) {
      const item = items[n];
      const at = item && layout.placed.get(item.id);
      el.hidden = !at;
      if (!item || !at) continue;
      el.dataset['row'] = String(at.row);
      el.classList.toggle('tl-strip__marker--left', at.side === 'left');
      el.style.maxWidth = `${Math.floor(at.cut ?? max)}px`;
      el.style.transform = at.side === 'left' ? `translateX(calc(${item.x}px - 100%))` : `translateX(${item.x}px)`;
    }
  }
}
