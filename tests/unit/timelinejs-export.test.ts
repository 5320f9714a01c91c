/**
 * The TimelineJS export's shape, and the round trip from it back to a
 * timeline file through the import (timelinejs-import.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/load.ts';
import type { Timeline } from '../../src/lib/model/model.ts';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { toTimelineJS } from '../../src/lib/exchange/timelinejs.ts';
import { importTimelineJS, type ImportOptions } from '../../src/lib/exchange/timelinejs-import.ts';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const OPTIONS: ImportOptions = { fallbackTitle: 'Fallback', schemaPath: '../schema/timeline.schema.json', source: 'test input' };

function timelineOf(text: string, file = 'data/t.yaml'): Timeline {
  const r = loadTimeline(text, file);
  if (!r.timeline) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.timeline;
}

function imported(data: unknown, options: Partial<ImportOptions> = {}): string {
  const r = importTimelineJS(data, { ...OPTIONS, ...options });
  if (!r.ok) throw new Error(r.error);
  return r.yaml;
}

describe('toTimelineJS', () => {
  const every = timelineOf(read('fixtures/valid/every-feature.yaml'));

  it('writes a title slide, events with date objects, HTML text, group titles and eras', () => {
    const data = toTimelineJS(every, { site: 'https://example.org/sub/' });
    expect({ title: data.title, first: data.events[0], eras: data.eras, scale: data.scale }).toMatchInlineSnapshot(`
      {
        "eras": [
          {
            "end_date": {
              "day": 1,
              "month": 1,
              "year": 2019,
            },
            "start_date": {
              "day": 1,
              "month": 1,
              "year": 2013,
            },
            "text": {
              "headline": "Televised New Year&#39;s Day addresses",
            },
          },
          {
            "end_date": {
              "month": 6,
              "year": 2020,
            },
            "start_date": {
              "year": 2018,
            },
            "text": {
              "headline": "An era overlapping the one before",
            },
          },
          {
            "end_date": {
              "year": 2023,
            },
            "start_date": {
              "day": 28,
              "month": 12,
              "year": 2019,
            },
            "text": {
              "headline": "Year-end plenum reports",
            },
          },
        ],
        "first": {
          "autolink": false,
          "group": "History",
          "start_date": {
            "year": -500,
          },
          "text": {
            "headline": "A year before the common era",
            "text": "",
          },
          "unique_id": "bce",
        },
        "scale": "human",
        "title": {
          "text": {
            "headline": "Every feature",
            "text": "<p>How the <em>format</em> reads: groups, sources, eras, markers, annotations, zones and every form of date.</p>",
          },
        },
      }
    `);
  });

  it('says what TimelineJS cannot (approximate, uncertain, ongoing) in display_date, and escapes titles', () => {
    const t = timelineOf(
      [
        'title: <b>T</b>',
        'locale: en-GB',
        'events:',
        '  - { id: approx, title: "A <i>", date: 2023-12~ }',
        '  - { id: ongoing, title: B, date: 2019-12-28/.. }',
        '  - { id: timed, title: C, date: "2023-12-26T05:30Z" }',
      ].join('\n'),
    );
    expect(toTimelineJS(t)).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "autolink": false,
            "display_date": "28 December 2019 – present",
            "start_date": {
              "day": 28,
              "month": 12,
              "year": 2019,
            },
            "text": {
              "headline": "B",
              "text": "",
            },
            "unique_id": "ongoing",
          },
          {
            "autolink": false,
            "display_date": "c. December 2023",
            "start_date": {
              "month": 12,
              "year": 2023,
            },
            "text": {
              "headline": "A &lt;i&gt;",
              "text": "",
            },
            "unique_id": "approx",
          },
          {
            "autolink": false,
            "start_date": {
              "day": 26,
              "hour": 5,
              "minute": 30,
              "month": 12,
              "year": 2023,
            },
            "text": {
              "headline": "C",
              "text": "",
            },
            "unique_id": "timed",
          },
        ],
        "scale": "human",
        "title": {
          "text": {
            "headline": "&lt;b&gt;T&lt;/b&gt;",
          },
        },
      }
    `);
  });
});

describe('round trip', () => {
  it('gives back the sample’s events (ids, titles, dates on the axis, groups) from its TimelineJS export', () => {
    const sample = timelineOf(read('../data/north-korea.yaml'), 'data/north-korea.yaml');
    const back = timelineOf(imported(JSON.parse(JSON.stringify(toTimelineJS(sample)))));
    const groupTitle = (t: Timeline, id: string | undefined): string | undefined => t.groups.find((g) => g.id === id)?.title;
    // TimelineJS has no approximate, uncertain or ongoing dates (they travel as display_date, which is not read
    // back; the sample's one uncertain date comes back certain) and no zones (times arrive as the wall clock of
    // the sample's zone, which puts them at the same place on the axis); groups travel by their titles.
    const shape = (t: Timeline): unknown[] =>
      t.events.map((e) => ({ id: e.id, title: e.title, axis: e.axis, precision: e.when.start.precision, group: groupTitle(t, e.group) }));
    expect(shape(back)).toEqual(shape(sample));
    expect(sample.events.some((e) => e.when.start.uncertain)).toBe(true);
    expect(back.events).toHaveLength(sample.events.length);
    expect(back.eras.map((e) => e.title)).toEqual(sample.eras.map((e) => e.title));
  });
});
