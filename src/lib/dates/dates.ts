/**
 * Calendar dates as authors write them (ISO 8601 / EDTF level 0, with the
 * level-1 qualifiers `~ ? %` and years beyond four digits in the level-1
 * `Y` form: `Y-13800000000`), and where they fall on the timeline's axis.
 *
 * A date is a calendar value, not an instant: `2023-12-26` is 26 December for
 * every reader. The axis therefore runs on "floating" time: wall-clock fields
 * of the timeline's zone, encoded as if they were UTC. The browser draws that
 * axis in UTC, so no reader's zone ever moves a day.
 */
import { tzOffset } from '@date-fns/tz';

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface CalendarDate {
  /** As written, e.g. `2023-12~`. */
  readonly text: string;
  readonly precision: Precision;
  /** Astronomical year: `0` is 1 BCE, `-500` is 501 BCE. Beyond four digits (`Y-13800000000`), a year is all there is. */
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** Minutes east of UTC, when written with `Z` or `±hh:mm`. */
  readonly offset?: number;
  /** `~` or `%`. */
  readonly approximate: boolean;
  /** `?` or `%`. */
  readonly uncertain: boolean;
}

/** One date, or an inclusive span. */
export interface DateSpan {
  readonly start: CalendarDate;
  /** Inclusive end; absent for a single date or an ongoing span. */
  readonly end?: CalendarDate;
  /** A span still going on (`2019-12-28/..`). */
  readonly ongoing?: boolean;
}

/** What went wrong with a date, worded for the author. */
export interface DateError {
  readonly message: string;
  readonly fix: string;
}

export type DateResult<T> = { ok: true; value: T } | { ok: false; error: DateError };

/** EDTF's letter-prefixed year: more than four digits, here at most twelve (a trillion years). */
const DEEP_RE = /^Y(-)?([1-9]\d{4,11})([~?%])?$/;
const DATE_RE = /^(-)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([~?%])?$/;
const FORMS = 'Write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (e.g. 2023-12-26), optionally ending in ~ (approximate), ? (uncertain) or % (both).';
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const fail = (message: string, fix: string): { ok: false; error: DateError } => ({ ok: false, error: { message, fix } });

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses one date as written. YAML may hand over a bare number for a year.
 * @example parseDate('2023-12~') // { ok: true, value: { precision: 'month', year: 2023, month: 12, approximate: true, ... } }
 */
export function parseDate(input: unknown): DateResult<CalendarDate> {
  if (typeof input === 'number') {
    if (Number.isInteger(input) && Math.abs(input) > 9999 && Math.abs(input) < 1e12) {
      return fail(`${input} is a year of more than four digits.`, `Write a year beyond four digits in EDTF's Y form: Y${input}.`);
    }
    if (!Number.isInteger(input) || Math.abs(input) > 9999) {
      return fail(`${input} is not a year.`, 'A bare number is read as a year: write a whole number between -9999 and 9999, or a date in quotes.');
    }
    return { ok: true, value: { text: String(input), precision: 'year', year: input, approximate: false, uncertain: false } };
  }
  if (typeof input !== 'string') return fail(`${describe(input)} is not a date.`, FORMS);
  const text = input.trim();
  if (text.startsWith('Y')) return parseDeepYear(text);
  const m = DATE_RE.exec(text);
  if (!m) return fail(`${text === '' ? 'an empty value' : text} is not a date in a form this format reads.`, hintFor(text));
  const [, minus, y, mo, d, h, mi, s, off, q] = m;
  const year = (minus ? -1 : 1) * Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return fail(`${text} has month ${mo}.`, 'Months run from 01 to 12.');
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    const name = `${MONTH_NAMES[month - 1] ?? ''} ${year}`;
    return fail(`${text} has day ${d}, but ${name} has ${daysInMonth(year, month)} days.`, 'Check the day of the month.');
  }
  const hour = h === undefined ? undefined : Number(h);
  if (hour !== undefined && hour > 23) return fail(`${text} has hour ${h}.`, 'Hours run from 00 to 23; write midnight as T00:00 of the next day.');
  const minute = mi === undefined ? undefined : Number(mi);
  if (minute !== undefined && minute > 59) return fail(`${text} has minute ${mi}.`, 'Minutes run from 00 to 59.');
  const second = s === undefined ? undefined : Number(s);
  if (second !== undefined && second > 59) return fail(`${text} has second ${s}.`, 'Seconds run from 00 to 59.');
  const offset = off === undefined ? undefined : parseOffset(off);
  // +09:60 would otherwise be read as +10:00.
  if (off !== undefined && Number(off.replace(':', '').slice(3, 5) || '0') > 59) {
    return fail(`${text} has the offset ${off}.`, 'Offset minutes run from 00 to 59, e.g. +09:00 or +05:30.');
  }
  if (offset !== undefined && Math.abs(offset) > 14 * 60) return fail(`${text} has the offset ${off}.`, 'UTC offsets run from -14:00 to +14:00.');
  if (q !== undefined && hour !== undefined) {
    return fail(`${text} puts a qualifier on a time of day.`, `Qualifiers ~ ? % apply to dates only: write ${text.slice(0, 10)}${q}, or drop the qualifier.`);
  }
  const precision: Precision =
    second !== undefined ? 'second' : hour !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    ok: true,
    value: {
      text,
      precision,
      year,
      ...(month !== undefined && { month }),
      ...(day !== undefined && { day }),
      ...(hour !== undefined && { hour }),
      ...(minute !== undefined && { minute }),
      ...(second !== undefined && { second }),
      ...(offset !== undefined && { offset }),
      approximate: q === '~' || q === '%',
      uncertain: q === '?' || q === '%',
    },
  };
}

/** `Y-13800000000`: a year and nothing finer, perhaps qualified. */
function parseDeepYear(text: string): DateResult<CalendarDate> {
  const m = DEEP_RE.exec(text);
  if (!m) {
    const written = /^Y(-?)(\d+)[~?%]?$/.exec(text);
    const digits = written?.[2]?.replace(/^0+/, '');
    if (digits !== undefined && digits.length <= 4) {
      return fail(
        `${text} is a year of four digits or fewer in the Y form.`,
        'Y marks years beyond four digits: write the year with four digits and no Y, e.g. -0500.',
      );
    }
    if (digits !== undefined && digits.length > 12) return fail(`${text} is beyond a trillion years.`, 'Write a year of at most twelve digits after Y.');
    if (digits !== undefined) return fail(`${text} has leading zeros.`, `Write Y${written?.[1] ?? ''}${digits}.`);
    return fail(
      `${text} is not a year in the Y form.`,
      'Write Y, then the year with more than four digits and no month or day, e.g. Y-13800000000 (13.8 billion years ago).',
    );
  }
  const [, minus, digits, q] = m;
  return {
    ok: true,
    value: { text, precision: 'year', year: (minus ? -1 : 1) * Number(digits), approximate: q === '~' || q === '%', uncertain: q === '?' || q === '%' },
  };
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'a mapping';
}

/** A targeted "how to fix" for the usual slips, else the list of forms. */
function hintFor(text: string): string {
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dmy) {
    const [, a, b, y] = dmy;
    const pad = (n: string | undefined): string => (n ?? '').padStart(2, '0');
    return `Write dates year first: ${y}-${pad(b)}-${pad(a)} if ${a} is the day, ${y}-${pad(a)}-${pad(b)} if ${a} is the month.`;
  }
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text)) return `Join date and time with a T: ${text.replace(' ', 'T')}.`;
  if (/^\d{4}-\d{1}(-|$)|^\d{4}-\d{2}-\d{1}$/.test(text)) return 'Write months and days with two digits, e.g. 2023-09-05.';
  if (/^[-+]?\d{5,12}$/.test(text)) return `Write a year beyond four digits in EDTF's Y form: Y${text.replace('+', '')}.`;
  if (/^-?\d{1,3}$/.test(text))
    return `Write years with four digits (${text.startsWith('-') ? '-' : ''}${text.replace('-', '').padStart(4, '0')}), or as a bare number without quotes.`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}$/.test(text)) return `Give hours and minutes: ${text}:00.`;
  return FORMS;
}

/**
 * Parses a span: `a/b`, `a/..` (ongoing), or a single date.
 * @example parseSpan('2023-12-26/2023-12-30')
 */
export function parseSpan(input: unknown): DateResult<DateSpan> {
  // 26/12/2023 is a date in the wrong order, not a span: parseDate says so.
  if (typeof input === 'string' && input.includes('/') && !/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(input.trim())) {
    const parts = input.split('/');
    if (parts.length !== 2) return fail(`${input} has ${parts.length - 1} slashes.`, 'A span has one slash: start/end, e.g. 2023-12-26/2023-12-30.');
    const [a = '', b = ''] = parts.map((p) => p.trim());
    if (a === '..' || a === '') return fail(`${input} has no start.`, 'Give the first known date; an open start is not supported.');
    const start = parseDate(a);
    if (!start.ok) return start;
    if (b === '..') return { ok: true, value: { start: start.value, ongoing: true } };
    if (b === '') return fail(`${input} has no end.`, `Write ${a}/.. for a span still going on, or give the end date.`);
    const end = parseDate(b);
    if (!end.ok) return end;
    return checkOrder({ start: start.value, end: end.value });
  }
  const single = parseDate(input);
  return single.ok ? { ok: true, value: { start: single.value } } : single;
}

/** A span whose end comes before its start is an error; the end is inclusive. */
export function checkOrder(span: DateSpan, zone = 'UTC'): DateResult<DateSpan> {
  const { start, end } = span;
  if (end && compareDates(end, start, zone) < 0 && !overlaps(start, end, zone)) {
    return fail(`${end.text} is before start ${start.text}.`, 'An end date is inclusive and must not come before the start.');
  }
  return { ok: true, value: span };
}

/** True when `b`'s period reaches into `a`'s (2023 and 2023-05 overlap). */
function overlaps(a: CalendarDate, b: CalendarDate, zone: string): boolean {
  return axisEnd(b, zone, 'UTC') > axisStart(a, zone, 'UTC');
}

/** Orders dates by where they start, coarser first on ties (2023 before 2023-01-01). */
export function compareDates(a: CalendarDate, b: CalendarDate, zone = 'UTC'): number {
  return axisStart(a, zone, 'UTC') - axisStart(b, zone, 'UTC') || PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision);
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute', 'second'];

/** Years a Date holds (it holds ±275,760); beyond, the Gregorian calendar's 400-year cycle carries on. */
const DATE_YEARS = 200_000;
const CYCLE_YEARS = 400;
/** Days in 400 Gregorian years, exactly. */
const CYCLE_MS = 146_097 * 86_400_000;
/** A Date holds ±8.64e15 ms. */
const DATE_MS = 8.64e15;

/**
 * Milliseconds for wall-clock fields read as UTC; works for years 0-99 and BCE,
 * and for years beyond what a Date holds, as a number (13.8 billion years ago is
 * about -4.4e20) that keeps the calendar's arithmetic: it is never a Date.
 */
export function floatingTime(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  if (Math.abs(year) > DATE_YEARS) {
    const cycles = Math.trunc(year / CYCLE_YEARS);
    return floatingTime(year - cycles * CYCLE_YEARS, month, day, hour, minute, second) + cycles * CYCLE_MS;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The year and month of a floating time, for one beyond what a Date holds too. */
export function yearAndMonthOf(ms: number): { year: number; month: number } {
  // Within a Date's reach, as it is; beyond, moved by whole 400-year cycles into it.
  const cycles = Math.abs(ms) < DATE_MS ? 0 : Math.round(ms / CYCLE_MS);
  const d = new Date(ms - cycles * CYCLE_MS);
  return { year: d.getUTCFullYear() + cycles * CYCLE_YEARS, month: d.getUTCMonth() + 1 };
}

/** The instant of a timed date; `zone` applies when no offset was written. */
export function toInstant(date: CalendarDate, zone: string): number {
  const wall = floatingTime(date.year, date.month, date.day, date.hour, date.minute, date.second);
  if (date.offset !== undefined) return wall - date.offset * 60_000;
  // Two passes find the offset in force at that wall time, across DST changes.
  const guess = wall - tzOffset(zone, new Date(wall)) * 60_000;
  return wall - tzOffset(zone, new Date(guess)) * 60_000;
}

/** A date with a time of day (which has a zone); the others are calendar values. */
export function isTimed(date: CalendarDate): boolean {
  return date.hour !== undefined;
}

/**
 * Where a date's period starts on the axis (floating ms in `axisZone`).
 * Dates without a time are calendar values and ignore both zones.
 */
export function axisStart(date: CalendarDate, zone: string, axisZone: string): number {
  if (!isTimed(date)) return floatingTime(date.year, date.month, date.day);
  const instant = toInstant(date, zone);
  return instant + tzOffset(axisZone, new Date(instant)) * 60_000;
}

/** Where a date's period ends on the axis, exclusive: a day ends at the next midnight; a time is a moment. */
export function axisEnd(date: CalendarDate, zone: string, axisZone: string): number {
  if (isTimed(date)) return axisStart(date, zone, axisZone);
  if (date.day !== undefined) return floatingTime(date.year, date.month, date.day + 1);
  if (date.month !== undefined) return floatingTime(date.year, date.month + 1);
  return floatingTime(date.year + 1);
}

/** Names the reader's runtime accepts as an IANA zone (`UTC` included). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
