/** The axis's labels and year ticks (src/client/axis-labels.ts, axis-ticks.ts): in the timeline's words, on the years readers count. */
import { describe, expect, it } from 'vitest';
import { axisLabelFormatters } from '../../src/client/axis-labels.ts';
import { yearTickAfter, yearTickAtOrBefore } from '../../src/client/axis-ticks.ts';
import { floatingTime } from '../../src/lib/dates/dates.ts';

const at = (year: number, month = 1): { valueOf(): number } => ({ valueOf: () => floatingTime(year, month) });

describe('axis labels', () => {
  it.each([
    ['ko', -499, 'year', '기원전 500년'],
    ['ko', 0, 'year', '기원전 1년'],
    ['ko', 1, 'year', '1년'],
    ['en-GB', -499, 'year', '500 BCE'],
    ['en-GB', 2023, 'year', '2023'],
    ['en', -43, 'year', '44 BCE'],
  ])('%s, year %i at the %s scale: %s', (locale, year, scale, label) => {
    expect(axisLabelFormatters(locale).minorLabels(at(year), scale)).toBe(label);
  });

  it('writes the era of a month and its year the same way', () => {
    expect(axisLabelFormatters('ko').majorLabels(at(-43, 3), 'day')).toBe('기원전 44년 3월');
    expect(axisLabelFormatters('en-GB').majorLabels(at(-43, 3), 'day')).toBe('March 44 BCE');
    expect(axisLabelFormatters('en-GB').majorLabels(at(2023, 3), 'day')).toBe('March 2023');
  });
});

describe('year ticks', () => {
  /** The ticks from `from` to `to`, as the patched TimeStep walks them. */
  const walk = (from: number, to: number, step: number): number[] => {
    const ticks = [];
    for (let y = yearTickAtOrBefore(from, step); y <= to; y = yearTickAfter(y, step)) ticks.push(y);
    return ticks;
  };

  it('fall on round years before the common era, its first year, and round years after it', () => {
    // Astronomical years: -999 is 1000 BCE, -499 is 500 BCE.
    expect(walk(-1200, 1200, 500)).toEqual([-1499, -999, -499, 1, 500, 1000]);
    expect(walk(-25, 25, 10)).toEqual([-29, -19, -9, 1, 10, 20]);
    expect(walk(1990, 2010, 5)).toEqual([1990, 1995, 2000, 2005, 2010]);
    expect(walk(-10, 3, 1)).toEqual([-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3]);
  });
});
