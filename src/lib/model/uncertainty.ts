/**
 * How sure an event's date is, as the drawing shows it. The timeline draws
 * these (src/lib/vis/to-vis.ts) and the key explains them (key.ts): one rule
 * for both, so the key never names a symbol the drawing does not use.
 */
import type { TimelineEvent } from './model.ts';

/** A whole month or year with no end: drawn across the span it covers, never as one day. */
export function isImprecise(e: TimelineEvent): boolean {
  const { start, end, ongoing } = e.when;
  return end === undefined && !ongoing && (start.precision === 'month' || start.precision === 'year');
}

/** A start or end written as approximate (`~`) or uncertain (`?`). */
export function isFuzzy(e: TimelineEvent): boolean {
  const { start, end } = e.when;
  return Boolean(start.approximate || start.uncertain || end?.approximate || end?.uncertain);
}
