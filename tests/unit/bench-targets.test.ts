/**
 * The bench's verdicts (scripts/bench/targets.mjs) read its results as the
 * speed issues mean them: phone figures from a size's median loads, the
 * build curve's 100,000-event point and its fit to events and periods,
 * and Lighthouse per page. The browsers and builds themselves are not run here.
 */
import { describe, expect, it } from 'vitest';
import { fitCurve, parseCurve } from '../../scripts/bench/curve.mjs';
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
  const point = (events: number, periods: number, wallS: number, peakRssMb = 1200, years = 77) => ({ events, years, periods, build: build(wallS, peakRssMb) });
  // 5 s to start, 3 s per 10,000 events, 0.5 s per 100 periods.
  const linear = (events: number, periods: number, years = 77) => point(events, periods, 5 + (3 * events) / 10_000 + (0.5 * periods) / 100, 1200, years);
  const curve = (points: ReturnType<typeof point>[]) => ({ years: 77, points, fit: fitCurve(points) as unknown });

  it('reads sizes, each with its own years after @', () => {
    expect(parseCurve('10000, 100000@200', 77)).toEqual([
      { events: 10_000, years: 77 },
      { events: 100_000, years: 200 },
    ]);
    expect(parseCurve('', 77)).toEqual([]);
    expect(() => parseCurve('10000@x', 77)).toThrow(/@years/);
  });

  it('fits build time to events and periods, each point with how far it is from the fit', () => {
    const fit = fitCurve([linear(10_000, 77), linear(30_000, 77), linear(100_000, 924), linear(100_000, 200, 200), linear(180_000, 924)]);
    expect(fit).toMatchObject({ a: 5, bPer10k: 3, cPer100: 0.5 });
    expect(fit?.points.map((p) => p.error)).toEqual([0, 0, 0, 0, 0]);
  });

  it('cannot tell periods from events when periods only grow with them', () => {
    expect(fitCurve([point(10_000, 10, 8), point(20_000, 20, 11), point(40_000, 40, 17), point(80_000, 80, 29)])).toBeUndefined();
    expect(fitCurve([linear(10_000, 77), linear(30_000, 77), linear(100_000, 924)])).toBeUndefined();
  });

  it('passes a linear curve, months and all, and fails one whose points stray from the fit', () => {
    // The step from 30,000 to 100,000 events adds 847 periods: dearer per event, and still linear.
    const ok = evaluateTargets(
      [],
      undefined,
      curve([linear(10_000, 77), linear(30_000, 77), linear(100_000, 924), linear(100_000, 200, 200), linear(180_000, 924)]),
    );
    expect(verdict(ok, 'curve-linear')).toEqual({
      status: 'PASS',
      value: 0,
      note: '3 s per 10k events, 0.5 s per 100 periods, 5 s to start; farthest: 10000 events, 77 periods, 8.385 s for 8.4 s',
    });
    expect(verdict(ok, 'curve-100k-build-time')).toEqual({ status: 'PASS', value: 39.62, note: '924 periods' });
    // Quadratic in events: the largest and smallest builds sit far from any line.
    const steep = [10_000, 30_000, 60_000, 100_000, 180_000].map((events, i) =>
      point(events, [77, 77, 300, 924, 924][i] ?? 0, 5 + (events / 10_000) ** 2 / 2, i === 3 ? 2500 : 1200),
    );
    const bad = evaluateTargets([], undefined, curve(steep));
    expect(verdict(bad, 'curve-linear')?.status).toBe('FAIL');
    expect(verdict(bad, 'curve-100k-build-memory')).toEqual({ status: 'FAIL', value: 2500, note: '924 periods' });
    const failed = curve([linear(10_000, 77), { ...linear(30_000, 77), build: { ok: false, wallS: 1, peakRssMb: 100 } }]);
    expect(verdict(evaluateTargets([], undefined, failed), 'curve-linear')).toMatchObject({ status: 'FAIL', note: 'a build failed' });
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
