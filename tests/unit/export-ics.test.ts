import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../src/lib/exchange/ics-text.ts';
import { writeIcs } from '../../src/lib/exchange/to-ics.ts';
import { createPageContext } from '../../src/lib/render/page-context.ts';
import { largeTimeline, sampleCtx, small, smallCtx, timelineOf, WITH_SITE, WITHOUT_SITE } from './export-fixture.ts';

const text = writeIcs(smallCtx, WITH_SITE);

/** Every VEVENT, read back by ical.js, by UID. */
function readEvents(ics: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
}
const events = readEvents(text);
const read = (id: string): ICAL.Event => {
  const e = events.get(`${id}@small`);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
/** `start → end` as ical.js reads them: a DATE as 2024-01-01, a UTC time with its Z. */
const span = (id: string): string => `${read(id).startDate.toString()} → ${read(id).endDate.toString()}`;

describe('writeIcs', () => {
  it('parses in ical.js, one event per event since 1 CE', () => {
    expect([...events.keys()]).toEqual(small.events.filter((e) => e.when.start.year >= 1).map((e) => `${e.id}@small`));
    expect(events.has('bce@small')).toBe(false);
  });

  it('makes dates all-day events with an exclusive end, and times UTC instants, whatever the machine zone', () => {
    // The unit tests run in Pacific/Kiritimati (UTC+14): a local-time slip would move every day.
    expect(read('one-day').startDate.isDate).toBe(true);
    expect(span('one-day')).toBe('2023-12-31 → 2024-01-01');
    expect(span('day-span')).toBe('2023-12-30 → 2024-01-03');
    expect(span('approximate-month')).toBe('2024-02-01 → 2024-03-01');
    expect(span('leap-year')).toBe('2024-01-01 → 2025-01-01');
    expect(read('seoul-time').startDate.isDate).toBe(false);
    expect(span('seoul-time')).toBe('2024-03-01T00:30:00Z → 2024-03-01T00:30:00Z');
    // 22:00 GMT to 03:00 BST, across the change of the clocks: four hours.
    expect(span('london-span')).toBe('2024-03-30T22:00:00Z → 2024-03-31T02:00:00Z');
    expect(span('utc-instant')).toBe('2024-04-01T00:00:00Z → 2024-04-01T00:00:00Z');
    // A span mixing a date and a time is timed throughout: from midnight in Seoul.
    expect(span('mixed')).toBe('2024-04-30T15:00:00Z → 2024-05-02T03:00:00Z');
    // Still going on: its first day.
    expect(span('ongoing')).toBe('2024-06-01 → 2024-06-02');
  });

  it('carries the text, escaped, and reads back exactly', () => {
    const day = read('one-day');
    expect(day.summary).toBe('=HYPERLINK("https://evil.example/","click")');
    expect(day.location).toBe('Seoul, Korea; Asia');
    expect(day.description).toMatchInlineSnapshot(`
      "First line with a link and bold. Second paragraph, with a backslash \\ and "quotes".

      Sources:
      Example News, A report <https://example.org/report?a=1&b=2>
      An archive"
    `);
    expect(day.component.getAllProperties('categories').flatMap((p) => p.getValues() as string[])).toEqual(['Days, months; years', 'new-year', 'eve']);
    expect(day.component.getFirstPropertyValue('url')).toBe('https://example.org/timelines/small/#one-day');
    // The date leads the description when the calendar's days cannot say it all.
    expect(read('approximate-month').description).toBe('c. February 2024');
    expect(read('seoul-time').description).toBe('1 March 2024, 09:30 GMT+9');
    expect(read('ongoing').description).toBe('June 2024 – present');
    expect(read('day-span').component.hasProperty('description')).toBe(false);
    expect(read('utc-instant').summary).toBe('An instant written in UTC with a title long enough to be folded across several lines 🗓️');
  });

  it('folds lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const korean = foldLine(`SUMMARY:${'서울'.repeat(40)}`);
    for (const line of korean.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(korean.replace(/\r\n /g, '')).toBe(`SUMMARY:${'서울'.repeat(40)}`);
    const emoji = foldLine(`SUMMARY:a${'🗓️'.repeat(30)}`);
    for (const line of emoji.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // No surrogate pair cut in two.
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(emoji.replace(/\r\n /g, '')).toBe(`SUMMARY:a${'🗓️'.repeat(30)}`);
  });

  it('escapes backslashes, semicolons, commas and line breaks, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });

  it('writes a stable UID and a DTSTAMP from the options, never the clock, and no URL without a site', () => {
    const again = writeIcs(createPageContext(small), WITH_SITE);
    expect(again).toBe(text);
    expect(text).toContain('DTSTAMP:20240601T000000Z\r\n');
    expect(writeIcs(smallCtx, WITHOUT_SITE)).not.toMatch(/^URL:/m);
  });

  it('writes a small calendar exactly so', () => {
    const tiny = timelineOf(
      'title: Tiny, calendar\ntimezone: Asia/Pyongyang\nevents:\n  - { id: plenum, title: "Plenum; closing", date: 2023-12-26/2023-12-30, place: Pyongyang, tags: [kcna] }\n  - { id: landing, title: Lands, date: 2024-06-19T02:22 }\n',
      'tiny',
    );
    expect(writeIcs(createPageContext(tiny), WITHOUT_SITE).replace(/\r\n/g, '⏎\n')).toMatchInlineSnapshot(`
      "BEGIN:VCALENDAR⏎
      VERSION:2.0⏎
      PRODID:-//Timeline publisher//timeline-publisher 1//EN⏎
      CALSCALE:GREGORIAN⏎
      NAME:Tiny\\, calendar⏎
      X-WR-CALNAME:Tiny\\, calendar⏎
      BEGIN:VEVENT⏎
      UID:plenum@tiny⏎
      DTSTAMP:20240601T000000Z⏎
      DTSTART;VALUE=DATE:20231226⏎
      DTEND;VALUE=DATE:20231231⏎
      SUMMARY:Plenum\\; closing⏎
      LOCATION:Pyongyang⏎
      CATEGORIES:kcna⏎
      TRANSP:TRANSPARENT⏎
      END:VEVENT⏎
      BEGIN:VEVENT⏎
      UID:landing@tiny⏎
      DTSTAMP:20240601T000000Z⏎
      DTSTART:20240618T172200Z⏎
      SUMMARY:Lands⏎
      DESCRIPTION:June 19\\, 2024\\, 2:22 AM GMT+9⏎
      TRANSP:TRANSPARENT⏎
      END:VEVENT⏎
      END:VCALENDAR⏎
      "
    `);
  });

  it('keeps every event of the sample, and of a large timeline, and parses', () => {
    expect(readEvents(writeIcs(sampleCtx, WITHOUT_SITE)).size).toBe(sampleCtx.timeline.events.length);
    expect(readEvents(writeIcs(createPageContext(largeTimeline()), WITHOUT_SITE)).size).toBe(1_200);
  });
});
