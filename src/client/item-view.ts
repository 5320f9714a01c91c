/**
 * Keeps vis-timeline's DataSet to what the window needs: the level-of-detail
 * choice of events (src/lib/vis/level-of-detail.ts), each drawn as a point or a
 * bar for the zoom and given a row and a label side (src/lib/vis/row-layout.ts),
 * each lane's title row with "+n" chips for what does not fit (or what the
 * level of detail leaves out), and the eras' bands. Applies only
 * the difference, so vis-timeline redraws little, and keeps the selection.
 */
import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import { levelOfDetail, type DensityBand } from '../lib/vis/level-of-detail.ts';
import type { VisItem } from '../lib/vis/to-vis.ts';
import { allocateRows, layoutRows, moreChips, rankOf, type RowItem } from '../lib/vis/row-layout.ts';
import type { LabelMetrics } from './label-metrics.ts';
import type { TimelineSource } from './timeline-source.ts';
import { drawnItem, NO_LANE, type DrawnItem } from './vis-options.ts';

/** Most events drawn at once: with their dots and the chips, well under 1,500 elements. */
export const MAX_ITEMS = 400;

/**
 * How many events a window this wide can show legibly: labels need room, and
 * past that they stack into towers. Zooming in brings the rest.
 */
export function itemBudget(width: number): number {
  return Math.max(50, Math.min(MAX_ITEMS, Math.round(width / 8)));
}

/** The widest label for a drawing this wide, px: the stylesheet cuts a longer one with an ellipsis. */
export function labelMaxFor(width: number): number {
  return Math.round(Math.min(280, Math.max(120, width * 0.6)));
}

/** Ids of the "+n" chips: `more:<lane>:<start>:<end>`, a click zooms to that time. */
export const MORE_PREFIX = 'more:';
const LANE_PREFIX = 'lane:';

export interface Lane {
  readonly id: string;
  readonly title: string;
  readonly className: string;
}

export interface ItemViewOptions {
  readonly now: number;
  /** The drawing's width, px. */
  readonly width: () => number;
  /** Event rows these many lanes share, their title rows aside. */
  readonly rows: (lanes: number) => number;
  readonly lanes: readonly Lane[];
  /** How far the timeline reaches: a lane's title row spans it all. */
  readonly bounds: { readonly min: number; readonly max: number };
  readonly metrics: LabelMetrics;
  /** The chips' words for screen readers: "{n} more". */
  readonly moreLabel: (n: number) => string;
  readonly onLoad: () => void;
  /** After each layout applied: the lanes' rows may have changed. */
  readonly onLayout: () => void;
}

/** Space between labels, and between a dot and its label, px. */
const GAP = 6;

export class ItemView {
  private selected: string | undefined;
  /** The row each event had last time: panning keeps them where they were. */
  private rowOf = new Map<string, number>();
  /** Event rows each lane was given in the last layout. */
  laneRows: ReadonlyMap<string, number> = new Map();
  /** The lanes drawn: while the reader filters, those with an event asked for; else all. */
  lanesShown: ReadonlySet<string> | undefined;

  constructor(
    /** The timeline, once it exists: the first items are chosen before it is created. */
    private readonly timelineOf: () => Timeline | undefined,
    private readonly dataset: DataSet<DrawnItem>,
    private readonly source: TimelineSource,
    private readonly eras: readonly VisItem[],
    private readonly options: ItemViewOptions,
  ) {}

  select(id: string | undefined): void {
    this.selected = id;
  }

  /** What to draw for a window: used before vis-timeline exists, and on every change after. */
  itemsFor(start: number, end: number, width: number): DrawnItem[] {
    const { metrics, now } = this.options;
    const msPerPixel = (end - start) / Math.max(width, 200);
    const labelMax = labelMaxFor(width);
    const lod = levelOfDetail(this.source, { start, end, budget: itemBudget(width), selected: this.selected });
    for (const key of lod.fetch) this.source.load(key).then(this.options.onLoad, () => undefined);
    const px = (t: number): number => (t - start) / msPerPixel;
    const all = lod.items.map((item): RowItem & { item: VisItem } => {
      const importance = item.importance ?? 'normal';
      const label = metrics.width(item.content, importance, labelMax);
      const bar = item.type === 'range' && item.end !== undefined && (item.end ?? now) - item.start >= label * msPerPixel;
      return {
        item,
        id: item.id,
        group: item.group ?? NO_LANE,
        x: px(item.start),
        x2: bar ? px(item.end ?? now) : undefined,
        label,
        dot: bar ? 0 : metrics.dot(importance) / 2,
        rank: rankOf(importance, item.id === this.selected),
        start: item.start,
        end: item.end ?? item.start,
      };
    });
    this.lanesShown = this.filteredLanes();
    const lanes = this.options.lanes.map((l) => l.id).filter((id) => this.lanesShown?.has(id) ?? true);
    const budget = this.options.rows(lanes.length);
    // What is in view: a dot beyond the edge would leave its label cut there, so it is laid out once panned into view.
    const rowItems = all.filter((r) => (r.x2 === undefined ? r.x >= 0 && r.x <= width : r.x2 > 0 && r.x < width) || r.id === this.selected);
    const layout = layoutRows({ items: rowItems, width, rows: budget, gap: GAP, previous: this.rowOf });
    this.rowOf = new Map([...layout.placed].map(([id, p]) => [id, p.row]));
    this.laneRows = allocateRows(rowItems, layout, lanes, budget);
    const shown = (item: RowItem): boolean => (layout.placed.get(item.id)?.row ?? Infinity) < (this.laneRows.get(item.group) ?? 0);
    const hidden = rowItems.filter((i) => !shown(i));
    const events = rowItems.flatMap((r) => {
      const { item, x2 } = r;
      const at = layout.placed.get(item.id);
      if (!at || !shown(r)) return [];
      const drawn = drawnItem(item, now, x2 === undefined && item.type === 'range' ? 'point' : item.type);
      return [
        {
          ...drawn,
          // A timeline without lanes draws its events in one lane of its own.
          group: r.group,
          subgroup: `r${at.row + 1}`,
          row: at.row + 1,
          className: `${drawn.className}${at.side === 'left' ? ' tl-side-left' : ''}`,
          // A label with no room for all of it is cut to the room it has (timeline.css).
          ...(at.cut !== undefined && { style: `--tl-fit: ${Math.floor(at.cut)}px` }),
        },
      ];
    });
    return [
      ...this.eras.map((e) => ({ ...drawnItem(e, now, e.type), content: '' })),
      ...this.laneTitles(),
      ...events,
      ...this.chips(hidden, lod.density, { start, msPerPixel, width }),
    ];
  }

  /**
   * While the reader filters, the lanes that hold an event asked for (a
   * large timeline's search results say which); else undefined: all of them.
   */
  private filteredLanes(): Set<string> | undefined {
    const { visible, pinned } = this.source;
    if (!visible && !pinned) return undefined;
    const items = pinned ?? [...this.source.loaded.values()].flat().filter((i) => visible?.(i.id) ?? true);
    return new Set(items.map((i) => i.group ?? NO_LANE));
  }

  /** Each lane's title, on a row of its own above its events; it stays at the left edge as the reader pans. */
  private laneTitles(): DrawnItem[] {
    const { min, max } = this.options.bounds;
    return this.options.lanes
      .filter((lane) => lane.title !== '' && (this.lanesShown?.has(lane.id) ?? true))
      .map((lane) => ({
        id: `${LANE_PREFIX}${lane.id}`,
        content: lane.title,
        start: min,
        end: max,
        type: 'range',
        group: lane.id,
        subgroup: 'r0',
        row: 0,
        selectable: false,
        className: `tl-lane-title ${lane.className}`,
      }));
  }

  /** "+n" on each lane's title row, for the events it leaves out there, whether the rows or the level of detail left them out. */
  private chips(hidden: readonly RowItem[], density: readonly DensityBand[], view: { start: number; msPerPixel: number; width: number }): DrawnItem[] {
    const { metrics, lanes, moreLabel } = this.options;
    const px = (t: number): number => (t - view.start) / view.msPerPixel;
    const titles = new Map(lanes.map((l) => [l.id, l.title === '' ? 0 : metrics.title(l.title) + GAP]));
    const left = [
      ...hidden,
      ...density
        .map((d) => ({ group: d.group === '' ? NO_LANE : d.group, x: px((d.start + d.end) / 2), start: d.start, end: d.end, count: d.hidden }))
        .filter((d) => d.x >= 0 && d.x <= view.width),
    ];
    const chips = moreChips(left, {
      minGap: 40,
      width: view.width,
      titleWidth: (group) => titles.get(group) ?? 0,
      chipWidth: (count) => metrics.width(`+${count}`, 'low') + GAP,
    });
    return chips.map((c) => ({
      id: `${MORE_PREFIX}${c.group}:${c.start}:${c.end}`,
      content: `+${c.count}`,
      hint: moreLabel(c.count),
      start: view.start + c.x * view.msPerPixel,
      type: 'box',
      group: c.group,
      subgroup: 'r0',
      row: 0,
      selectable: false,
      className: 'tl-more',
    }));
  }

  /** Brings the DataSet to what the current window needs. */
  refresh(): void {
    const timeline = this.timelineOf();
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    const wanted = this.itemsFor(start.valueOf(), end.valueOf(), this.options.width());
    this.options.onLayout();
    const wantedIds = new Set(wanted.map((i) => i.id));
    const stale = this.dataset.getIds().filter((id) => !wantedIds.has(String(id)));
    const changed = wanted.filter((i) => {
      const have = this.dataset.get(i.id);
      return (
        !have ||
        have.type !== i.type ||
        have.end !== i.end ||
        have.start !== i.start ||
        have.subgroup !== i.subgroup ||
        have.className !== i.className ||
        have.style !== i.style
      );
    });
    if (stale.length === 0 && changed.length === 0) return;
    const selection = timeline.getSelection();
    this.dataset.remove(stale);
    this.dataset.update(changed);
    // Re-typed items are new to vis-timeline; keep what the reader selected.
    if (selection.length > 0) timeline.setSelection(selection);
  }
}
