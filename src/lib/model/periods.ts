/**
 * Splits a large timeline into periods: a year each, or a month each for a
 * year with more events than a page should hold. Each period is one list page
 * (`/<slug>/2019/`, `/<slug>/2019-03/`) and one data file the timeline fetches
 * when the reader's window reaches it.
 */
import { floatingTime, yearAndMonthOf, type CalendarDate } from '../dates/dates.ts';
import { isoYear } from '../dates/iso.ts';
import type { Importance, TimelineEvent } from './model.ts';

export interface Period {
  /** The URL segment: `2019`, `2019-03`, `-0500`. */
  readonly key: string;
  readonly year: number;
  readonly month?: number;
  /** Axis range, floating ms, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Its events: `events.slice(first, last)` of the timeline (in time order). */
  readonly first: number;
  readonly last: number;
}

/** Past this many events, a timeline's list is split into periods and its data fetched in parts. */
export const LARGE_TIMELINE = 1000;
/** Most events on one period page before the year is split into months. */
export const MAX_PER_PERIOD = 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

export function periodKey(year: number, month?: number): string {
  return month === undefined ? isoYear(year) : `${isoYear(year)}-${pad(month)}`;
}

/** The year (and month) of the axis day an event starts on. */
function startOf(e: TimelineEvent): { year: number; month: number } {
  return yearAndMonthOf(e.axis.start);
}

/**
 * Periods in time order, covering every event once.
 * @example planPeriods(events).map((p) => p.key) // ['2018', '2019', '2019-12'...]
 */
export function planPeriods(events: readonly TimelineEvent[], maxPerPeriod = MAX_PER_PERIOD): Period[] {
  const periods: Period[] = [];
  let i = 0;
  while (i < events.length) {
    const { year } = startOf(events[i] as TimelineEvent);
    let j = i;
    while (j < events.length && startOf(events[j] as TimelineEvent).year === year) j++;
    if (j - i <= maxPerPeriod) {
      periods.push({ key: periodKey(year), year, start: floatingTime(year), end: floatingTime(year + 1), first: i, last: j });
    } else {
      for (let k = i; k < j;) {
        const { month } = startOf(events[k] as TimelineEvent);
        let m = k;
        while (m < j && startOf(events[m] as TimelineEvent).month === month) m++;
        periods.push({ key: periodKey(year, month), year, month, start: floatingTime(year, month), end: floatingTime(year, month + 1), first: k, last: m });
        k = m;
      }
    }
    i = j;
  }
  return periods;
}

/** How many events of each importance and in each lane a period holds: enough to draw density without its events. */
export interface PeriodSummary {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** The latest end of its events: a long span reaches beyond its period. */
  readonly reach: number;
  readonly byImportance: Readonly<Record<Importance, number>>;
  /** Per group id; `''` for events without a group. */
  readonly byGroup: Readonly<Record<string, number>>;
}

export function summarize(period: Period, events: readonly TimelineEvent[]): PeriodSummary {
  const byImportance: Record<Importance, number> = { high: 0, normal: 0, low: 0 };
  const byGroup: Record<string, number> = {};
  let reach = period.end;
  for (let i = period.first; i < period.last; i++) {
    const e = events[i] as TimelineEvent;
    // An ongoing span reaches to the present, wherever that is.
    reach = Math.max(reach, e.axis.end ?? Number.MAX_SAFE_INTEGER);
    byImportance[e.importance]++;
    const g = e.group ?? '';
    byGroup[g] = (byGroup[g] ?? 0) + 1;
  }
  return { key: period.key, start: period.start, end: period.end, count: period.last - period.first, reach, byImportance, byGroup };
}

/** A period as a date, to format its label ("March 2019"). */
export function periodDate(period: Pick<Period, 'key' | 'year' | 'month'>): CalendarDate {
  return {
    text: period.key,
    precision: period.month === undefined ? 'year' : 'month',
    year: period.year,
    ...(period.month !== undefined && { month: period.month }),
    approximate: false,
    uncertain: false,
  };
}
