/**
 * The bench's verdicts (scripts/bench/targets.mjs) read its results as the
 * speed issues mean them: phone figures from a size's median loads, the
 * build curve's 100,000-event point and its steady cost per 10,000 events,
 * and Lighthouse per page. The browsers and builds themselves are not run here.
 */
import { describe, expect, it } from 'vitest';
import { marginalCosts } from '../../scripts/bench/curve.mjs';
import { generateTimeline } from '../../scripts/bench/generate.mjs';
import { evaluateTargets } from '../../scripts/bench/targets.mjs';

type Verdict = { id: string; status: string; value?: number; note?: string };
const build = (wallS: number, peakRssMb = 900) => ({ ok: true, wallS, peakRssMb });
const verdict = (targets: Verdict[], id: string) => {
  const found = targets.find((t) => t.id === id);
  return found && { status: found.status, value: found.value, note: found.note };
};

describe('phone targets', () => {
  const size = (events: number, phone?: object) => ({
    events,
    build: build(5),
    bytes: { css: { gzip: 0 }, js: { gzip: 0 } },
    ours: { status: 'ready' },
    ...(phone && { phone }),
  });

  it('read the median load of each size, and fail a size that was not measured or never became ready', () => {
    const targets = evaluateTargets(
      [
        size(3, { ours: { status: 'ready', fcpMs: 400, readyNavMs: 1900 } }),
        size(10_000, { ours: { status: 'not ready', error: 'not ready within 60 s' } }),
        size(100_000),
      ],
      undefined,
      undefined,
    );
    expect(verdict(targets, 'phone-3-ready')).toEqual({ status: 'PASS', value: 1900, note: undefined });
    expect(verdict(targets, 'phone-10k-ready')).toEqual({ status: 'FAIL', value: undefined, note: 'not ready: not ready within 60 s' });
    expect(verdict(targets, 'phone-100k-ready')).toEqual({ status: 'FAIL', value: undefined, note: 'not measured (--phone-runs 0)' });
    // First paint is judged on every size: one without a figure fails it.
    expect(verdict(targets, 'phone-fcp')?.status).toBe('FAIL');
  });
});

describe('the build curve', () => {
  const point = (events: number, wallS: number, peakRssMb = 1200) => ({ events, years: 77, periods: 900, build: build(wallS, peakRssMb) });

  it('costs each step between neighbouring sizes per 10,000 events', () => {
    expect(marginalCosts([point(30_000, 14), point(10_000, 8), point(100_000, 35)])).toEqual([
      { from: 10_000, to: 30_000, sPer10k: 3 },
      { from: 30_000, to: 100_000, sPer10k: 3 },
    ]);
  });

  it('passes a linear curve and fails one whose steps grow dearer', () => {
    const linear = [point(10_000, 8), point(30_000, 14), point(100_000, 35), point(300_000, 95)];
    const curve = (points: ReturnType<typeof point>[]) => ({ years: 77, points, marginal: marginalCosts(points) as unknown });
    const ok = evaluateTargets([], undefined, curve(linear));
    expect(verdict(ok, 'curve-linear')).toEqual({ status: 'PASS', value: 1, note: 's per 10k more: 3, 3, 3' });
    expect(verdict(ok, 'curve-100k-build-time')).toEqual({ status: 'PASS', value: 35, note: '900 periods' });
    const steep = [point(10_000, 8), point(30_000, 14), point(100_000, 50, 2500), point(300_000, 200)];
    const bad = evaluateTargets([], undefined, curve(steep));
    expect(verdict(bad, 'curve-linear')?.status).toBe('FAIL');
    expect(verdict(bad, 'curve-100k-build-time')?.status).toBe('FAIL');
    expect(verdict(bad, 'curve-100k-build-memory')).toEqual({ status: 'FAIL', value: 2500, note: '900 periods' });
  });
});

describe('Lighthouse', () => {
  it('judges each audited page on its median performance and on every run of the rest', () => {
    const run = (performance: number, accessibility = 100) => ({ performance, accessibility, bestPractices: 100, seo: 100 });
    const targets = evaluateTargets(
      [],
      [
        {
          status: 'ok',
          page: '/north-korea/',
          median: { performance: 96, accessibility: 100, bestPractices: 100, seo: 100 },
          runs: [run(94), run(96), run(99)],
        },
        {
          status: 'ok',
          page: '/bench-10000/',
          median: { performance: 97, accessibility: 100, bestPractices: 100, seo: 100 },
          runs: [run(97), run(97, 96), run(98)],
        },
      ],
      undefined,
    );
    expect(verdict(targets, 'lighthouse-performance/north-korea/')).toEqual({ status: 'PASS', value: 96, note: '3 runs: 94, 96, 99' });
    expect(verdict(targets, 'lighthouse-accessibility/bench-10000/')).toEqual({ status: 'FAIL', value: 96, note: '3 runs: 100, 96, 100' });
  });
});

describe('the generator', () => {
  it('spreads the events over the years asked for, ending in 2024', () => {
    const years = (yaml: string) => [...yaml.matchAll(/^ {4}(?:date|start): (\d{4})/gm)].map((m) => Number(m[1]));
    const wide = years(generateTimeline({ events: 2000, seed: 1, years: 77 }));
    expect(Math.min(...wide)).toBe(1948);
    expect(Math.max(...wide)).toBe(2024);
    expect(Math.min(...years(generateTimeline({ events: 2000, seed: 1 })))).toBe(1995);
  });
});
