import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTimelineWithEvents } from '../../scripts/bench/generate.mjs';
import { createDateFormatter } from '../../src/lib/dates/format-date.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';
import type { Timeline } from '../../src/lib/model/model.ts';
import { planTimeline } from '../../src/lib/model/timeline-plan.ts';
import { toVis, toVisJson, visOverview, type PageVisData, type VisData, type VisItem, type VisOverview } from '../../src/lib/vis/to-vis.ts';

/** Every item a page carries: eras and the events of its embedded periods. */
const itemsOf = (v: VisData): VisItem[] => [...v.eras, ...Object.values(v.chunks).flat()];

function timelineOf(yaml: string): Timeline {
  const r = loadTimeline(yaml, 'inline.yaml');
  if (!r.timeline) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.timeline;
}

const every = timelineOf(readFileSync(new URL('../fixtures/valid/every-feature.yaml', import.meta.url), 'utf8'));
const vis = toVis(every, createDateFormatter(every.locale));
const item = (id: string): VisItem => {
  const found = itemsOf(vis).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const iso = (ms: number | null | undefined): string | null | undefined => (typeof ms === 'number' ? new Date(ms).toISOString() : ms);

describe('toVis', () => {
  it('draws an inclusive span to the end of its last day', () => {
    const plenum = item('plenum-2023-12');
    expect(plenum).toMatchObject({ type: 'range', group: 'party', content: '9th Enlarged Plenary Meeting of the 8th WPK Central Committee' });
    expect(iso(plenum.start)).toBe('2023-12-26T00:00:00.000Z');
    expect(iso(plenum.end)).toBe('2023-12-31T00:00:00.000Z');
    expect(plenum.dateText).toBe('26–30 December 2023');
    expect(plenum.className.split(' ')).toEqual(['tl-item', 'tl-g-0', 'tl-importance-high']);
  });

  it('puts a single day at its midday, inside its day on the axis', () => {
    const yaml = 'title: T\nevents:\n  - id: d\n    title: D\n    date: 2023-12-26\n';
    const [day] = itemsOf(toVis(timelineOf(yaml), createDateFormatter('en-GB')));
    expect(day).toMatchObject({ type: 'point' });
    expect(iso(day?.start)).toBe('2023-12-26T12:00:00.000Z');
    expect(day?.end).toBeUndefined();
  });

  it('draws a single month or year as the range it covers, marked imprecise', () => {
    const yaml = 'title: T\nevents:\n  - id: m\n    title: M\n    date: 2023-12~\n  - id: y\n    title: Y\n    date: 2023\n';
    const items = itemsOf(toVis(timelineOf(yaml), createDateFormatter('en-GB')));
    const month = items.find((i) => i.id === 'm');
    const year = items.find((i) => i.id === 'y');
    expect(month).toMatchObject({ type: 'range', dateText: 'c. December 2023' });
    expect([iso(month?.start), iso(month?.end)]).toEqual(['2023-12-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
    expect(month?.className).toContain('tl-imprecise');
    expect(month?.className).toContain('tl-uncertain');
    expect([iso(year?.start), iso(year?.end)]).toEqual(['2023-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
  });

  it("places a time of day in the event's zone on the timeline zone's axis", () => {
    const yaml = [
      'title: T',
      'timezone: Asia/Pyongyang',
      'events:',
      '  - id: khasan',
      '    title: Khasan',
      '    date: 2023-09-12T06:00',
      '    timezone: Asia/Vladivostok',
    ].join('\n');
    const [khasan] = itemsOf(toVis(timelineOf(yaml), createDateFormatter('en-GB')));
    // 06:00 in Vladivostok is 05:00 in Pyongyang, the axis's zone.
    expect(iso(khasan?.start)).toBe('2023-09-12T05:00:00.000Z');
    expect(khasan).toMatchObject({ type: 'point', dateText: '12 September 2023, 06:00 GMT+10' });
  });

  it('leaves an ongoing span open for the page to end at "now"', () => {
    const era = item('era:plenum-reports');
    expect(era).toMatchObject({ type: 'background', end: null, content: 'Year-end plenum reports', dateText: '28 December 2019 – present' });
  });

  it('turns eras into background bands whose overlapping labels take different rows', () => {
    const eras = vis.eras;
    expect(eras.map((e) => [e.id, e.className])).toEqual([
      ['era:new-year-addresses', 'tl-era tl-era-0 tl-era-row-0'],
      ['era:overlapping', 'tl-era tl-era-1 tl-era-row-1'],
      ['era:plenum-reports', 'tl-era tl-era-2 tl-era-row-2'],
    ]);
    expect(eras.every((e) => e.group === undefined)).toBe(true);
  });

  it('keeps lanes in the order written, and ids of eras and markers apart from event ids', () => {
    expect(vis.groups).toEqual([
      { id: 'party', content: 'Party meetings', className: 'tl-g-0', order: 0 },
      { id: 'diplomacy', content: 'Diplomacy', className: 'tl-g-1', order: 1 },
      { id: 'history', content: 'History', className: 'tl-g-2', order: 2 },
    ]);
    expect(vis.markers.map((m) => [m.id, iso(m.time), m.title])).toEqual([
      ['marker:0', '2023-12-28T00:00:00.000Z', 'KCNA reports the "war preparations" speech'],
      ['marker:treaty', '2024-06-19T00:00:00.000Z', 'Treaty with Russia'],
    ]);
    const eventIds = itemsOf(vis)
      .filter((i) => i.type !== 'background')
      .map((i) => i.id);
    expect(eventIds.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('keeps text as text: no markup is added or interpreted', () => {
    const yaml = 'title: T\nevents:\n  - id: x\n    title: <img src=x onerror=alert(1)>\n    date: 2023\n';
    const [x] = itemsOf(toVis(timelineOf(yaml), createDateFormatter('en')));
    expect(x?.content).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives the author window, the extent and zoom bounds with a margin', () => {
    expect([iso(vis.window?.start), iso(vis.window?.end)]).toEqual(['2019-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    expect(vis.bounds.min).toBeLessThan(vis.extent.min);
    expect(vis.bounds.max).toBeGreaterThan(vis.extent.max);
  });

  it('emits plain JSON only', () => {
    expect(JSON.parse(JSON.stringify(vis))).toEqual(vis);
  });

  it('writes dates with the formatter it is given, not one it met before for the same timeline', () => {
    const ko = createDateFormatter('ko');
    const dates = (v: VisData): (string | undefined)[] => [...itemsOf(v), ...v.highlights].map((i) => i.dateText);
    const korean = dates(toVis(every, ko));
    expect(korean.length).toBe(dates(vis).length);
    expect(korean.filter((text) => !text?.includes('년'))).toEqual([]);
    expect(JSON.parse(toVisJson(every, ko)) as PageVisData).toEqual(JSON.parse(JSON.stringify(toVis(every, ko))));
    // And the first formatter still gets its own.
    expect(toVis(every, createDateFormatter(every.locale))).toEqual(vis);
  });
});

describe('planTimeline', () => {
  it('plans with the threshold it is given, not the one it planned with before', () => {
    expect(planTimeline(every).large).toBe(false);
    expect(planTimeline(every, 2).large).toBe(true);
    expect(planTimeline(every, 2).periods.length).toBeGreaterThan(1);
    expect(planTimeline(every).large).toBe(false);
  });
});

describe('toVisJson', () => {
  const large = timelineOf(generateTimelineWithEvents({ events: 2500, seed: 5 }).yaml);
  const [firstPeriod, , , laterPeriod] = planTimeline(large).periods.map((p) => p.key);
  const hostile = timelineOf('title: T\nevents:\n  - id: x\n    title: </script><script>alert(1)</script>\n    date: 2023\n');
  const cases = [
    { name: 'a small timeline', timeline: every, options: {} },
    { name: 'a small timeline, another window', timeline: every, options: { window: { start: 0, end: 86_400_000 } } },
    { name: 'a large timeline, its main page', timeline: large, options: { embed: [firstPeriod ?? ''] } },
    { name: 'a large timeline, a period page', timeline: large, options: { embed: [laterPeriod ?? ''], base: '../', window: { start: 1, end: 2 } } },
    { name: 'text that would close the script element', timeline: hostile, options: {} },
  ];
  for (const { name, timeline, options } of cases) {
    it(`with the overview, is toVis as JSON, with no "<" anywhere: ${name}`, () => {
      const format = createDateFormatter(timeline.locale);
      const json = toVisJson(timeline, format, options);
      expect(json).not.toContain('<');
      const carried = JSON.parse(json) as PageVisData;
      // A large timeline's pages leave the overview to its own file; a small one's carry it.
      expect('periods' in carried).toBe(!planTimeline(timeline).large);
      const whole = { ...carried, ...(JSON.parse(JSON.stringify(visOverview(timeline, format))) as VisOverview) };
      expect(whole).toEqual(JSON.parse(JSON.stringify(toVis(timeline, format, options))));
    });
  }

  it('serialises what the pages share once per timeline', () => {
    const format = createDateFormatter(large.locale);
    const first = toVisJson(large, format, { embed: [firstPeriod ?? ''] });
    const second = toVisJson(large, format, { embed: [laterPeriod ?? ''], base: '../' });
    expect(Object.values((JSON.parse(second) as VisData).chunks).flat().length).toBeGreaterThan(0);
    const shared = first.slice(0, first.indexOf('"chunks"'));
    expect(shared.length).toBeGreaterThan(200);
    expect(second.startsWith(shared)).toBe(true);
  });
});
