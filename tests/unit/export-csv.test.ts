import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, guardFormula, writeCsv } from '../../src/lib/exchange/to-csv.ts';
import { createPageContext } from '../../src/lib/render/page-context.ts';
import { largeTimeline, small, smallCtx, timelineOf, WITH_SITE, WITHOUT_SITE } from './export-fixture.ts';

const text = writeCsv(smallCtx, WITHOUT_SITE);
/** Read back by csv-parse with its strict defaults (every row the header's width, no stray quotes), the BOM understood. */
const readRows = (csv: string): Array<Record<string, string>> => parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' });
const rows = readRows(text);
const row = (id: string): Record<string, string> => {
  const found = rows.find((r) => r['id'] === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('writeCsv', () => {
  it('starts with a UTF-8 byte order mark and the header, quotes every field and ends every row with CRLF', () => {
    expect(
      text.startsWith(
        '\uFEFF"id","title","start","end","start_iso","end_iso","group","tags","place","importance","summary","sources","disputes","corrections","links","link"\r\n',
      ),
    ).toBe(true);
    expect(text.endsWith('"\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(small.events.length + 1);
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
  });

  it('reads back through a CSV parser: one row per event, every event, in time order', () => {
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r['id'])).toEqual(small.events.map((e) => e.id));
    // The parser is strict enough to catch a stray quote or a short row.
    expect(() => readRows('"id","title"\r\n"a"b","c"\r\n')).toThrow();
    expect(() => readRows('"id","title"\r\n"a"\r\n')).toThrow();
  });

  it('gives dates as written and as inclusive ISO bounds', () => {
    expect(rows.map((r) => [r['id'], r['start'], r['end'], r['start_iso'], r['end_iso']])).toMatchInlineSnapshot(`
      [
        [
          "bce",
          "-0043-03-15",
          "",
          "-0043-03-15",
          "-0043-03-15",
        ],
        [
          "day-span",
          "2023-12-30",
          "2024-01-02",
          "2023-12-30",
          "2024-01-02",
        ],
        [
          "one-day",
          "2023-12-31",
          "",
          "2023-12-31",
          "2023-12-31",
        ],
        [
          "leap-year",
          "2024",
          "",
          "2024-01-01",
          "2024-12-31",
        ],
        [
          "approximate-month",
          "2024-02~",
          "",
          "2024-02-01",
          "2024-02-29",
        ],
        [
          "seoul-time",
          "2024-03-01T09:30",
          "",
          "2024-03-01T09:30+09:00",
          "2024-03-01T09:30+09:00",
        ],
        [
          "london-span",
          "2024-03-30T22:00",
          "2024-03-31T03:00",
          "2024-03-30T22:00Z",
          "2024-03-31T03:00+01:00",
        ],
        [
          "utc-instant",
          "2024-04-01T00:00Z",
          "",
          "2024-04-01T00:00Z",
          "2024-04-01T00:00Z",
        ],
        [
          "mixed",
          "2024-05-01",
          "2024-05-02T12:00",
          "2024-05-01",
          "2024-05-02T12:00+09:00",
        ],
        [
          "ongoing",
          "2024-06",
          "..",
          "2024-06-01",
          "",
        ],
      ]
    `);
  });

  it('round-trips text with quotes, commas, semicolons and line breaks, and guards a formula', () => {
    const day = row('one-day');
    expect(day).toEqual({
      id: 'one-day',
      title: `'=HYPERLINK("https://evil.example/","click")`,
      start: '2023-12-31',
      end: '',
      start_iso: '2023-12-31',
      end_iso: '2023-12-31',
      group: 'Days, months; years',
      tags: 'new-year, eve',
      place: 'Seoul, Korea; Asia',
      importance: 'high',
      summary: 'First line with a link and bold. Second paragraph, with a backslash \\ and "quotes".',
      sources: 'https://example.org/report?a=1&b=2\nAn archive',
      disputes: '0',
      corrections: '0',
      links: '',
      link: 'small/#one-day',
    });
    expect(readRows(writeCsv(smallCtx, WITH_SITE))[2]?.['link']).toBe('https://example.org/timelines/small/#one-day');
  });

  it('guards every cell that starts a formula, and only those', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'a=1', '', '1-2'].map(guardFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      'a=1',
      '',
      '1-2',
    ]);
    // A year before the common era is checked against the date grammar: it stays a year.
    expect(row('bce')['start']).toBe('-0043-03-15');
  });

  it('is the same bytes every time and holds every event of a large timeline', () => {
    expect(writeCsv(createPageContext(small), WITHOUT_SITE)).toBe(text);
    expect(readRows(writeCsv(createPageContext(largeTimeline()), WITHOUT_SITE))).toHaveLength(1_200);
  });

  it('writes a small file exactly so', () => {
    const tiny = timelineOf(
      'title: Tiny, calendar\ntimezone: Asia/Pyongyang\nevents:\n  - { id: plenum, title: "Plenum; closing", date: 2023-12-26/2023-12-30, place: Pyongyang, tags: [kcna] }\n  - { id: landing, title: Lands, date: 2024-06-19T02:22 }\n',
      'tiny',
    );
    expect(writeCsv(createPageContext(tiny), WITHOUT_SITE).replace('\uFEFF', '<BOM>').replace(/\r\n/g, '⏎\n')).toMatchInlineSnapshot(`
      "<BOM>"id","title","start","end","start_iso","end_iso","group","tags","place","importance","summary","sources","disputes","corrections","links","link"⏎
      "plenum","Plenum; closing","2023-12-26","2023-12-30","2023-12-26","2023-12-30","","kcna","Pyongyang","normal","","","0","0","","tiny/#plenum"⏎
      "landing","Lands","2024-06-19T02:22","","2024-06-19T02:22+09:00","2024-06-19T02:22+09:00","","","","normal","","","0","0","","tiny/#landing"⏎
      "
    `);
  });
});
