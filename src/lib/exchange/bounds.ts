/**
 * What every export says about a date: the span as written, and the first
 * and last moments it covers as ISO 8601 text. Calendar arithmetic runs on
 * UTC fields only (floatingTime), so no export depends on the build machine's zone.
 */
import { daysInMonth, floatingTime, isTimed, toInstant, type CalendarDate, type DateSpan } from '../dates/dates.ts';
import { isoYear, toDatetimeAttribute } from '../dates/iso.ts';
import type { Timeline } from '../model/model.ts';

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The span in one EDTF string, as the author wrote it: `2023-12-26`, `2023-12-26/2023-12-30`, `2019-12-28/..`. */
export function writtenSpan(span: DateSpan): string {
  if (span.ongoing) return `${span.start.text}/..`;
  return span.end ? `${span.start.text}/${span.end.text}` : span.start.text;
}

/**
 * Years 1 to 9999: those RFC 3339 (the feed's dates) and iCalendar write,
 * in four digits. Before the common era, and beyond four digits, a date has
 * no such form.
 */
export function inFourDigitYears(date: Pick<CalendarDate, 'year'>): boolean {
  return date.year >= 1 && date.year <= 9999;
}

/** The first day a date covers: 2023-12 starts on 1 December. */
export function firstDay(date: CalendarDate): Day {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

/** The last day a date covers, inclusive: 2023-12 ends on 31 December. */
export function lastDay(date: CalendarDate): Day {
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month) };
}

/** `n` days later, across months and years, in UTC fields. */
export function addDays(d: Day, n: number): Day {
  const next = new Date(floatingTime(d.year, d.month, d.day + n));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(d: Day): string {
  return `${isoYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The instant a day begins in `zone` (ms since the epoch). */
export function startOfDayIn(d: Day, zone: string): number {
  const midnight: CalendarDate = { text: '', precision: 'minute', ...d, hour: 0, minute: 0, approximate: false, uncertain: false };
  return toInstant(midnight, zone);
}

export interface IsoBounds {
  /** The first day (`2023-11-01` for `2023-11~`), or the time with its offset (`2023-12-26T14:30+09:00`). */
  readonly start: string;
  /** The last day, inclusive, or the time with its offset; `null` while the span is still going on. */
  readonly end: string | null;
}

/** A span's inclusive bounds as ISO 8601; times carry the offset of `zone` at that moment (or the one written). */
export function isoBounds(span: DateSpan, zone: string): IsoBounds {
  const start = isTimed(span.start) ? toDatetimeAttribute(span.start, zone) : isoDay(firstDay(span.start));
  if (span.ongoing) return { start, end: null };
  const last = span.end ?? span.start;
  return { start, end: isTimed(last) ? toDatetimeAttribute(last, zone) : isoDay(lastDay(last)) };
}

/** When the calendar's and the feed's timestamps may not reach back before. */
const EPOCH = Date.UTC(1970, 0, 1);

/**
 * The timestamp exports carry (iCalendar DTSTAMP, the feed's `updated`): never
 * the wall clock, so two builds of the same file give the same bytes. It is
 * SOURCE_DATE_EPOCH when the build sets it (the reproducible-builds
 * convention: seconds since 1970, e.g. the last commit's time), else the
 * latest day the file mentions (an event, a marker, a source's published or
 * accessed date), at 00:00 UTC, and never before 1970.
 */
export function exportStamp(timeline: Timeline, sourceDateEpoch?: string): string {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim())) return toStamp(Number(sourceDateEpoch.trim()) * 1000);
  let latest = EPOCH;
  const consider = (date: CalendarDate | undefined): void => {
    if (!date || !inFourDigitYears(date)) return;
    const d = lastDay(date);
    latest = Math.max(latest, floatingTime(d.year, d.month, d.day));
  };
  for (const e of timeline.events) {
    consider(e.when.start);
    consider(e.when.end);
  }
  for (const m of timeline.markers) consider(m.date);
  for (const s of timeline.sources) {
    consider(s.published);
    consider(s.accessed);
  }
  return toStamp(latest);
}

/** `2024-06-19T00:00:00Z`: RFC 3339 in UTC, whole seconds. */
function toStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Control characters other than tab and line breaks, and lone surrogates: iCalendar and XML refuse them. */
// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function dropUnwritable(text: string): string {
  return text.replace(UNWRITABLE, '');
}
