/**
 * Deep time on vis-timeline's axis, which runs on Dates (±275,760 years) and
 * labels at most every 1,000 years (past that, it falls back to days and
 * draws a thousand grid lines). A timeline that reaches beyond what a Date
 * holds, or spans more years than such labels can mark, is drawn on a
 * scaled axis: each drawn year stands for `years` years (a power of ten),
 * counted from the year `shift`. Its ticks fall on round drawn years, so on
 * round years; the page labels them with the years they stand for. Every
 * other timeline is drawn as it is (no scale).
 */
import type { Timeline } from '../model/model.ts';

export interface AxisScale {
  /** Years a drawn year stands for: 10, 100, … */
  readonly years: number;
  /** The year drawn as year 0: a whole number of 400-year cycles of drawn years, which keeps the calendar. */
  readonly shift: number;
}

/** 1 January of year 0 (1 BCE), floating ms; the browser's code reads this file, without dates.ts and its zone data. */
const YEAR0 = new Date(0).setUTCFullYear(0, 0, 1);
/** A Gregorian year on average: 400 years are 146,097 days. */
const YEAR_MS = (146_097 * 86_400_000) / 400;
/**
 * Years drawn at most, unscaled and scaled: vis-timeline's largest step is
 * 1,000 years, and a phone's width holds three or four year labels, two or
 * three of a scaled axis's longer ones ("13.8bn years ago").
 */
const PLAIN_SPAN = 10_000;
const SCALED_SPAN = 2_000;
/** Drawn years stay within this of year 0, well inside what a Date holds. */
const MAX_DRAWN = 100_000;

/** Years since the start of year 0, fractional. */
const yearsOf = (ms: number): number => (ms - YEAR0) / YEAR_MS;

/**
 * The scale for a timeline drawn from `min` to `max` (floating ms, see
 * dates.ts), or undefined when it needs none.
 * @example chooseAxisScale(floatingTime(-13_800_000_000), floatingTime(2000)) // { years: 10_000_000, shift: 0 }
 */
export function chooseAxisScale(min: number, max: number): AxisScale | undefined {
  const from = yearsOf(min);
  const to = yearsOf(max);
  const far = Math.max(Math.abs(from), Math.abs(to));
  if (far <= MAX_DRAWN && to - from <= PLAIN_SPAN) return undefined;
  let years = 1;
  while ((to - from) / years > SCALED_SPAN) years *= 10;
  const unit = 400 * years;
  return { years, shift: far / years > MAX_DRAWN ? Math.round((from + to) / 2 / unit) * unit : 0 };
}

/** Where a moment is drawn. */
export function toDrawn(ms: number, scale: AxisScale | undefined): number {
  return scale ? YEAR0 + (ms - YEAR0 - scale.shift * YEAR_MS) / scale.years : ms;
}

/** The year a drawn tick (the start of a drawn year) stands for. */
export function drawnYear(ms: number, scale: AxisScale): number {
  return Math.round(yearsOf(ms)) * scale.years + scale.shift;
}

/** The drawn length of `years` years. */
export function drawnYears(years: number, scale: AxisScale | undefined): number {
  return (years * YEAR_MS) / (scale?.years ?? 1);
}

/** From the first thing drawn to the last, on the axis of the timeline's own dates (not drawn). */
export function extentOf(timeline: Timeline): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  const take = (start: number, end: number | null): void => {
    min = Math.min(min, start);
    max = Math.max(max, end ?? start);
  };
  for (const e of timeline.events) take(e.axis.start, e.axis.end);
  for (const e of timeline.eras) take(e.axis.start, e.axis.end);
  for (const m of timeline.markers) take(m.axis, m.axis);
  return { min, max };
}

const scales = new WeakMap<Timeline, AxisScale | null>();

/** The scale a timeline is drawn on: none, but for deep time. */
export function axisScaleOf(timeline: Timeline): AxisScale | undefined {
  let scale = scales.get(timeline);
  if (scale === undefined) {
    const { min, max } = extentOf(timeline);
    scale = chooseAxisScale(min, max) ?? null;
    scales.set(timeline, scale);
  }
  return scale ?? undefined;
}
