import { describe, expect, it } from 'vitest';
import { floatingTime } from '../../src/lib/dates/dates.ts';
import { levelOfDetail, type LodState } from '../../src/lib/vis/level-of-detail.ts';
import type { Importance, TimelineEvent } from '../../src/lib/model/model.ts';
import { planPeriods, summarize } from '../../src/lib/model/periods.ts';
import { stableFraction, stableSample } from '../../src/lib/model/stable-sample.ts';
import type { VisItem } from '../../src/lib/vis/to-vis.ts';

const DAY = 86_400_000;

/** `n` one-day events from 2000 on, every `step` days; every 20th is high, every 4th low. */
function events(n: number, step = 1): TimelineEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const start = floatingTime(2000) + i * step * DAY;
    const importance: Importance = i % 20 === 0 ? 'high' : i % 4 === 0 ? 'low' : 'normal';
    return {
      id: `e${i}`,
      title: `Event ${i}`,
      when: { start: { text: '', precision: 'day', year: 2000, approximate: false, uncertain: false } },
      zone: 'UTC',
      group: i % 2 ? 'a' : 'b',
      tags: [],
      importance,
      annotations: [],
      links: [],
      sources: [],
      axis: { start, end: start + DAY },
    };
  });
}

function item(e: TimelineEvent): VisItem {
  return {
    id: e.id,
    content: e.title,
    start: e.axis.start,
    end: e.axis.end,
    type: 'point',
    className: '',
    ...(e.group && { group: e.group }),
    ...(e.importance !== 'normal' && { importance: e.importance }),
  };
}

function stateOf(all: TimelineEvent[], loaded: 'all' | 'none', max = 1000): LodState {
  const periods = planPeriods(all, max);
  return {
    periods: periods.map((p) => summarize(p, all)),
    loaded: new Map(loaded === 'all' ? periods.map((p) => [p.key, all.slice(p.first, p.last).map(item)]) : []),
    highlights: all.filter((e) => e.importance === 'high').map(item),
    highlightsComplete: true,
  };
}

describe('planPeriods', () => {
  it('makes a period of each year, and of each month of a busy year', () => {
    const all = [
      ...events(300, 1),
      ...events(3000, 0.1).map((e, i) => ({ ...e, id: `busy${i}`, axis: { start: floatingTime(2005) + i * 0.1 * DAY, end: null } })),
    ];
    const periods = planPeriods(all, 1000);
    expect(periods.map((p) => p.key)).toEqual([
      '2000',
      '2005-01',
      '2005-02',
      '2005-03',
      '2005-04',
      '2005-05',
      '2005-06',
      '2005-07',
      '2005-08',
      '2005-09',
      '2005-10',
    ]);
    // Every event in exactly one period, in order.
    expect(periods.reduce((n, p) => n + p.last - p.first, 0)).toBe(all.length);
    expect(periods.every((p, i) => i === 0 || p.first === periods[i - 1]?.last)).toBe(true);
  });

  it('names BCE years as their URL segment', () => {
    const [e] = events(1);
    const bce = { ...(e as TimelineEvent), axis: { start: floatingTime(-500, 3), end: floatingTime(-500, 4) } };
    expect(planPeriods([bce]).map((p) => p.key)).toEqual(['-0500']);
  });

  it('summarises counts by importance and lane, and how far its spans reach', () => {
    const all = events(40);
    const [summary] = planPeriods(all).map((p) => summarize(p, all));
    expect(summary).toMatchObject({ count: 40, byImportance: { high: 2, low: 8, normal: 30 }, byGroup: { a: 20, b: 20 } });
  });
});

describe('levelOfDetail', () => {
  it('draws every event of a window that fits the budget, with no density', () => {
    const all = events(100);
    const r = levelOfDetail(stateOf(all, 'all'), { start: floatingTime(2000), end: floatingTime(2000, 4), budget: 400 });
    expect(r.threshold).toBe('low');
    expect(r.items).toHaveLength(100);
    expect(r.density).toEqual([]);
    expect(r.fetch).toEqual([]);
  });

  it('only draws events in the window and half a window either side', () => {
    const all = events(1000);
    const start = floatingTime(2001);
    const r = levelOfDetail(stateOf(all, 'all', 5000), { start, end: start + 10 * DAY, budget: 400 });
    expect(r.items.map((i) => i.id)).toEqual(Array.from({ length: 20 }, (_, i) => `e${366 - 5 + i}`));
  });

  it('raises the importance threshold to stay within the budget, and counts the rest as density', () => {
    const all = events(2000);
    const r = levelOfDetail(stateOf(all, 'all', 5000), { start: floatingTime(2000), end: floatingTime(2006), budget: 200 });
    expect(r.threshold).toBe('high');
    expect(r.items.every((i) => i.importance === 'high')).toBe(true);
    expect(r.items).toHaveLength(100);
    const hidden = r.density.reduce((n, d) => n + d.hidden, 0);
    expect(hidden).toBe(2000 - 100);
    const byLane = new Set(r.density.map((d) => d.group));
    expect(byLane).toEqual(new Set(['a', 'b']));
  });

  it('asks for the periods it needs, and meanwhile draws the highlights and density', () => {
    const all = events(3000);
    const state = stateOf(all, 'none', 400);
    const start = floatingTime(2003);
    const r = levelOfDetail(state, { start, end: start + 30 * DAY, budget: 400 });
    expect(r.threshold).toBe('low');
    expect(r.fetch).toEqual(['2002', '2003']);
    expect(r.items.every((i) => i.importance === 'high')).toBe(true);
    expect(r.density.length).toBeGreaterThan(0);
  });

  it('samples the same events as the window moves, and always keeps the selected one', () => {
    const all = events(5000).map((e) => ({ ...e, importance: 'high' as const }));
    const state = stateOf(all, 'all', 100_000);
    const view = { start: floatingTime(2000), end: floatingTime(2014), budget: 300 };
    const a = levelOfDetail(state, view);
    const b = levelOfDetail(state, { ...view, start: view.start + 30 * DAY, end: view.end + 30 * DAY });
    expect(a.items.length).toBeLessThanOrEqual(320);
    const inBoth = a.items.filter((i) => i.start > view.start + 60 * DAY && i.start < view.end - 60 * DAY);
    const idsB = new Set(b.items.map((i) => i.id));
    expect(inBoth.every((i) => idsB.has(i.id))).toBe(true);
    const unsampled = all.find((e) => stableFraction(e.id) > 0.9) as TimelineEvent;
    expect(levelOfDetail(state, { ...view, selected: unsampled.id }).items.some((i) => i.id === unsampled.id)).toBe(true);
  });

  it("draws a large timeline's search results, and only those, whether or not their periods are loaded", () => {
    const all = events(3000);
    const pinned = [all[10], all[1500], all[2990]].map((e) => item(e as TimelineEvent));
    const state = { ...stateOf(all, 'none', 400), pinned };
    const r = levelOfDetail(state, { start: floatingTime(2000), end: floatingTime(2010), budget: 400 });
    expect(r.items.map((i) => i.id)).toEqual(['e10', 'e1500', 'e2990']);
    expect(r).toMatchObject({ density: [], fetch: [] });
    // Still only the window and its margins.
    const narrow = levelOfDetail(state, { start: floatingTime(2004), end: floatingTime(2004, 3), budget: 400 });
    expect(narrow.items.map((i) => i.id)).toEqual(['e1500']);
    // The selected result is drawn wherever it is: the timeline is moving to it.
    const far = levelOfDetail(state, { start: floatingTime(2004), end: floatingTime(2004, 3), budget: 400, selected: 'e2990' });
    expect(far.items.map((i) => i.id)).toEqual(['e1500', 'e2990']);
    // An even sample past the budget, the selected one always.
    const many = { ...state, pinned: all.map(item) };
    const sampled = levelOfDetail(many, { start: floatingTime(2000), end: floatingTime(2010), budget: 100, selected: 'e2999' });
    expect(sampled.items.length).toBeLessThan(140);
    expect(sampled.items.map((i) => i.id)).toContain('e2999');
  });

  it('keeps a long span that started before the window', () => {
    const all = events(10, 400);
    const long = { ...(all[0] as TimelineEvent), id: 'long', axis: { start: floatingTime(2000), end: floatingTime(2011) } };
    const withLong = [long, ...all.slice(1)];
    const r = levelOfDetail(stateOf(withLong, 'all'), { start: floatingTime(2009), end: floatingTime(2009, 2), budget: 400 });
    expect(r.items.map((i) => i.id)).toContain('long');
  });
});

describe('stableFraction', () => {
  it('spreads ids evenly over [0, 1)', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => stableFraction(`event-${i}`));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const low = values.filter((v) => v < 0.1).length;
    expect(low).toBeGreaterThan(900);
    expect(low).toBeLessThan(1100);
  });
});

describe('stableSample', () => {
  it('keeps exactly n, in their order, the same every time', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `x${i}`, i }));
    const a = stableSample(items, 200);
    expect(a).toHaveLength(200);
    expect(a.map((x) => x.i)).toEqual([...a.map((x) => x.i)].sort((p, q) => p - q));
    expect(
      stableSample([...items].reverse(), 200)
        .map((x) => x.id)
        .sort(),
    ).toEqual(a.map((x) => x.id).sort());
    expect(stableSample(items.slice(0, 5), 200)).toHaveLength(5);
  });
});
