/**
 * Dates and spans as readers see them, in the timeline's locale, formatted
 * with date-fns: never more precise than written, spans as compact as the
 * language allows ("26–30 December 2023"). Years beyond four digits, which
 * no Date holds, are written with Intl: "13.8 billion years ago".
 */
import { TZDate } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { patternsFor, type LocalePatterns, type Part } from './date-patterns.ts';
import { floatingTime, toInstant, type CalendarDate, type DateSpan } from './dates.ts';
import { resolveLocale, type ResolvedLocale } from './locales.ts';

const FIELD_RANK = { day: 0, month: 1, year: 2 } as const;

export interface DateFormatter {
  readonly locale: ResolvedLocale;
  /** One date; a time of day is shown in `zone` (the event's or the timeline's). */
  date(date: CalendarDate, zone: string): string;
  /** A date or span: `26–30 December 2023`, `28 December 2019 – present`. */
  span(span: DateSpan, zone: string): string;
}

/** The calendar fields a reader sees; for a timed date, in the zone it is shown in. */
interface Shown {
  readonly date: CalendarDate;
  /** A date whose local getters return the fields to show. */
  readonly value: Date;
  readonly zone?: string;
}

function show(date: CalendarDate, zone: string): Shown {
  // A calendar date: UTCDate reads its fields back in UTC, cheaply, whatever the machine's zone.
  if (date.hour === undefined) return { date, value: new UTCDate(floatingTime(date.year, date.month, date.day)) };
  return { date, value: new TZDate(toInstant(date, zone), zone), zone };
}

function partsFor(patterns: LocalePatterns, date: CalendarDate): readonly Part[] {
  return date.precision === 'year' ? patterns.year : date.precision === 'month' ? patterns.month : patterns.day;
}

/** Past this many years before the common era, a year is said as a distance: "315 thousand years ago". */
const YEARS_AGO = 100_000;

/** Years beyond four digits: as a distance far back, else as an era year with its digits grouped ("12,001 BCE"). */
function deepYears(locale: ResolvedLocale, patterns: LocalePatterns): (year: number) => string {
  const grouped = new Intl.NumberFormat(locale.tag, { useGrouping: true });
  const words = new Intl.NumberFormat(locale.tag, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
  const asYear = (n: number): string => patterns.year.map((p) => (p.kind === 'literal' ? p.text : grouped.format(n) + p.suffix)).join('');
  return (year) => {
    if (year <= -YEARS_AGO) return locale.words.yearsAgo.replace('{n}', words.format(-year));
    return year <= 0 ? locale.words.bce.replace('{date}', asYear(1 - year)) : asYear(year);
  };
}

/** Beyond four digits: a year is all there is, and no Date holds it. */
const isDeep = (date: CalendarDate): boolean => Math.abs(date.year) > 9999;

export function createDateFormatter(tag: string): DateFormatter {
  const locale = resolveLocale(tag);
  const patterns = patternsFor(locale.dateFns, locale.tag);
  const { words } = locale;
  const fill = (template: string, date: string): string => template.replace('{date}', date);
  const deepYear = deepYears(locale, patterns);

  /** Each part's text; years unpadded (79, not 0079), BCE years as positive era years. */
  const texts = (shown: Shown): string[] =>
    partsFor(patterns, shown.date).map((p) =>
      p.kind === 'literal' ? p.text : format(shown.value, p.token.replace(/^y+$/, 'y'), { locale: locale.dateFns }) + p.suffix,
    );

  const calendar = (shown: Shown): string => {
    const text = texts(shown).join('');
    return shown.value.getFullYear() <= 0 ? fill(words.bce, text) : text;
  };

  const time = (shown: Shown): string =>
    format(shown.value, shown.date.second === undefined ? patterns.time.minute : patterns.time.second, { locale: locale.dateFns });

  const zoneFormats = new Map<string, Intl.DateTimeFormat>();
  const zoneName = (shown: Shown): string => {
    const zone = shown.zone ?? 'UTC';
    let f = zoneFormats.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat(locale.tag, { timeZone: zone, timeZoneName: 'short' });
      zoneFormats.set(zone, f);
    }
    return f.formatToParts(shown.value).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  };

  const joinDateTime = (dateText: string, timeText: string): string => patterns.dateTime.replace('{{date}}', dateText).replace('{{time}}', timeText);

  const qualify = (date: CalendarDate, text: string): string => {
    const approximate = date.approximate ? fill(words.approximate, text) : text;
    return date.uncertain ? fill(words.uncertain, approximate) : approximate;
  };

  const one = (date: CalendarDate, zone: string): string => {
    if (isDeep(date)) return qualify(date, deepYear(date.year));
    const shown = show(date, zone);
    const text = shown.zone ? `${joinDateTime(calendar(shown), time(shown))} ${zoneName(shown)}` : calendar(shown);
    return qualify(date, text);
  };

  const dash = (a: string, b: string): string => (/\s/.test(a) || /\s/.test(b) ? `${a} – ${b}` : `${a}–${b}`);

  /** Shares what two dates of one precision have in common: "26–30 December 2023". */
  const compact = (a: Shown, b: Shown): string | undefined => {
    if (a.date.precision !== b.date.precision || a.value.getFullYear() <= 0 || b.value.getFullYear() <= 0) return undefined;
    const x = texts(a);
    const y = texts(b);
    const parts = partsFor(patterns, a.date);
    // The coarsest field that differs, and every finer one, vary; the rest is said once.
    const rank = (p: Part | undefined): number => (p?.kind === 'field' ? FIELD_RANK[p.field] : -1);
    const coarsest = Math.max(-1, ...parts.map((p, i) => (x[i] !== y[i] ? rank(p) : -1)));
    if (coarsest === -1) return x.join('');
    const varying = parts.map((p) => p.kind === 'field' && rank(p) <= coarsest);
    const first = varying.indexOf(true);
    const last = varying.lastIndexOf(true);
    return x.slice(0, first).join('') + dash(x.slice(first, last + 1).join(''), y.slice(first, last + 1).join('')) + y.slice(last + 1).join('');
  };

  const span = (s: DateSpan, zone: string): string => {
    if (s.ongoing) return `${one(s.start, zone)} – ${words.present}`;
    if (!s.end) return one(s.start, zone);
    if (isDeep(s.start) || isDeep(s.end)) return s.start.year === s.end.year ? one(s.start, zone) : `${one(s.start, zone)} – ${one(s.end, zone)}`;
    const a = show(s.start, zone);
    const b = show(s.end, zone);
    const qualified = s.start.approximate || s.start.uncertain || s.end.approximate || s.end.uncertain;
    if (!qualified && a.zone && b.zone) {
      // Same day, same zone: "26 December 2023, 14:30–16:00 GMT+9".
      const dayA = calendar(a);
      if (dayA === calendar(b) && zoneName(a) === zoneName(b)) return `${joinDateTime(dayA, `${time(a)}–${time(b)}`)} ${zoneName(a)}`;
    }
    const shared = qualified || a.zone || b.zone ? undefined : compact(a, b);
    if (shared !== undefined) return shared;
    return `${one(s.start, zone)} – ${one(s.end, zone)}`;
  };

  // The list, the timeline's data and the period pages all ask for an event's date: say it once.
  const said = new WeakMap<DateSpan, Map<string, string>>();
  const remembered = (s: DateSpan, zone: string): string => {
    let byZone = said.get(s);
    if (!byZone) {
      byZone = new Map();
      said.set(s, byZone);
    }
    let text = byZone.get(zone);
    if (text === undefined) {
      text = span(s, zone);
      byZone.set(zone, text);
    }
    return text;
  };

  return { locale, date: one, span: remembered };
}
