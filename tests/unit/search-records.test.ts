import { describe, expect, it } from 'vitest';
import { createDateFormatter } from '../../src/lib/format-date.ts';
import { loadTimeline } from '../../src/lib/load.ts';
import type { TimelineEvent } from '../../src/lib/model.ts';
import { searchRecords, searchText } from '../../src/lib/search-records.ts';
import { planTimeline } from '../../src/lib/timeline-plan.ts';

const YAML = `
title: Search
locale: ko
groups:
  - { id: party, title: Party }
events:
  - id: later
    title: Later, in 2024
    date: 2024-03
    tags: [kcna]
    group: party
  - id: plenum
    title: The *plenum*
    date: 2023-12-26/2023-12-30
    group: party
    place: Pyongyang
    summary: Kim sets "militant tasks" ([report](https://example.org/)).
    annotations:
      - { kind: quote, text: "He set forth **tasks**", attribution: KCNA }
`;

function timeline() {
  const { timeline, problems } = loadTimeline(YAML, 'search.yaml');
  expect(problems).toEqual([]);
  if (!timeline) throw new Error('no timeline');
  return timeline;
}

describe('searchRecords', () => {
  it('gives every event one record, in time order, with what the one-page search reads', () => {
    const t = timeline();
    // As a large timeline would be split: by year.
    const plan = planTimeline(t, 1);
    const records = searchRecords(t, plan.periods, createDateFormatter(t.locale));
    expect(records.map((r) => r.url)).toEqual(['2023/#plenum', '2024/#later']);
    const [plenum, later] = records;
    expect(plenum?.content).toBe(searchText(t.events[0] as TimelineEvent));
    expect(plenum?.content).toMatchInlineSnapshot(`
      "The *plenum*
      Kim sets "militant tasks" (report).
      He set forth tasks
      KCNA
      Pyongyang"
    `);
    expect(plenum).toMatchObject({ language: 'ko', filters: { group: ['party'] }, sort: { order: '0' } });
    expect(later).toMatchObject({ filters: { group: ['party'], tag: ['kcna'] }, sort: { order: '1' } });
    expect(plenum?.meta).toMatchObject({ id: 'plenum', title: 'The *plenum*', period: '2023', date: '2023년 12월 26일–30일' });
    // The timeline item rides along, so a result is drawn without its period's file.
    expect(JSON.parse(plenum?.meta.item ?? '')).toMatchObject({ id: 'plenum', content: 'The *plenum*', group: 'party', type: 'range' });
  });
});
