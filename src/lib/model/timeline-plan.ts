/**
 * How a timeline is published: a small one is one page holding all its
 * events and data; a large one (over LARGE_TIMELINE events) is split into
 * periods, each a list page and a data file, with an overview page on top.
 */
import { stableSample } from './stable-sample.ts';
import { hashString } from './hash.ts';
import type { Timeline, TimelineEvent } from './model.ts';
import { LARGE_TIMELINE, planPeriods, summarize, type Period, type PeriodSummary } from './periods.ts';

export interface TimelinePlan {
  readonly large: boolean;
  /** A large timeline's periods; for a small one, a single period `all`. */
  readonly periods: readonly Period[];
  readonly summaries: readonly PeriodSummary[];
  /** Files in a large timeline's id index: about 1,500 ids each, from 4 to 64. */
  readonly idShards: number;
}

/** The key of a small timeline's one period. */
export const ALL = 'all';

/** By timeline, then by threshold. */
const plans = new WeakMap<Timeline, Map<number, TimelinePlan>>();

/** Planned once per timeline and threshold: every page of a build asks. */
export function planTimeline(timeline: Timeline, threshold = LARGE_TIMELINE): TimelinePlan {
  let byThreshold = plans.get(timeline);
  if (!byThreshold) {
    byThreshold = new Map();
    plans.set(timeline, byThreshold);
  }
  const cached = byThreshold.get(threshold);
  if (cached) return cached;
  const { events } = timeline;
  const large = events.length > threshold;
  const first = events[0]?.axis.start ?? 0;
  const last = events.reduce((max, e) => Math.max(max, e.axis.end ?? e.axis.start), first);
  const periods = large ? planPeriods(events) : [{ key: ALL, year: 0, start: first, end: last + 1, first: 0, last: events.length }];
  const plan = { large, periods, summaries: periods.map((p) => summarize(p, events)), idShards: Math.min(64, Math.max(4, Math.ceil(events.length / 1500))) };
  byThreshold.set(threshold, plan);
  return plan;
}

/** Most events the main page (or the embed) of a large timeline lists. */
export const LISTED = 200;

/**
 * The events a timeline's main page and its embed list: all of a small
 * timeline's; of a large one's, its important events, an even and stable
 * sample when there are more than a page should hold.
 */
export function listedEvents(timeline: Timeline): readonly TimelineEvent[] {
  if (!planTimeline(timeline).large) return timeline.events;
  return stableSample(
    timeline.events.filter((e) => e.importance === 'high'),
    LISTED,
  );
}

/** Which of the id index's files names an event's period. */
export function idShard(id: string, shards: number): number {
  return hashString(id) % shards;
}
