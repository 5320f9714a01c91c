import { afterAll, describe, expect, it } from 'vitest';
import { axisEnd, axisStart, compareDates, parseDate, parseSpan, type CalendarDate } from '../../src/lib/dates/dates.ts';
import { toDatetimeAttribute } from '../../src/lib/dates/iso.ts';
import { createDateFormatter } from '../../src/lib/dates/format-date.ts';

const gb = createDateFormatter('en-GB');
const us = createDateFormatter('en-US');
const ko = createDateFormatter('ko');

function date(text: unknown): CalendarDate {
  const r = parseDate(text);
  if (!r.ok) throw new Error(`${String(text)}: ${r.error.message}`);
  return r.value;
}

function span(text: string, zone = 'Asia/Pyongyang', f = gb): string {
  const r = parseSpan(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return f.span(r.value, zone);
}

// Every row of the spec's date table and then some: [written, shown in en-GB].
const SHOWN: Array<[string | number, string]> = [
  [2023, '2023'],
  ['2023', '2023'],
  ['2023-12', 'December 2023'],
  ['2023-12-26', '26 December 2023'],
  ['2023-01-05', '5 January 2023'],
  ['2023-12-26T14:30', '26 December 2023, 14:30 GMT+9'],
  ['2023-12-26T14:30:05', '26 December 2023, 14:30:05 GMT+9'],
  ['2023-12-26T05:30Z', '26 December 2023, 14:30 GMT+9'],
  ['2023-12-26T14:30+09:00', '26 December 2023, 14:30 GMT+9'],
  ['2023-12-25T23:30-05:00', '26 December 2023, 13:30 GMT+9'],
  ['2023-12~', 'c. December 2023'],
  ['2023-12?', 'December 2023 (?)'],
  ['2023-12%', 'c. December 2023 (?)'],
  ['2023~', 'c. 2023'],
  ['2023-12-26?', '26 December 2023 (?)'],
  ['-0500', '501 BCE'],
  [-500, '501 BCE'],
  ['0000', '1 BCE'],
  ['-0043-03-15', '15 March 44 BCE'],
  ['0001', '1'],
  ['0079-08-24', '24 August 79'],
  ['2024-02-29', '29 February 2024'],
  ['2000-02-29', '29 February 2000'],
];

// [written span, shown in en-GB]
const SPANS: Array<[string, string]> = [
  ['2023-12-26/2023-12-30', '26–30 December 2023'],
  ['2019-12-28/2020-01-01', '28 December 2019 – 1 January 2020'],
  ['2023-11-26/2023-12-03', '26 November – 3 December 2023'],
  ['2013/2019', '2013–2019'],
  ['2023-11/2023-12', 'November–December 2023'],
  ['2019-12/2020-03', 'December 2019 – March 2020'],
  ['2019-12-28/..', '28 December 2019 – present'],
  ['2019/..', '2019 – present'],
  ['2023-12-26/2023-12-26', '26 December 2023'],
  ['2023-12/2024-01-15', 'December 2023 – 15 January 2024'],
  ['2023-12-26T14:30/2023-12-26T16:00', '26 December 2023, 14:30–16:00 GMT+9'],
  ['2023-12-26T14:30/2023-12-27T09:00', '26 December 2023, 14:30 GMT+9 – 27 December 2023, 09:00 GMT+9'],
  ['2023-12~/2024-02', 'c. December 2023 – February 2024'],
  ['-0500/-0480', '501 BCE – 481 BCE'],
  ['2023-12-26/2024', '26 December 2023 – 2024'],
  ['2013-01-01/2019-01-01', '1 January 2013 – 1 January 2019'],
  ['2023-11-26/2023-12-26', '26 November – 26 December 2023'],
  ['2022-12/2023-12', 'December 2022 – December 2023'],
];

// [written, message, fix]
const ERRORS: Array<[unknown, string]> = [
  ['2023-13', '2023-13 has month 13. Months run from 01 to 12.'],
  ['2023-00-10', '2023-00-10 has month 00. Months run from 01 to 12.'],
  ['2023-02-30', '2023-02-30 has day 30, but February 2023 has 28 days. Check the day of the month.'],
  ['2023-02-29', '2023-02-29 has day 29, but February 2023 has 28 days. Check the day of the month.'],
  ['1900-02-29', '1900-02-29 has day 29, but February 1900 has 28 days. Check the day of the month.'],
  ['2023-04-31', '2023-04-31 has day 31, but April 2023 has 30 days. Check the day of the month.'],
  ['2023-12-26T25:00', '2023-12-26T25:00 has hour 25. Hours run from 00 to 23; write midnight as T00:00 of the next day.'],
  ['2023-12-26T24:00', '2023-12-26T24:00 has hour 24. Hours run from 00 to 23; write midnight as T00:00 of the next day.'],
  ['2023-12-26T14:60', '2023-12-26T14:60 has minute 60. Minutes run from 00 to 59.'],
  ['2023-12-26T14:30+15:00', '2023-12-26T14:30+15:00 has the offset +15:00. UTC offsets run from -14:00 to +14:00.'],
  ['2023-12-26T14:30~', '2023-12-26T14:30~ puts a qualifier on a time of day. Qualifiers ~ ? % apply to dates only: write 2023-12-26~, or drop the qualifier.'],
  ['26/12/2023', '26/12/2023 is not a date in a form this format reads. Write dates year first: 2023-12-26 if 26 is the day, 2023-26-12 if 26 is the month.'],
  ['2023-12-26 14:30', '2023-12-26 14:30 is not a date in a form this format reads. Join date and time with a T: 2023-12-26T14:30.'],
  ['2023-9-5', '2023-9-5 is not a date in a form this format reads. Write months and days with two digits, e.g. 2023-09-05.'],
  ['500', '500 is not a date in a form this format reads. Write years with four digits (0500), or as a bare number without quotes.'],
  ['December 2023', expect.stringMatching(/^December 2023 is not a date in a form this format reads\. Write YYYY, YYYY-MM/)],
  ['', expect.stringMatching(/^an empty value is not a date/)],
  [2023.5, '2023.5 is not a year. A bare number is read as a year: write a whole number between -9999 and 9999, or a date in quotes.'],
  [true, expect.stringMatching(/^true is not a date\./)],
  ['2023-12-30/2023-12-26', '2023-12-26 is before start 2023-12-30. An end date is inclusive and must not come before the start.'],
  ['2023/2024/2025', '2023/2024/2025 has 2 slashes. A span has one slash: start/end, e.g. 2023-12-26/2023-12-30.'],
  ['../2020', '../2020 has no start. Give the first known date; an open start is not supported.'],
  ['2020/', '2020/ has no end. Write 2020/.. for a span still going on, or give the end date.'],
];

const ZONES = ['Pacific/Kiritimati', 'UTC', 'Pacific/Pago_Pago'];
const machineZone = process.env['TZ'];
afterAll(() => {
  process.env['TZ'] = machineZone;
});

// The machine's zone must change nothing: run the whole table under three.
describe.each(ZONES)('with the machine in %s', (zone) => {
  process.env['TZ'] = zone;

  it.each(SHOWN)('shows %s as %s', (written, shown) => {
    process.env['TZ'] = zone;
    expect(gb.date(date(written), 'Asia/Pyongyang')).toBe(shown);
  });

  it.each(SPANS)('shows the span %s as %s', (written, shown) => {
    process.env['TZ'] = zone;
    expect(span(written)).toBe(shown);
  });

  it('puts a day on the same axis day', () => {
    process.env['TZ'] = zone;
    const d = date('2023-12-26');
    expect(new Date(axisStart(d, 'Asia/Pyongyang', 'Asia/Pyongyang')).toISOString()).toBe('2023-12-26T00:00:00.000Z');
    expect(new Date(axisEnd(d, 'Asia/Pyongyang', 'Asia/Pyongyang')).toISOString()).toBe('2023-12-27T00:00:00.000Z');
  });
});

describe('errors', () => {
  it.each(ERRORS)('rejects %j', (written, expected) => {
    const r = typeof written === 'string' && written.includes('/') ? parseSpan(written) : parseDate(written);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(`${r.error.message} ${r.error.fix}`).toEqual(expected);
  });
});

describe('parsing', () => {
  it('keeps what was written and its precision', () => {
    expect(date('2023-12~')).toEqual({ text: '2023-12~', precision: 'month', year: 2023, month: 12, approximate: true, uncertain: false });
    expect(date('2023-12-26T14:30:05+05:30')).toMatchObject({ precision: 'second', hour: 14, minute: 30, second: 5, offset: 330 });
    expect(date('-0500')).toMatchObject({ precision: 'year', year: -500 });
  });

  it('reads an ongoing span', () => {
    const r = parseSpan('2019-12-28/..');
    expect(r.ok && r.value.ongoing).toBe(true);
  });

  it('allows an end inside a coarser start', () => {
    expect(parseSpan('2023/2023-05').ok).toBe(true);
    expect(parseSpan('2023-05-10/2023').ok).toBe(true);
  });
});

describe('the axis', () => {
  it('places a time of day in its own zone, then shows it in the axis zone', () => {
    const khasan = date('2023-09-12T06:00');
    // 06:00 in Vladivostok (UTC+10) is 05:00 in Pyongyang (UTC+9).
    expect(new Date(axisStart(khasan, 'Asia/Vladivostok', 'Asia/Pyongyang')).toISOString()).toBe('2023-09-12T05:00:00.000Z');
    expect(axisEnd(khasan, 'Asia/Vladivostok', 'Asia/Pyongyang')).toBe(axisStart(khasan, 'Asia/Vladivostok', 'Asia/Pyongyang'));
  });

  it('honours an offset written with the time', () => {
    expect(new Date(axisStart(date('2023-12-26T05:30Z'), 'Europe/London', 'Asia/Pyongyang')).toISOString()).toBe('2023-12-26T14:30:00.000Z');
  });

  it('follows daylight saving time in the zone', () => {
    // New York: EDT (UTC-4) in July, EST (UTC-5) in January.
    expect(new Date(axisStart(date('2023-07-01T12:00'), 'America/New_York', 'UTC')).toISOString()).toBe('2023-07-01T16:00:00.000Z');
    expect(new Date(axisStart(date('2023-01-01T12:00'), 'America/New_York', 'UTC')).toISOString()).toBe('2023-01-01T17:00:00.000Z');
  });

  it('spans a whole month and year', () => {
    expect(new Date(axisEnd(date('2023-12'), 'UTC', 'UTC')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(new Date(axisEnd(date('2024'), 'UTC', 'UTC')).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(axisEnd(date('-0500'), 'UTC', 'UTC')).toBe(axisStart(date('-0499'), 'UTC', 'UTC'));
  });

  it('orders coarser dates first on a tie', () => {
    const sorted = ['2023-12-26', '2023', '2023-12', '2022-12-31T23:59'].map(date).sort(compareDates);
    expect(sorted.map((d) => d.text)).toEqual(['2022-12-31T23:59', '2023', '2023-12', '2023-12-26']);
  });
});

describe('other locales', () => {
  it('formats US English month first, without ordinals', () => {
    expect(span('2023-12-26/2023-12-30', 'UTC', us)).toBe('December 26–30, 2023');
    expect(span('2023-11-26/2023-12-03', 'UTC', us)).toBe('November 26 – December 3, 2023');
    expect(span('2019-12-28/2020-01-01', 'UTC', us)).toBe('December 28, 2019 – January 1, 2020');
    expect(us.date(date('2023-12'), 'UTC')).toBe('December 2023');
  });

  it('formats Korean year first', () => {
    expect(ko.date(date('2023-12-26'), 'UTC')).toBe('2023년 12월 26일');
    expect(ko.date(date('2023-12'), 'UTC')).toBe('2023년 12월');
    expect(ko.date(date('2023'), 'UTC')).toBe('2023년');
    expect(span('2023-12-26/2023-12-30', 'UTC', ko)).toBe('2023년 12월 26일–30일');
    expect(ko.date(date('-0500'), 'UTC')).toBe('기원전 501년');
  });

  it('falls back to English for an unknown locale', () => {
    const f = createDateFormatter('xx-YY');
    expect(f.locale.known).toBe(false);
    expect(f.date(date('2023-12-26'), 'UTC')).toBe('December 26, 2023');
  });
});

describe('datetime attributes', () => {
  it.each([
    ['2023', '2023'],
    ['2023-12~', '2023-12'],
    ['2023-12-26', '2023-12-26'],
    ['2023-12-26T14:30', '2023-12-26T14:30'],
    ['2023-12-26T05:30Z', '2023-12-26T05:30Z'],
    ['2023-12-26T14:30+09:00', '2023-12-26T14:30+09:00'],
  ])('writes %s as %s', (written, attr) => {
    expect(toDatetimeAttribute(date(written))).toBe(attr);
  });

  it('gives a time of day the offset of its zone', () => {
    expect(toDatetimeAttribute(date('2023-09-12T06:00'), 'Asia/Vladivostok')).toBe('2023-09-12T06:00+10:00');
    expect(toDatetimeAttribute(date('2023-07-01T12:00'), 'America/New_York')).toBe('2023-07-01T12:00-04:00');
    expect(toDatetimeAttribute(date('2023-12-26'), 'Asia/Pyongyang')).toBe('2023-12-26');
  });
});
