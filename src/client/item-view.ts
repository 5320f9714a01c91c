/**
 * Keeps vis-timeline's DataSet to what the window needs: the level-of-detail
 * choice of events (src/lib/vis/level-of-detail.ts), each drawn as a point or a
 * range for the zoom, density bands for the rest, and the eras. Applies only
 * the difference, so vis-timeline redraws little, and keeps the selection.
 */
import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import { levelOfDetail, type DensityBand } from '../lib/vis/level-of-detail.ts';
import type { VisItem } from '../lib/vis/to-vis.ts';
import { typeAtZoom } from './timeline-layout.ts';
import type { TimelineSource } from './timeline-source.ts';
import { drawnItem, type DrawnItem } from './vis-options.ts';

/** Most events drawn at once: with their dots and the density bands, well under 1,500 elements. */
export const MAX_ITEMS = 400;

/**
 * How many events a window this wide can show legibly: labels need room, and
 * past that they stack into towers. Zooming in brings the rest.
 */
export function itemBudget(width: number): number {
  return Math.max(50, Math.min(MAX_ITEMS, Math.round(width / 8)));
}

export const DENSITY_PREFIX = 'density:';

export class ItemView {
  private selected: string | undefined;

  constructor(
    /** The timeline, once it exists: the first items are chosen before it is created. */
    private readonly timelineOf: () => Timeline | undefined,
    private readonly dataset: DataSet<DrawnItem>,
    private readonly source: TimelineSource,
    private readonly eras: readonly VisItem[],
    private readonly options: { now: number; width: () => number; moreLabel: (n: number) => string; onLoad: () => void },
  ) {}

  select(id: string | undefined): void {
    this.selected = id;
  }

  /** What to draw for a window: used before vis-timeline exists, and on every change after. */
  itemsFor(start: number, end: number, width: number): DrawnItem[] {
    const msPerPixel = (end - start) / Math.max(width, 200);
    const lod = levelOfDetail(this.source, { start, end, budget: itemBudget(width), selected: this.selected });
    for (const key of lod.fetch) this.source.load(key).then(this.options.onLoad, () => undefined);
    return [
      ...this.eras.map((e) => drawnItem(e, this.options.now, e.type)),
      ...lod.items.map((i) => drawnItem(i, this.options.now, typeAtZoom(i, msPerPixel))),
      ...lod.density.map((d) => this.band(d)),
    ];
  }

  private band(d: DensityBand): DrawnItem {
    const level = d.hidden >= 1000 ? 4 : d.hidden >= 100 ? 3 : d.hidden >= 10 ? 2 : 1;
    return {
      id: `${DENSITY_PREFIX}${d.group}:${d.start}:${d.end}`,
      content: this.options.moreLabel(d.hidden),
      start: d.start,
      end: d.end,
      type: 'background',
      ...(d.group !== '' && { group: d.group }),
      className: `tl-density tl-density-${level}`,
    };
  }

  /** Brings the DataSet to what the current window needs. */
  refresh(): void {
    const timeline = this.timelineOf();
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    const wanted = this.itemsFor(start.valueOf(), end.valueOf(), this.options.width());
    const wantedIds = new Set(wanted.map((i) => i.id));
    const stale = this.dataset.getIds().filter((id) => !wantedIds.has(String(id)));
    const changed = wanted.filter((i) => {
      const have = this.dataset.get(i.id);
      return !have || have.type !== i.type || have.end !== i.end;
    });
    if (stale.length === 0 && changed.length === 0) return;
    const selection = timeline.getSelection();
    this.dataset.remove(stale);
    this.dataset.update(changed);
    // Re-typed items are new to vis-timeline; keep what the reader selected.
    if (selection.length > 0) timeline.setSelection(selection);
  }
}
