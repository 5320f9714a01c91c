/**
 * The public log of changes to a timeline: every dated correction and update,
 * newest first, each with the event it concerns. The changes page and the
 * feed read it; an undated one is left out (and `npm run validate` warns).
 */
import { axisStart, type CalendarDate } from '../dates/dates.ts';
import type { Annotation, Timeline, TimelineEvent } from './model.ts';

export interface Change {
  readonly event: TimelineEvent;
  readonly annotation: Annotation & { readonly kind: 'correction' | 'update'; readonly date: CalendarDate };
  /** Its place among the event's dated changes, in file order: 1, 2, … (a stable part of its feed id). */
  readonly n: number;
}

const logs = new WeakMap<Timeline, readonly Change[]>();

/**
 * Newest first; changes made the same day keep the events' time order.
 * @example listChanges(timeline)[0]?.annotation.date.text // '2024-01-05'
 */
export function listChanges(timeline: Timeline): readonly Change[] {
  let log = logs.get(timeline);
  if (!log) {
    const zone = timeline.timezone;
    const found = timeline.events.flatMap((event, order) => {
      let n = 0;
      return event.annotations.flatMap((a) => {
        if ((a.kind !== 'correction' && a.kind !== 'update') || !a.date) return [];
        n += 1;
        return [{ change: { event, annotation: a as Change['annotation'], n }, at: axisStart(a.date, zone, zone), order }];
      });
    });
    log = found.sort((a, b) => b.at - a.at || a.order - b.order).map((f) => f.change);
    logs.set(timeline, log);
  }
  return log;
}
