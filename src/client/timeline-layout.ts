/**
 * Keeps the drawing readable at every zoom: a span too short to hold its
 * label is drawn as a point (with the label beside it) until the reader zooms
 * in far enough, and marker labels that would overlap are hidden (their line
 * stays, and the title shows on hover and in the list).
 */
import type { VisItem } from '../lib/vis/to-vis.ts';

/** Rough width of a label in pixels; only needs to be right within a factor. */
const labelWidth = (item: VisItem): number => item.content.length * 7 + 24;

/** How to draw an item at this zoom. */
export function typeAtZoom(item: VisItem, msPerPixel: number): VisItem['type'] {
  if (item.type !== 'range' || item.end === null || item.end === undefined) return item.type;
  return (item.end - item.start) / msPerPixel < labelWidth(item) ? 'point' : 'range';
}

/** Hides marker labels that would run into the one before. */
export function separateMarkers(root: HTMLElement): void {
  const labels = [...root.querySelectorAll<HTMLElement>('.vis-custom-time-marker')]
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .sort((a, b) => a.rect.left - b.rect.left);
  let right = -Infinity;
  for (const { el, rect } of labels) {
    const overlaps = rect.left < right + 4;
    el.style.visibility = overlaps ? 'hidden' : '';
    if (!overlaps) right = rect.right;
  }
}
