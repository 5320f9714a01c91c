/**
 * The import of TimelineJS JSON and of its Google Sheets layout (fixtures in
 * tests/fixtures/timelinejs/, see their README).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { dateFromTimelineJS, importTimelineJS, type ImportOptions } from '../../src/lib/exchange/timelinejs-import.ts';
import { timeline2Date } from '../../src/lib/exchange/timelinejs-layouts.ts';
import { parseTime, readSheet } from '../../src/lib/exchange/timelinejs-sheet.ts';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const OPTIONS: ImportOptions = { fallbackTitle: 'Fallback', schemaPath: '../schema/timeline.schema.json', source: 'test input' };

function imported(data: unknown, options: Partial<ImportOptions> = {}): string {
  const r = importTimelineJS(data, { ...OPTIONS, ...options });
  if (!r.ok) throw new Error(r.error);
  return r.yaml;
}

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

  it('decodes HTML entities in headlines and texts, so ids and titles read as the slide did', () => {
    const yaml = imported({
      events: [{ start_date: { year: 2018, month: 3 }, text: { headline: 'Kim&rsquo;s summit', text: '<p>Xi&rsquo;s &ldquo;guest&rdquo;</p>' } }],
    });
    expect(yaml).toContain('- id: kims-summit-2018-03\n    title: Kim’s summit\n');
    expect(yaml).toContain('summary: Xi’s “guest”');
  });

  describe("Knight Lab's own examples (see the fixtures' README)", () => {
    /** Imports a fixture and loads the result as the build would: every problem fails the test. */
    const importFixture = (file: string): { yaml: string; notes: readonly string[]; events: number } => {
      const r = importTimelineJS(JSON.parse(read(`fixtures/timelinejs/${file}`)), OPTIONS);
      if (!r.ok) throw new Error(r.error);
      expect(loadTimeline(r.yaml, `data/${file.replace('.json', '.yaml')}`).problems).toEqual([]);
      return r;
    };

    it('imports every slide of the cosmological example, its years beyond four digits in the Y form', () => {
      const { yaml, events } = importFixture('knightlab-cosmo.json');
      expect(events).toBe(7);
      expect(yaml.split('\n').filter((line) => /^\s+(date|start|end):/.test(line))).toEqual([
        '    date: Y-13800000000',
        '    date: Y-13799630000',
        '    date: Y-12800000000',
        '    date: Y-4600000000',
        '    start: Y-538800000',
        '    end: Y-251902000',
        '    date: Y-315000',
        '    date: -3500',
      ]);
      expect(yaml).not.toMatch(/left out|not imported: dates/);
    });

    it('imports the early TimelineJS3 layout, {"timeline": {"slides": [...]}}', () => {
      const { yaml, notes, events } = importFixture('knightlab-cosmo-2015.json');
      expect(events).toBe(6);
      expect(notes[0]).toBe('Read as early TimelineJS3 JSON ({"timeline": {"slides": [...]}}).');
      expect(yaml).toContain('  - id: reionization-y-13648000000\n    title: Reionization\n    start: Y-13648000000\n    end: Y-12798000000\n');
    });

    it('imports TimelineJS 2 JSON, {"timeline": {"headline", "startDate", "date": [...]}}', () => {
      const houston = importFixture('knightlab-houston-timeline2.json');
      expect(houston.events).toBe(4);
      expect(houston.notes[0]).toBe('Read as TimelineJS 2 JSON ({"timeline": {"date": [...]}}).');
      expect(houston.yaml).toContain('title: Whitney Houston 1963 - 2012\n');
      expect(houston.yaml.split('\n').filter((line) => /^\s+date:/.test(line))).toEqual([
        '    date: 1963-08-09',
        '    date: 1978',
        '    date: 1983',
        '    date: 2012-02-11',
      ]);
      // The documented model: times, a lane (tag), an era, and what has no place here named in a comment.
      const model = importFixture('knightlab-timeline2-model.json');
      expect(model.yaml).toMatchInlineSnapshot(`
        "# yaml-language-server: $schema=../schema/timeline.schema.json
        # Imported from test input with npm run import.
        # Read as TimelineJS 2 JSON ({"timeline": {"date": [...]}}).
        # Not imported from the title slide: media http://yourdomain_or_socialmedialink_goes_here.jpg (Caption text goes here; credit: Credit Name Goes Here).

        title: The Main Timeline Headline Goes here
        description: Intro body text goes here, some HTML is ok
        groups:
          - id: this-is-optional
            title: This is Optional
        eras:
          - id: headline-goes-here-2011-12-10
            title: Headline Goes Here
            start: 2011-12-10
            end: 2011-12-11
            annotation: Body text goes here, some HTML is OK
        events:
          # Not imported from slide 1: classname "optionaluniqueclassnamecanbeaddedhere", media http://twitter.com/ArjunaSoriano/status/164181156147900416 (Caption text goes here; credit: Credit Name Goes Here).
          - id: headline-goes-here-2011-12-10
            title: Headline Goes Here
            start: 2011-12-10T07:02:10
            end: 2011-12-11T08:11
            group: this-is-optional
            summary: Body text goes here, some HTML is OK
        "
      `);
    });

    it('reads the dates TimelineJS 2 read', () => {
      expect(
        ['2011,12,10,07,02,10', '2011,12,11,08,11', '2012,1,26', '1963', -500, '12/10/2011', '12/10/2011 14:30', '2011-12-10T07:02', 'now', ''].map(
          timeline2Date,
        ),
      ).toEqual([
        { year: 2011, month: 12, day: 10, hour: 7, minute: 2, second: 10 },
        { year: 2011, month: 12, day: 11, hour: 8, minute: 11 },
        { year: 2012, month: 1, day: 26 },
        { year: 1963 },
        { year: -500 },
        { year: 2011, month: 12, day: 10 },
        { year: 2011, month: 12, day: 10, hour: 14, minute: 30 },
        { year: 2011, month: 12, day: 10, hour: 7, minute: 2 },
        undefined,
        undefined,
      ]);
    });
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
      dateFromTimelineJS({ year: '-13800000000', month: '' }),
      dateFromTimelineJS({ year: 1e13 }),
      dateFromTimelineJS({ year: 'soon' }),
    ]).toEqual(['2018-03-25', 2018, '-0500-01', '1815-12-10T09:05:07', 'Y271821', 'Y-13800000000', undefined, undefined]);
    expect([parseTime('2:22 AM'), parseTime('12:00 am'), parseTime('14:30:05'), parseTime('noon')]).toEqual([
      { hour: 2, minute: 22 },
      { hour: 0, minute: 0 },
      { hour: 14, minute: 30, second: 5 },
      undefined,
    ]);
  });
});
