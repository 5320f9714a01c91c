/**
 * Where a timeline opens when its author set no `window`: everything, if
 * the view can show that many events legibly; else the busiest stretch, as
 * wide as the view can read, so the first thing a reader sees is where most
 * happens rather than a crowd of "+n" chips. Pure: the page says how many
 * events its view holds.
 */

export interface Weighted {
  /** When, ms. */
  readonly time: number;
  /** How many events this stands for (a large timeline's period counts its events). */
  readonly count: number;
}

export interface Window {
  readonly start: number;
  readonly end: number;
}

/**
 * @param points in time order
 * @param full everything, with its margins: the window when it all fits
 * @param capacity events the view can show at once
 */
export function defaultWindow(points: readonly Weighted[], full: Window, capacity: number): Window {
  const total = points.reduce((n, p) => n + p.count, 0);
  const span = full.end - full.start;
  if (total <= capacity || points.length < 2 || span <= 0) return full;
  // As wide as holds `capacity` events at the timeline's average density, and at least a twentieth of it.
  const width = Math.max(span * (capacity / total), span / 20);
  let best = { count: -1, start: full.start };
  let j = 0;
  let inside = 0;
  // Windows starting at each point; two pointers keep it linear.
  for (let i = 0; i < points.length; i++) {
    const from = (points[i] as Weighted).time;
    while (j < points.length && (points[j] as Weighted).time < from + width) inside += (points[j++] as Weighted).count;
    if (inside > best.count) best = { count: inside, start: from };
    inside -= (points[i] as Weighted).count;
  }
  // The stretch with a little room before its first event, kept inside everything.
  const start = Math.min(Math.max(best.start - width * 0.05, full.start), full.end - width);
  return { start, end: start + width };
}
