/**
 * TimelineJS exchange: the export's shape, the import of JSON and of the
 * Google Sheets layout (fixtures in tests/fixtures/timelinejs/, see their
 * README), and the round trip from our export back to a timeline file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load.ts';
import type { Timeline } from '../../src/lib/model.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { toTimelineJS } from '../../src/lib/timelinejs.ts';
import { dateFromTimelineJS, importTimelineJS, type ImportOptions } from '../../src/lib/timelinejs-import.ts';
import { parseTime, readSheet } from '../../src/lib/timelinejs-sheet.ts';

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

describe('importTimelineJS', () => {
  it('imports the JSON fixture, naming what it leaves out in comments', () => {
    const yaml = imported(JSON.parse(read('fixtures/timelinejs/kim-xi-summits.json')));
    expect(yaml).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=../schema/timeline.schema.json
      # Imported from test input with npm run import.
      # Not imported from the title slide: media https://upload.wikimedia.org/wikipedia/commons/example-summit.jpg (Beijing, March 2018; credit: Example Photo Agency), background {"color":"#1b2a49"}.
      # 1 slide has no group: put in the group Other, as every event needs one when there are groups.

      title: "Kim & Xi: four summits in a year"
      description: |-
        Kim Jong Un met Xi Jinping four times between March 2018 and January 2019, then hosted him in Pyongyang.

        Compiled from [Yonhap](https://en.yna.co.kr/view/AEN20190620007300325).
      groups:
        - id: china
          title: China
        - id: russia
          title: Russia
        - id: other
          title: Other
      eras:
        - id: summit-diplomacy-with-beijing-2018-03
          title: Summit diplomacy with Beijing
          start: 2018-03
          end: 2019-06
      events:
        # Not imported from slide 1: media https://www.youtube.com/watch?v=example (Arrival in Beijing; credit: Example TV).
        - id: kim-xi-summit-2018-03
          title: Kim's first visit to China
          start: 2018-03-25
          end: 2018-03-28
          group: china
          summary: >-
            Kim's first foreign trip as leader, and his first summit with Xi, in
            Beijing.
        # Not imported from slide 2: display date "7–8 May 2018, Dalian".
        - id: kim-xi-summit-2018-05
          title: Second Kim–Xi summit
          start: 2018-05-07
          end: 2018-05-08
          group: china
          summary: |-
            Kim flew to China for his second summit with Xi.\\
            Reported by [Shanghaiist](https://medium.com/shanghaiist/kim-jong-un-makes-second-trip-to-china-meets-with-xi-jinping-in-dalian-9f2f50377632).
        # Not imported from slide 3: background {"url":"https://example.org/beijing.jpg"}.
        - id: third-kim-xi-summit-2018-06-19
          title: Third Kim–Xi summit
          start: 2018-06-19
          end: 2018-06-20
          group: china
          summary: One week after the Singapore summit with Trump.
        - id: fourth-kim-xi-summit-2019-01-07
          title: Fourth Kim–Xi summit
          start: 2019-01-07
          end: 2019-01-10
          group: china
          summary: |-
            - Beijing

            - Kim's 35th birthday
        # Not imported from slide 5: start date's display date "02:22, 19 June 2024".
        - id: putin-lands-pyongyang
          title: Putin lands in Pyongyang
          date: 2024-06-19T02:22
          group: russia
        - id: xi-state-visit-2019-06
          title: Xi Jinping's state visit to North Korea
          start: 2019-06-20
          end: 2019-06-21
          group: other
      "
    `);
    expect(loadTimeline(yaml, 'data/kim-xi-summits.yaml').problems).toEqual([]);
  });

  it('imports the Google Sheets fixture, row by row as TimelineJS reads it', () => {
    const sheet = readSheet(read('fixtures/timelinejs/new-year-speeches.csv'));
    expect(sheet.notes).toEqual([]);
    const yaml = imported(sheet.data, { notes: sheet.notes });
    expect(yaml).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=../schema/timeline.schema.json
      # Imported from test input with npm run import.
      # Not imported from the title slide: media https://example.org/cover.jpg (credit: Example), background {"color":"#102030"}.

      title: New Year speeches
      description: >-
        From the televised New Year address to the year-end plenum report.
      groups:
        - id: addresses
          title: Addresses
        - id: party-meetings
          title: Party meetings
        - id: russia
          title: Russia
      eras:
        - id: televised-new-years-day-addresses-2013
          title: Televised New Year's Day addresses
          start: 2013
          end: 2019
      events:
        - id: kim-jong-uns-first-televised-new-year-address-2013-01-01
          title: Kim Jong Un's first televised New Year address
          date: 2013-01-01
          group: addresses
          summary: >-
            The first such broadcast for 19 years, says the
            [BBC](http://www.bbc.com/news/world-asia-20880301).
        - id: kims-last-televised-new-year-address-2019-01-01
          title: Kim's last televised New Year address
          date: 2019-01-01
          group: addresses
        - id: 5th-plenary-meeting-of-the-7th-central-committee-2019-12-28
          title: 5th Plenary Meeting of the 7th Central Committee of the WPK
          start: 2019-12-28
          end: 2019-12-31
          group: party-meetings
          summary: >-
            Held at the headquarters building of the WPK Central Committee, Pyongyang.
        # Not imported from slide 4: display date "5–12 January 2021".
        - id: 8th-congress-of-the-workers-party-of-korea-2021-01-05
          title: 8th Congress of the Workers' Party of Korea
          start: 2021-01-05
          end: 2021-01-12
          group: party-meetings
        # Not imported from slide 5: media https://example.org/landing.mp4 (Arrival).
        - id: putin-lands-in-pyongyang-2024-06-19
          title: Putin lands in Pyongyang
          date: 2024-06-19T02:22
          group: russia
          summary: Putin lands at 02:22 local time, still 18 June in Moscow.
      "
    `);
    expect(loadTimeline(yaml, 'data/new-year-speeches.yaml').problems).toEqual([]);
  });

  it('refuses what is not TimelineJS data', () => {
    expect(importTimelineJS({ slides: [] }, OPTIONS)).toMatchInlineSnapshot(`
      {
        "error": "is not TimelineJS data: events: Required.",
        "ok": false,
      }
    `);
    expect(importTimelineJS({ events: [{ text: { headline: 'No date' } }] }, OPTIONS)).toMatchInlineSnapshot(`
      {
        "error": "has no events with a date this format can hold.",
        "ok": false,
      }
    `);
    expect(readSheet('Date,Title\n2019,Hanoi\n')).toMatchInlineSnapshot(`
      {
        "error": "does not have TimelineJS's sheet columns: expected Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background.",
        "notes": [],
      }
    `);
  });

  it('reads dates and times as TimelineJS writes them', () => {
    expect([
      dateFromTimelineJS({ year: '2018', month: '3', day: '25' }),
      dateFromTimelineJS({ year: 2018 }),
      dateFromTimelineJS({ year: -500, month: 1 }),
      dateFromTimelineJS({ year: '1,815', month: 12, day: 10, hour: 9, minute: 5, second: 7 }),
      dateFromTimelineJS({ year: 271821 }),
      dateFromTimelineJS({ year: 'soon' }),
    ]).toEqual(['2018-03-25', 2018, '-0500-01', '1815-12-10T09:05:07', undefined, undefined]);
    expect([parseTime('2:22 AM'), parseTime('12:00 am'), parseTime('14:30:05'), parseTime('noon')]).toEqual([
      { hour: 2, minute: 22 },
      { hour: 0, minute: 0 },
      { hour: 14, minute: 30, second: 5 },
      undefined,
    ]);
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
