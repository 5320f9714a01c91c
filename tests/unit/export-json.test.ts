import { describe, expect, it } from 'vitest';
import { exportStamp, isoBounds } from '../../src/lib/exchange/bounds.ts';
import { JSON_FORMAT, toTimelineJson, writeTimelineJson, type EventJson } from '../../src/lib/exchange/to-json.ts';
import { largeTimeline, sample, small, timelineOf } from './export-fixture.ts';

const json = toTimelineJson(small, { site: 'https://example.org/timelines' });
const event = (id: string): EventJson => {
  const found = json.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('toTimelineJson', () => {
  it('names its format and lists lanes and sources once, cited by id', () => {
    expect(json.format).toBe(JSON_FORMAT);
    expect(json.groups).toEqual([
      { id: 'days', title: 'Days, months; years', color: expect.stringMatching(/^#/) as string },
      { id: 'times', title: 'Times', color: expect.stringMatching(/^#/) as string },
    ]);
    expect(json.sources).toEqual([
      { id: 'with-url', title: 'A report', publisher: 'Example News', url: 'https://example.org/report?a=1&b=2', published: '2024-01-02' },
      { id: 'without-url', publisher: 'An archive' },
    ]);
    expect(event('one-day')).toMatchObject({ group: 'days', tags: ['new-year', 'eve'], sources: ['with-url', 'without-url'] });
  });

  it('gives each date as written and as inclusive ISO bounds, with the zone where there is a time', () => {
    const dates = Object.fromEntries(json.events.map((e) => [e.id, e.date]));
    expect(dates).toMatchInlineSnapshot(`
      {
        "approximate-month": {
          "approximate": true,
          "end": "2024-02-29",
          "start": "2024-02-01",
          "uncertain": false,
          "written": "2024-02~",
        },
        "bce": {
          "approximate": false,
          "end": "-0043-03-15",
          "start": "-0043-03-15",
          "uncertain": false,
          "written": "-0043-03-15",
        },
        "day-span": {
          "approximate": false,
          "end": "2024-01-02",
          "start": "2023-12-30",
          "uncertain": false,
          "written": "2023-12-30/2024-01-02",
        },
        "leap-year": {
          "approximate": false,
          "end": "2024-12-31",
          "start": "2024-01-01",
          "uncertain": false,
          "written": "2024",
        },
        "london-span": {
          "approximate": false,
          "end": "2024-03-31T03:00+01:00",
          "start": "2024-03-30T22:00Z",
          "timezone": "Europe/London",
          "uncertain": false,
          "written": "2024-03-30T22:00/2024-03-31T03:00",
        },
        "mixed": {
          "approximate": false,
          "end": "2024-05-02T12:00+09:00",
          "start": "2024-05-01",
          "timezone": "Asia/Seoul",
          "uncertain": false,
          "written": "2024-05-01/2024-05-02T12:00",
        },
        "one-day": {
          "approximate": false,
          "end": "2023-12-31",
          "start": "2023-12-31",
          "uncertain": false,
          "written": "2023-12-31",
        },
        "ongoing": {
          "approximate": false,
          "end": null,
          "start": "2024-06-01",
          "uncertain": false,
          "written": "2024-06/..",
        },
        "seoul-time": {
          "approximate": false,
          "end": "2024-03-01T09:30+09:00",
          "start": "2024-03-01T09:30+09:00",
          "timezone": "Asia/Seoul",
          "uncertain": false,
          "written": "2024-03-01T09:30",
        },
        "utc-instant": {
          "approximate": false,
          "end": "2024-04-01T00:00Z",
          "start": "2024-04-01T00:00Z",
          "timezone": "Asia/Seoul",
          "uncertain": false,
          "written": "2024-04-01T00:00Z",
        },
      }
    `);
  });

  it('links each event absolutely under the site, or relative to the file without one', () => {
    expect(event('one-day').link).toBe('https://example.org/timelines/small/#one-day');
    expect(json.link).toBe('https://example.org/timelines/small/');
    expect(toTimelineJson(small, {}).events[0]?.link).toBe('small/#bce');
  });

  it('keeps Markdown as written and leaves empty optional keys out', () => {
    expect(event('one-day').summary).toContain('**bold**');
    expect(Object.keys(event('leap-year'))).toEqual(['id', 'title', 'date', 'group', 'tags', 'importance', 'annotations', 'sources', 'link']);
  });

  it('writes the same bytes every time, one line ending in a newline, that parse back', () => {
    const text = writeTimelineJson(sample, {});
    expect(writeTimelineJson(sample, {})).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect((JSON.parse(text) as { events: unknown[] }).events).toHaveLength(sample.events.length);
  });

  it('exports every event of a large timeline', () => {
    const out = toTimelineJson(largeTimeline(), {});
    expect(out.events).toHaveLength(1_200);
    expect(new Set(out.events.map((e) => e.id)).size).toBe(1_200);
  });
});

describe('exportStamp', () => {
  it('is SOURCE_DATE_EPOCH when set, else the latest day the file mentions, never the clock', () => {
    expect(exportStamp(small, '1717200000')).toBe('2024-06-01T00:00:00Z');
    // The leap year's last day is the latest day written.
    expect(exportStamp(small)).toBe('2024-12-31T00:00:00Z');
    expect(exportStamp(small, 'not a number')).toBe('2024-12-31T00:00:00Z');
    expect(exportStamp(timelineOf('title: T\nevents: [{ id: a, title: A, date: -0500 }]\n'))).toBe('1970-01-01T00:00:00Z');
  });
});

describe('isoBounds', () => {
  it('ends a month on its last day, in leap years too, and a span on its last day', () => {
    const zone = 'UTC';
    const one = (date: string): ReturnType<typeof isoBounds> => {
      const [e] = timelineOf(`title: T\nevents: [{ id: a, title: A, date: '${date}' }]\n`).events;
      if (!e) throw new Error('no event');
      return isoBounds(e.when, zone);
    };
    expect(one('1900-02')).toEqual({ start: '1900-02-01', end: '1900-02-28' });
    expect(one('2000-02')).toEqual({ start: '2000-02-01', end: '2000-02-29' });
    expect(one('2023-12/2024')).toEqual({ start: '2023-12-01', end: '2024-12-31' });
    expect(one('0079-08-24')).toEqual({ start: '0079-08-24', end: '0079-08-24' });
  });
});
