// The build curve: timelines spread over many years (77 by default, about
// 1,300 events a year at 100,000: month periods), built once each, to show
// that build time and memory grow in step with events and with periods. The
// page is not opened: `npm run bench`'s sizes measure it.
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
 * @param {{ sizes: number[], years: number, seed: number, runDir: string, buildTimeoutMs: number, log: (m: string) => void }} options
 */
export async function benchCurve({ sizes, years, seed, runDir, buildTimeoutMs, log }) {
  const points = [];
  for (const events of sizes) {
    const slug = `curve-${events}`;
    const dataDir = path.join(runDir, `curve-data-${events}`);
    const outDir = path.join(runDir, `curve-out-${events}`);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, `${slug}.yaml`), generateTimeline({ events, seed, years }));
    log(`curve: ${events} events over ${years} years: building`);
    const build = await runBuild({ dataDir, outDir, logFile: path.join(runDir, `curve-build-${events}.log`), timeoutMs: buildTimeoutMs });
    points.push({ events, years, periods: build.ok ? countPeriods(outDir, slug) : null, build });
    log(`curve: ${events} events: ${build.ok ? `${build.wallS} s, peak ${build.peakRssMb} MB` : 'FAILED'}`);
    // A 300,000-event site is gigabytes: gone once counted.
    for (const dir of [dataDir, outDir]) rmSync(dir, { recursive: true, force: true });
  }
  return { years, seed, points, marginal: marginalCosts(points) };
}

/** Seconds per 10,000 more events between neighbouring sizes: steady when the build grows linearly. */
export function marginalCosts(points) {
  const built = points.filter((p) => p.build.ok).sort((a, b) => a.events - b.events);
  return built.slice(1).map((p, i) => {
    const q = built[i];
    return { from: q.events, to: p.events, sPer10k: Math.round(((p.build.wallS - q.build.wallS) / (p.events - q.events)) * 10_000 * 100) / 100 };
  });
}
