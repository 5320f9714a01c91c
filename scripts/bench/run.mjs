// npm run bench: for each size, a generated timeline is built as the project
// builds (time, memory), weighed (bytes, gzip) and opened in Chromium (ready,
// redraws, DOM, heap), beside a plain vis-timeline page with the same events
// as the baseline. Prints tables and PASS/FAIL per target of the "Scale and
// speed" issue, and writes bench/results/latest.json.
//
//   npm run bench -- --sizes 3,1000,1000:200 --seed 1 --build-timeout 1800 --keep
//
// A size `events:links` is a timeline with that many links between its events
// (the default's last case: 100,000 events with 20,000 links).
//
// Nothing here stops at the first failure: a build that fails or a page that
// never becomes ready is recorded, and the run goes on with the next size.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselinePage } from './baseline.mjs';
import { launchBrowser, measurePage, measurePhone, startServer } from './browser.mjs';
import { runBuild } from './build.mjs';
import { generateTimelineWithEvents } from './generate.mjs';
import { benchCurve, parseCurve } from './curve.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { fetchedBytes, measurePageBytes, sizeOf } from './page-bytes.mjs';
import { describeMachine, formatCurve, formatFailures, formatMachine, formatTables, formatTargets, writeResults } from './report.mjs';
import { evaluateTargets } from './targets.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '3,1000,10000,100000,100000:20000' },
    seed: { type: 'string', default: '1' },
    'build-timeout': { type: 'string', default: '1800' },
    'ready-timeout': { type: 'string', default: '60' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results/latest.json' },
    // Lighthouse runs on the sample page; 0 skips them.
    lighthouse: { type: 'string', default: '5' },
    // Builds of up to 10,000 events: the fastest of this many.
    'build-repeats': { type: 'string', default: '3' },
    // Page loads on the throttled phone, per size: the median is kept.
    'phone-runs': { type: 'string', default: '3' },
    // The build curve: timelines over --curve-years (or their own, after @), built once each; '' skips it. 180,000 events is the most one file holds (64 MB, the loader's limit).
    // 100,000 over 200 years has year periods (200) where over 77 it has months (924): periods apart from events.
    curve: { type: 'string', default: '10000,30000,100000,100000@200,180000' },
    'curve-years': { type: 'string', default: '77' },
  },
});
const sizes = args.sizes.split(',').map((s) => {
  const [events, links = '0'] = s.trim().split(':');
  return { events: Number(events), links: Number(links) };
});
const curvePoints = parseCurve(args.curve, Number(args['curve-years']));
if (sizes.some(({ events, links }) => !Number.isInteger(events) || events < 1 || !Number.isInteger(links) || links < 0)) {
  throw new Error(`--sizes takes whole numbers, each with :links if it has them, e.g. 3,1000,1000:200: not ${args.sizes}`);
}
const seed = Number(args.seed);
const limits = {
  buildTimeoutMs: Number(args['build-timeout']) * 1000,
  readyTimeoutMs: Number(args['ready-timeout']) * 1000,
  // Per zoom or pan step, and for the whole interaction: the baseline at 10,000 events takes seconds per step.
  stepTimeoutMs: 30_000,
  budgetMs: 300_000,
};

const runDir = path.resolve('bench/tmp', `run-${new Date().toISOString().replace(/[:.]/g, '-')}`);
mkdirSync(runDir, { recursive: true });
const startedAt = performance.now();
const log = (message) => console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

let chromium;
async function browser() {
  chromium ??= await launchBrowser();
  return chromium;
}

/** One page in Chromium; a browser left stuck by a page is replaced for the next. */
async function measure(origin, pagePath, extent) {
  const { browser: b } = await browser();
  const result = await measurePage(b, { url: `${origin}${pagePath}`, extent, ...limits });
  if (result.browserBroken) {
    log('the page was still busy: stopping the browser, a new one takes the next page');
    await chromium.kill();
    chromium = undefined;
  }
  return result;
}

/** The same page on the phone; a browser left stuck is replaced for the next. */
async function measureOnPhone(origin, pagePath, runs) {
  const { browser: b } = await browser();
  const result = await measurePhone(b, { url: `${origin}${pagePath}`, runs, readyTimeoutMs: limits.readyTimeoutMs });
  if (result.browserBroken) {
    log('the page was still busy: stopping the browser, a new one takes the next page');
    await chromium.kill();
    chromium = undefined;
  }
  return result;
}

const isData = (p) => !/\.(m?js|css)$/.test(p);

/**
 * What a reader fetches before the timeline is ready, less cacheable JS and
 * CSS: the HTML and any data files. Data fetched later, while zooming and
 * panning, is counted apart.
 */
function dataLoads(outDir, bytes, page) {
  const first = (page?.resourcesAtReady ?? []).filter(isData);
  const fetched = fetchedBytes(outDir, first);
  const later = fetchedBytes(
    outDir,
    (page?.resourcesAfterInteraction ?? []).filter((p) => isData(p) && !first.includes(p)),
  );
  return {
    firstLoad: { gzip: bytes.html.gzip + fetched.gzip, raw: bytes.html.raw + fetched.raw, htmlGzip: bytes.html.gzip, dataFiles: fetched.files },
    interactionData: later,
  };
}

const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? Math.round((a / b) * 100) / 100 : null);

function ratios(ours, base) {
  if (ours?.status !== 'ready' || base?.status !== 'ready') return null;
  return {
    readyNav: ratio(ours.readyNavMs, base.readyNavMs),
    ready: ratio(ours.readyMs, base.readyMs),
    p95Redraw: ratio(ours.interaction?.redraw.p95Ms, base.interaction?.redraw.p95Ms),
    maxItems: ratio(ours.maxItems, base.maxItems),
    heap: ratio(ours.heapMb, base.heapMb),
  };
}

async function benchSize({ events, links }) {
  const name = links > 0 ? `${events}-links-${links}` : String(events);
  const slug = `bench-${name}`;
  const label = links > 0 ? `${events} events, ${links} links` : `${events} events`;
  const dataDir = path.join(runDir, `data-${name}`);
  const outDir = path.join(runDir, `out-${name}`);
  mkdirSync(dataDir, { recursive: true });
  const t0 = performance.now();
  const generated = generateTimelineWithEvents({ events, seed, links });
  writeFileSync(path.join(dataDir, `${slug}.yaml`), generated.yaml);
  const result = { events, ...(links > 0 && { links }), yaml: { ...sizeOf(Buffer.from(generated.yaml)), generateMs: Math.round(performance.now() - t0) } };
  // A loop, not Math.min(...all): 100,000 arguments can overflow the stack.
  const extent = generated.events.reduce(
    ([min, max], e) => [Math.min(min, Date.parse(e.start)), Math.max(max, Date.parse(e.end ?? e.start) + 86_400_000)],
    [Infinity, -Infinity],
  );

  log(`${label}: building (${(result.yaml.raw / 1024 / 1024).toFixed(1)} MB of YAML)`);
  // Builds of up to 10,000 events are timed several times and the fastest kept:
  // the build-cost target divides two of them, and one build on a shared
  // machine moves by a second. The 100,000-event build runs once.
  const repeats = events <= 10_000 ? Math.max(1, Number(args['build-repeats'])) : 1;
  const builds = [];
  for (let i = 0; i < repeats; i++) {
    const build = await runBuild({ dataDir, outDir, logFile: path.join(runDir, `build-${name}.log`), timeoutMs: limits.buildTimeoutMs });
    builds.push(build);
    if (!build.ok) break;
  }
  const fastest = builds.reduce((a, b) => (b.ok && b.wallS < a.wallS ? b : a));
  result.build = { ...fastest, ...(builds.length > 1 && { runsS: builds.map((b) => b.wallS), peakRssMb: Math.max(...builds.map((b) => b.peakRssMb ?? 0)) }) };
  log(`${label}: build ${result.build.ok ? 'done' : 'FAILED'} in ${result.build.wallS} s, peak ${result.build.peakRssMb} MB`);
  if (result.build.ok) result.bytes = measurePageBytes(outDir, slug);

  // The baseline needs no build: it runs even when ours failed.
  mkdirSync(outDir, { recursive: true });
  const baselinePath = writeBaselinePage(outDir, generated.events);
  result.baselineBytes = measurePageBytes(outDir, baselinePath.replace(/\//g, ''));
  const server = await startServer(outDir);
  try {
    if (result.build.ok) {
      log(`${label}: our page in Chromium`);
      result.ours = await measure(server.origin, `/${slug}/`, extent);
      Object.assign(result, dataLoads(outDir, result.bytes, result.ours));
      if (result.bytes)
        result.bytes.jsAtReady = fetchedBytes(
          outDir,
          (result.ours?.resourcesAtReady ?? []).filter((p) => /\.m?js$/.test(p)),
        );
    }
    log(`${label}: baseline page in Chromium`);
    result.baseline = await measure(server.origin, baselinePath, extent);
    const phoneRuns = Number(args['phone-runs']);
    if (phoneRuns > 0) {
      result.phone = {};
      if (result.build.ok) {
        log(`${label}: our page on a phone (CPU 4× slower), ${phoneRuns} loads`);
        result.phone.ours = await measureOnPhone(server.origin, `/${slug}/`, phoneRuns);
      }
      // Once: plain vis-timeline takes tens of seconds on the phone at 10,000 events, and is not ready at 100,000.
      if (events <= 10_000) {
        log(`${label}: baseline page on a phone`);
        result.phone.baseline = await measureOnPhone(server.origin, baselinePath, 1);
      }
    }
  } finally {
    server.stop();
  }
  result.ratios = ratios(result.ours, result.baseline);
  return result;
}

const results = [];
let lighthouse;
let curve;
const loadAverageAtStart = describeMachine().loadAverage;
let machine = describeMachine();
const save = (done) =>
  writeResults(path.resolve(args.out), {
    note: 'Written by npm run bench (scripts/bench/run.mjs). KB and MB are 1024 and 1024² bytes; times in ms, or in seconds where the name ends in S.',
    complete: done,
    ranAt: new Date().toISOString(),
    durationS: Math.round((performance.now() - startedAt) / 1000),
    machine,
    settings: {
      sizes,
      seed,
      lighthouseRuns: Number(args.lighthouse),
      buildRepeats: Number(args['build-repeats']),
      phoneRuns: Number(args['phone-runs']),
      ...limits,
    },
    results,
    curve,
    lighthouse,
    targets: evaluateTargets(results, lighthouse, curve),
  });

try {
  for (const size of sizes) {
    results.push(await benchSize(size));
    machine = { ...describeMachine(chromium?.version ?? machine.chromium), loadAverageAtStart };
    // After every size, so a run cut short still leaves what it measured.
    await save(false);
  }
} finally {
  await chromium?.close();
}
if (curvePoints.length > 0) {
  curve = await benchCurve({ points: curvePoints, years: Number(args['curve-years']), seed, runDir, buildTimeoutMs: limits.buildTimeoutMs, log });
  await save(false);
}
// Last, alone on the machine: Lighthouse times the page as a throttled phone would.
if (Number(args.lighthouse) > 0) {
  const large = sizes.some((s) => s.events === 10_000 && s.links === 0) ? { outDir: path.join(runDir, 'out-10000'), page: '/bench-10000/' } : undefined;
  lighthouse = await benchLighthouse({ runDir, runs: Number(args.lighthouse), buildTimeoutMs: limits.buildTimeoutMs, log, large });
  for (const l of lighthouse) log(`Lighthouse on ${l.page}: ${l.status === 'ok' ? `performance ${l.runs.map((r) => r.performance).join(', ')}` : l.status}`);
}
await save(true);

console.log(`\n${formatTables(results)}\n\n${curve ? `${formatCurve(curve)}\n\n` : ''}${formatTargets(evaluateTargets(results, lighthouse, curve))}\n`);
const failures = formatFailures(results);
if (failures) console.log(`${failures}\n`);
console.log(formatMachine(machine));
console.log(`Whole run: ${((performance.now() - startedAt) / 1000).toFixed(0)} s. Results: ${args.out}`);
if (args.keep) console.log(`Built sites and logs kept in ${path.relative(process.cwd(), runDir)}`);
else {
  // The built bundles would otherwise sit in the TypeScript project (tsconfig includes **/*); the logs stay.
  for (const { events, links } of sizes) {
    const name = links > 0 ? `${events}-links-${links}` : String(events);
    for (const d of [`data-${name}`, `out-${name}`]) rmSync(path.join(runDir, d), { recursive: true, force: true });
  }
  rmSync(path.join(runDir, 'out-sample'), { recursive: true, force: true });
  console.log(`Build logs in ${path.relative(process.cwd(), runDir)}`);
}
