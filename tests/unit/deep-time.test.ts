/**
 * Years beyond four digits (format 1.1, EDTF's Y form: `Y-13800000000`):
 * read, written for readers in English and Korean, placed and drawn on the
 * axis, and carried by each export as far as its format can say them.
 * The fixture is tests/fixtures/valid/deep-time.yaml.
 */
import { describe, expect, it } from 'vitest';
import { axisLabelFormatters } from '../../src/client/axis-labels.ts';
import { floatingTime, parseDate, parseSpan } from '../../src/lib/dates/dates.ts';
import { createDateFormatter } from '../../src/lib/dates/format-date.ts';
import { exportStamp } from '../../src/lib/exchange/bounds.ts';
import { toTimelineJS } from '../../src/lib/exchange/timelinejs.ts';
import { writeAtom } from '../../src/lib/exchange/to-atom.ts';
import { writeCsv } from '../../src/lib/exchange/to-csv.ts';
import { writeIcs } from '../../src/lib/exchange/to-ics.ts';
import { toTimelineJson } from '../../src/lib/exchange/to-json.ts';
import { createPageContext } from '../../src/lib/render/page-context.ts';
import { chooseAxisScale, drawnYear } from '../../src/lib/vis/axis-scale.ts';
import { toVis, toVisJson, type VisData, type VisItem } from '../../src/lib/vis/to-vis.ts';
import { loadFixture, timelineOf, WITHOUT_SITE } from './export-fixture.ts';

const deep = loadFixture('fixtures/valid/deep-time.yaml', 'deep-time');
const ctx = createPageContext(deep);

const problem = (input: unknown): string => {
  const r = parseDate(input);
  return r.ok ? 'read' : `${r.error.message} ${r.error.fix}`;
};

describe('reading', () => {
  it('reads a year beyond four digits in the Y form, qualified or not, and nothing finer', () => {
    expect(parseDate('Y-13800000000~')).toEqual({
      ok: true,
      value: { text: 'Y-13800000000~', precision: 'year', year: -13_800_000_000, approximate: true, uncertain: false },
    });
    expect(parseDate('Y170000002')).toMatchObject({ ok: true, value: { year: 170_000_002 } });
    expect(parseSpan('Y-538800000/Y-251902000')).toMatchObject({ ok: true, value: { start: { year: -538_800_000 }, end: { year: -251_902_000 } } });
  });

  it.each([
    ['Y2023', 'Y2023 is a year of four digits or fewer in the Y form. Y marks years beyond four digits: write the year with four digits and no Y, e.g. -0500.'],
    ['Y012345', 'Y012345 has leading zeros. Write Y12345.'],
    ['Y-13800000000-05', expect.stringMatching(/^Y-13800000000-05 is not a year in the Y form\. Write Y, then the year with more than four digits/)],
    ['Y1234567890123', 'Y1234567890123 is beyond a trillion years. Write a year of at most twelve digits after Y.'],
    ['-13800000000', "-13800000000 is not a date in a form this format reads. Write a year beyond four digits in EDTF's Y form: Y-13800000000."],
    [-13_800_000_000, "-13800000000 is a year of more than four digits. Write a year beyond four digits in EDTF's Y form: Y-13800000000."],
  ])('says how to write %s', (input, message) => {
    expect(problem(input)).toEqual(message);
  });

  it('puts the file in time order, and says where a misuse is', () => {
    expect(deep.events.map((e) => e.id)).toEqual(['big-bang', 'solar-system', 'homo-sapiens', 'last-glacial-maximum', 'wheel', 'far-future']);
    expect(() => timelineOf('title: T\nevents:\n  - id: a\n    title: A\n    date: Y-4600000000/Y-13800000000\n')).toThrow(
      'Y-13800000000 is before start Y-4600000000.',
    );
  });

  it('places years beyond what a Date holds by the calendar’s 400-year cycle', () => {
    const DAY = 86_400_000;
    expect(floatingTime(300_101) - floatingTime(300_100)).toBe(365 * DAY);
    expect(floatingTime(300_001) - floatingTime(300_000)).toBe(366 * DAY);
    expect(floatingTime(200_401) - floatingTime(200_400)).toBe(366 * DAY);
    expect(floatingTime(-13_800_000_000)).toBeLessThan(floatingTime(-13_799_630_000));
    expect(Number.isFinite(floatingTime(-13_800_000_000))).toBe(true);
  });
});

describe('writing for readers', () => {
  const shown = (tag: string): string[] => {
    const f = createDateFormatter(tag);
    return [...deep.events, ...deep.eras].map((e) => f.span(e.when, 'UTC'));
  };

  it('says a far past as a distance, a nearer one as an era year, the far future as its year', () => {
    expect(shown('en-GB')).toEqual([
      'c. 13.8 billion years ago',
      '4.6 billion years ago',
      '315 thousand years ago',
      '24,001 BCE – 17,001 BCE',
      '3501 BCE',
      '170,000,002',
      '539 million years ago – 252 million years ago',
    ]);
  });

  it('in Korean too', () => {
    expect(shown('ko')).toEqual([
      '138억 년 전경',
      '46억 년 전',
      '31.5만 년 전',
      '기원전 24,001년 – 기원전 17,001년',
      '기원전 3501년',
      '170,000,002년',
      '5.39억 년 전 – 2.52억 년 전',
    ]);
  });
});

describe('the axis', () => {
  const vis = toVis(deep, ctx.format);
  const items = Object.values(vis.chunks).flat();

  it('is scaled when a timeline reaches beyond what a Date holds, or spans more years than the axis can label', () => {
    expect(vis.scale).toEqual({ years: 10_000_000, shift: 0 });
    expect(chooseAxisScale(floatingTime(-315_000), floatingTime(-3500))).toEqual({ years: 1000, shift: 0 });
    expect(chooseAxisScale(floatingTime(-20_000), floatingTime(2000))).toEqual({ years: 100, shift: 0 });
    expect(chooseAxisScale(floatingTime(-7000), floatingTime(2000))).toBeUndefined();
    // A few years far off: drawn near year 0, shifted by whole 400-year cycles.
    expect(chooseAxisScale(floatingTime(170_000_002), floatingTime(170_000_010))).toEqual({ years: 1, shift: 170_000_000 });
    expect(chooseAxisScale(floatingTime(2013), floatingTime(2024))).toBeUndefined();
    expect(chooseAxisScale(floatingTime(-500), floatingTime(2024))).toBeUndefined();
  });

  it('goes to the page with its scale', () => {
    expect((JSON.parse(toVisJson(deep, ctx.format)) as VisData).scale).toEqual(vis.scale);
  });

  it('draws every item where a Date can hold it, in time order', () => {
    const starts = items.map((i: VisItem) => i.start);
    for (const ms of [...starts, vis.bounds.min, vis.bounds.max, ...vis.eras.map((e) => e.start)]) expect(Math.abs(ms)).toBeLessThan(8.64e15);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(items.map((i) => i.dateText)).toContain('c. 13.8 billion years ago');
  });

  it('labels its ticks with the years they stand for', () => {
    const scale = { years: 1_000_000, shift: 0 };
    // At a million years a drawn year:
    const tick = (drawn: number): { valueOf(): number } => ({ valueOf: () => floatingTime(drawn) });
    expect(drawnYear(floatingTime(-13_800), scale)).toBe(-13_800_000_000);
    const en = axisLabelFormatters('en-GB', scale);
    const ko = axisLabelFormatters('ko', scale);
    expect([-13_800, -4600, -1, 0, 170].map((y) => en.minorLabels(tick(y), 'year'))).toEqual([
      '13.8bn years ago',
      '4.6bn years ago',
      '1m years ago',
      '0',
      '170,000,000',
    ]);
    expect([-13_800, 170].map((y) => ko.minorLabels(tick(y), 'year'))).toEqual(['138억 년 전', '170,000,000년']);
  });
});

describe('the exports', () => {
  it('carry each date as written, and ISO bounds with the year in full', () => {
    const json = toTimelineJson(deep, {});
    expect(json.events[0]?.date).toEqual({
      written: 'Y-13800000000~',
      start: '-13800000000-01-01',
      end: '-13800000000-12-31',
      approximate: true,
      uncertain: false,
    });
    expect(
      writeCsv(ctx, {})
        .split('\r\n')
        .filter((row) => row.includes('"Y-315000"')),
    ).toHaveLength(1);
  });

  it('leave out of the calendar and the feed what their four-digit years cannot write', () => {
    expect(exportStamp(deep)).toBe('1970-01-01T00:00:00Z');
    expect(writeIcs(ctx, WITHOUT_SITE)).not.toContain('BEGIN:VEVENT');
    const atom = writeAtom(ctx, WITHOUT_SITE);
    expect(atom.match(/<entry>/g)).toHaveLength(6);
    expect(atom).not.toContain('<published>');
  });

  it('give TimelineJS its cosmological scale, which counts years alone', () => {
    const tl = toTimelineJS(deep);
    expect(tl.scale).toBe('cosmological');
    expect(tl.events[0]?.start_date).toEqual({ year: -13_800_000_000 });
    expect(toTimelineJS(timelineOf('title: T\nevents:\n  - id: a\n    title: A\n    date: -3500\n')).scale).toBe('human');
  });
});
