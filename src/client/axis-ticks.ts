/**
 * Year ticks where readers count them. vis-timeline puts its ticks on round
 * astronomical years: with a step of 500, on -500 and 0, which are 501 BCE
 * and 1 BCE. Readers count 500 BCE, 1 CE, 500 CE: round era years before
 * the common era, its first year, and round years after it.
 */

/** The tick at or before astronomical `year`, for a step of `step` years. */
export function yearTickAtOrBefore(year: number, step: number): number {
  if (year >= step) return Math.floor(year / step) * step;
  if (year >= 1) return 1;
  // 1 - year is the year BCE: the next round one at or before it in time.
  return 1 - Math.ceil((1 - year) / step) * step;
}

/** The tick after astronomical `year` (itself a tick). */
export function yearTickAfter(year: number, step: number): number {
  if (year >= 1) return (Math.floor(year / step) + 1) * step;
  const bce = (Math.ceil((1 - year) / step) - 1) * step;
  return bce >= step ? 1 - bce : 1;
}

/** The label functions of axes whose year ticks fall on counted years (axis-labels.ts adds its own). */
export const COUNTED_YEARS = new WeakSet<object>();

/** What this file needs of vis-timeline's TimeStep (8.x) and of the moments it steps with. */
interface Moment {
  year(): number;
  year(y: number): Moment;
}
interface TimeStep {
  scale: string;
  step: number;
  current: Moment;
  _start: Moment;
  format: { minorLabels?: unknown };
  // Properties, not methods: taken off the prototype here and called back on each step.
  roundToMinor: (this: TimeStep) => void;
  next: (this: TimeStep) => void;
}

/**
 * Makes vis-timeline's year ticks fall on counted years, on axes whose minor
 * labels are in COUNTED_YEARS (see axis-labels.ts): a drawn axis of deep
 * time counts in round years of its own. (A flag in the format object would
 * be an option vis-timeline does not know, and warns about.)
 */
export function countYearsAsReadersDo(timeStep: { prototype: unknown }): void {
  const proto = timeStep.prototype as TimeStep;
  const { roundToMinor, next } = proto;
  const counting = (step: TimeStep): boolean =>
    step.scale === 'year' && step.step > 1 && typeof step.format.minorLabels === 'function' && COUNTED_YEARS.has(step.format.minorLabels);
  proto.roundToMinor = function (this: TimeStep): void {
    roundToMinor.call(this);
    if (counting(this)) this.current = this.current.year(yearTickAtOrBefore(this._start.year(), this.step));
  };
  proto.next = function (this: TimeStep): void {
    const year = this.current.year();
    next.call(this);
    if (counting(this)) this.current = this.current.year(yearTickAfter(year, this.step));
  };
}
