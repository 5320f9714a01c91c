// The build curve: timelines spread over many years (77 by default, about
// 1,300 events a year at 100,000: month periods), built once each, to show
// that build time and memory grow in step with events and with periods. A
// point may take its own years (`100000@200`: 500 events a year, so year
// periods), so that periods vary apart from events. The page is not opened:
// `npm run bench`'s sizes measure it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from './build.mjs';
import { generateTimeline } from './generate.mjs';

/** Published periods: a large timeline's /<slug>/<period>/ folders (years, or months as 1948-01). */
function countPeriods(outDir, slug) {
  try {
    return readdirSync(path.join(outDir, slug)).filter((name) => /^-?\d{4,}(-\d{2})?$/.test(name)).length;
  } catch {
    return 0;
  }
}

/**
 * `--curve`'s text: sizes, each with `@years` when it has its own span.
 * @example parseCurve('10000,100000@200', 77) // [{ events: 10000, years: 77 }, { events: 100000, years: 200 }]
 * @param {string} text
 * @param {number} years
 * @returns {Array<{ events: number, years: number }>}
 */
export function parseCurve(text, years) {
  if (text.trim() === '') return [];
  return text.split(',').map((s) => {
    const [events, own = String(years)] = s.trim().split('@');
    const point = { events: Number(events), years: Number(own) };
    if (!Number.isInteger(point.events) || point.events < 1 || !Number.isInteger(point.years) || point.years < 1)
      throw new Error(`--curve takes whole numbers, each with @years if it has its own, e.g. 10000,100000@200, or '': not ${text}`);
    return point;
  });
}

/**
 * @param {{ points: Array<{ events: number, years: number }>, years: number, seed: number, runDir: string, buildTimeoutMs: number, log: (m: string) => void }} options
 */
export async function benchCurve({ points: plan, years, seed, runDir, buildTimeoutMs, log }) {
  const points = [];
  for (const { events, years: span } of plan) {
    const name = `${events}-${span}y`;
    const slug = `curve-${events}`;
    const dataDir = path.join(runDir, `curve-data-${name}`);
    const outDir = path.join(runDir, `curve-out-${name}`);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, `${slug}.yaml`), generateTimeline({ events, seed, years: span }));
    log(`curve: ${events} events over ${span} years: building`);
    const build = await runBuild({ dataDir, outDir, logFile: path.join(runDir, `curve-build-${name}.log`), timeoutMs: buildTimeoutMs });
    points.push({ events, years: span, periods: build.ok ? countPeriods(outDir, slug) : null, build });
    log(`curve: ${events} events over ${span} years: ${build.ok ? `${build.wallS} s, peak ${build.peakRssMb} MB` : 'FAILED'}`);
    // A 180,000-event site is gigabytes: gone once counted.
    for (const dir of [dataDir, outDir]) rmSync(dir, { recursive: true, force: true });
  }
  return { years, seed, points, fit: fitCurve(points) };
}

/** Solves the 3 × 3 system m · x = v (Gaussian elimination), or undefined when it has no single answer. */
function solve3(m, v) {
  const a = m.map((row, i) => [...row, v[i]]);
  for (let col = 0; col < 3; col++) {
    const pivot = a.slice(col).reduce((best, row, i) => (Math.abs(row[col]) > Math.abs(a[best][col]) ? col + i : best), col);
    if (Math.abs(a[pivot][col]) < 1e-9 * Math.max(1, ...a.map((row) => Math.abs(row[col])))) return undefined;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let c = col; c < 4; c++) a[r][c] -= f * a[col][c];
    }
  }
  return a.map((row, i) => row[3] / row[i]);
}

/**
 * Build time as a + b · events + c · periods, least squares over the points
 * that built: linear when every point lies near the fit. `b` is given per
 * 10,000 events and `c` per 100 periods; each point's `error` is how far
 * its build time is from the fit, as a share of the fit (0.05: 5 % slower).
 * Undefined when the points cannot tell events from periods (fewer than
 * four, or periods that only ever grow with events).
 * @param {Array<{ events: number, periods: number | null, build: { ok: boolean, wallS: number } }>} points
 * @returns {{ a: number, bPer10k: number, cPer100: number, points: Array<{ events: number, periods: number, wallS: number, fitS: number, error: number }> } | undefined}
 */
export function fitCurve(points) {
  const built = points.filter((p) => p.build.ok && typeof p.periods === 'number');
  if (built.length < 4) return undefined;
  // In units of 10,000 events and 100 periods, so the system is well scaled.
  const rows = built.map((p) => [1, p.events / 10_000, p.periods / 100]);
  const m = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rows.reduce((s, r) => s + r[i] * r[j], 0)));
  const v = [0, 1, 2].map((i) => rows.reduce((s, r, k) => s + r[i] * built[k].build.wallS, 0));
  const x = solve3(m, v);
  if (!x) return undefined;
  const [a, bPer10k, cPer100] = x;
  // + 0: no -0 in the results.
  const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d + 0;
  return {
    a: round(a),
    bPer10k: round(bPer10k),
    cPer100: round(cPer100),
    points: built.map((p, i) => {
      const fitted = a + bPer10k * rows[i][1] + cPer100 * rows[i][2];
      return { events: p.events, periods: p.periods, wallS: p.build.wallS, fitS: round(fitted, 1), error: round(p.build.wallS / fitted - 1, 3) };
    }),
  };
}
