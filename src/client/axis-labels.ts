/**
 * Axis labels in the timeline's language. The axis runs on floating time (the
 * timeline zone's wall clock, encoded as UTC), so labels are formatted in UTC:
 * the same day for every reader. Intl does the work, costing no bytes; years
 * before the common era take the words the page's dates use ("500 BCE",
 * "기원전 500년"), not Intl's era names ("BC").
 */
import { dateWordsFor, ENGLISH_WORDS } from '../lib/dates/date-words.ts';
import { drawnYear, type AxisScale } from '../lib/vis/axis-scale.ts';
import { COUNTED_YEARS } from './axis-ticks.ts';

type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const MINOR: Record<Scale, Intl.DateTimeFormatOptions> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<Scale, Intl.DateTimeFormatOptions | undefined> = {
  millisecond: { day: 'numeric', month: 'long', year: 'numeric' },
  second: { day: 'numeric', month: 'long', year: 'numeric' },
  minute: { day: 'numeric', month: 'long', year: 'numeric' },
  hour: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: undefined,
};

/** What vis-timeline passes: a moment (or a Date); both have valueOf(). */
type Instant = { valueOf(): number };

export interface AxisFormat {
  minorLabels: (d: Instant, scale: string) => string;
  majorLabels: (d: Instant, scale: string) => string;
}

export function axisLabelFormatters(locale: string, scale?: AxisScale): AxisFormat {
  if (scale) return deepTimeLabels(locale, scale);
  const cache = new Map<string, Intl.DateTimeFormat>();
  const bceWords = (dateWordsFor(locale) ?? ENGLISH_WORDS).bce;
  const format = (options: Intl.DateTimeFormatOptions, ms: number): string => {
    // Years before 1 CE are asked for with their era, which then gives way to the page's word for it.
    const bce = new Date(ms).getUTCFullYear() <= 0 && 'year' in options;
    const key = `${JSON.stringify(options)}${bce ? ' bce' : ''}`;
    let f = cache.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { ...options, ...(bce && { era: 'short' }), timeZone: 'UTC' });
      cache.set(key, f);
    }
    return bce ? bceWords.replace('{date}', withoutEra(f.formatToParts(ms))) : f.format(ms);
  };
  const minorLabels = (d: Instant, scale: string): string => format(scale in MINOR ? MINOR[scale as Scale] : MINOR.day, d.valueOf());
  // Its year ticks on the years readers count (axis-ticks.ts).
  COUNTED_YEARS.add(minorLabels);
  return {
    minorLabels,
    majorLabels: (d, scale) => {
      const options = MAJOR[scale as Scale];
      return options ? format(options, d.valueOf()) : '';
    },
  };
}

/**
 * A deep-time axis (axis-scale.ts) is labelled with the years its drawn years
 * stand for, the past as a distance ("13.8B years ago", "138억 년 전"). Its
 * ticks fall on round years of its own, counted as drawn.
 */
function deepTimeLabels(locale: string, scale: AxisScale): AxisFormat {
  const words = dateWordsFor(locale) ?? ENGLISH_WORDS;
  const distance = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 });
  const year = new Intl.NumberFormat(locale, { useGrouping: true });
  return {
    minorLabels: (d) => {
      const y = drawnYear(d.valueOf(), scale);
      return y < 0 ? words.yearsAgo.replace('{n}', distance.format(-y)) : words.year.replace('{n}', year.format(y));
    },
    majorLabels: () => '',
  };
}

/** A date's text without its era and the space beside it: "BC 501년" → "501년", "501 BC" → "501". */
function withoutEra(parts: readonly Intl.DateTimeFormatPart[]): string {
  const i = parts.findIndex((p) => p.type === 'era');
  if (i === -1) return parts.map((p) => p.value).join('');
  const space = (p: Intl.DateTimeFormatPart | undefined): boolean => p?.type === 'literal' && p.value.trim() === '';
  const drop = new Set([i, space(parts[i + 1]) ? i + 1 : space(parts[i - 1]) ? i - 1 : i]);
  return parts
    .filter((_, j) => !drop.has(j))
    .map((p) => p.value)
    .join('')
    .trim();
}

/** The timeline zone's wall clock now, as floating time: where "present" is on the axis. */
export function floatingNow(zone: string, now = Date.now()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * Hides the axis labels that run past the drawing's right edge ("20" for
 * 2025): vis-timeline writes each label from its tick rightwards, whatever
 * room is left. Read after vis-timeline has drawn, a handful of elements.
 */
export function hideCutAxisLabels(root: HTMLElement): void {
  const panel = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel) return;
  for (const label of root.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')) {
    label.style.visibility = label.getBoundingClientRect().right > panel.right + 1 ? 'hidden' : '';
  }
}
