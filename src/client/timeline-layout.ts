/**
 * Keeps the drawing readable at every zoom: a span too short to hold its
 * label is drawn as a point (with the label beside it) until the reader zooms
 * in far enough, and marker labels that would overlap are hidden (their line
 * stays, and the title shows on hover and in the list).
 */
import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import type { VisItem } from '../lib/to-vis.ts';
import type { DrawnItem } from './vis-options.ts';

/** Rough width of a label in pixels; only needs to be right within a factor. */
const labelWidth = (item: VisItem): number => item.content.length * 7 + 24;

/** The id and type of every span whose drawing should change at this zoom. */
export function spansToRetype(
  items: readonly VisItem[],
  drawn: ReadonlyMap<string, VisItem['type']>,
  msPerPixel: number,
): Array<{ id: string; type: VisItem['type'] }> {
  const changes: Array<{ id: string; type: VisItem['type'] }> = [];
  for (const item of items) {
    if (item.type !== 'range' || item.end === null || item.end === undefined) continue;
    const type = (item.end - item.start) / msPerPixel < labelWidth(item) ? 'point' : 'range';
    if ((drawn.get(item.id) ?? item.type) !== type) changes.push({ id: item.id, type });
  }
  return changes;
}

export class TimelineLayout {
  constructor(
    private readonly timeline: Timeline,
    private readonly dataset: DataSet<DrawnItem>,
    private readonly items: readonly VisItem[],
    private readonly root: HTMLElement,
    /** What each re-typed span is drawn as now. */
    private readonly drawn: Map<string, VisItem['type']>,
  ) {}

  /** Re-types spans for the current zoom; cheap when nothing changes. */
  fitSpans(): void {
    const { start, end } = this.timeline.getWindow();
    const width = this.root.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? 0;
    if (width === 0) return;
    const changes = spansToRetype(this.items, this.drawn, (end.valueOf() - start.valueOf()) / width);
    if (changes.length === 0) return;
    for (const c of changes) this.drawn.set(c.id, c.type);
    const selection = this.timeline.getSelection();
    this.dataset.update(changes);
    // Re-typed items are redrawn; keep what the reader selected.
    if (selection.length > 0) this.timeline.setSelection(selection);
  }

  /** Hides marker labels that would run into the one before. */
  separateMarkers(): void {
    const labels = [...this.root.querySelectorAll<HTMLElement>('.vis-custom-time-marker')]
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .sort((a, b) => a.rect.left - b.rect.left);
    let right = -Infinity;
    for (const { el, rect } of labels) {
      const overlaps = rect.left < right + 4;
      el.style.visibility = overlaps ? 'hidden' : '';
      if (!overlaps) right = rect.right;
    }
  }
}
