/**
 * The benchmark's generated timelines load through the project's own loader
 * with no problem and no warning, at every size, and the same seed gives the
 * same bytes. Not part of `npm run test:unit` (the 100,000-event file takes a
 * while); run it when the generator or the format changes:
 *
 *     npx vitest run --config /dev/null scripts/bench/generate.check.test.ts
 */
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { generateTimeline } from './generate.mjs';

describe('generateTimeline', () => {
  it.each([3, 1000, 10_000, 100_000])('writes %i events that load with no problem', { timeout: 300_000 }, (events) => {
    const result = loadTimeline(generateTimeline({ events, seed: 1 }), `bench-${events}.yaml`);
    expect([...result.problems, ...result.warnings].map(formatProblem)).toEqual([]);
    const timeline = result.timeline;
    expect(timeline?.events).toHaveLength(events);
    expect(timeline?.groups).toHaveLength(6);
    expect(timeline?.eras).toHaveLength(5);
    expect(timeline?.markers).toHaveLength(5);
    expect(timeline?.sources).toHaveLength(Math.max(1, Math.round(events / 50)));
    expect(timeline?.eras.filter((e) => e.when.ongoing)).toHaveLength(1);
  });

  it('gives the same bytes for the same seed, and others for another', () => {
    const a = generateTimeline({ events: 1000, seed: 7 });
    expect(generateTimeline({ events: 1000, seed: 7 })).toBe(a);
    expect(generateTimeline({ events: 1000, seed: 8 })).not.toBe(a);
  });
});
