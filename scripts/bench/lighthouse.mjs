// Lighthouse on the sample page (data/) and on the bench's 10,000-event page,
// as the speed issues' targets ask: each site is built as `npm run build` builds it, served locally, and audited
// several times with Lighthouse's default settings (a throttled phone). The
// scores move from run to run on a shared machine, so the target reads the
// median. Lighthouse is not a dependency of the project (it is ~185 MB): it
// runs through `npx --yes lighthouse@<version>`, fetched into npm's cache on
// the first run. Without it (no registry), the result says so.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/browser.mjs';
import { startServer } from './browser.mjs';
import { runBuild } from './build.mjs';

export const LIGHTHOUSE_VERSION = '12.8.2';
const SAMPLE = 'north-korea';

function run(command, args, { env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + String(d)).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => resolve({ code: null, stderr: String(error) }));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One audit's figures, scores out of 100. */
function readReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(4)),
  };
}

/** `runs` audits of one page of a built site, with the median of each figure. */
async function auditPage({ outDir, page, runs, runDir, log }) {
  const server = await startServer(outDir);
  const executablePath = chromiumPath();
  const env = { ...process.env, ...(executablePath && { CHROME_PATH: executablePath }) };
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const reports = [];
  try {
    for (let i = 1; i <= runs; i++) {
      log(`Lighthouse: run ${i} of ${runs} on ${page}`);
      const file = path.join(runDir, `lighthouse-${page.replace(/\W+/g, '')}-${i}.json`);
      const { code, stderr } = await run(
        'npx',
        [
          '--yes',
          `lighthouse@${LIGHTHOUSE_VERSION}`,
          `${server.origin}${page}`,
          '--quiet',
          '--output=json',
          `--output-path=${file}`,
          `--chrome-flags=${flags}`,
        ],
        { env, timeoutMs: 300_000 },
      );
      if (code !== 0 || !existsSync(file))
        return { status: `lighthouse did not run (exit ${code}): ${stderr.trim().split('\n').at(-1) ?? ''}`, version: LIGHTHOUSE_VERSION, page, runs: reports };
      reports.push(readReport(file));
    }
  } finally {
    server.stop();
  }
  const summary = Object.fromEntries(Object.keys(reports[0]).map((key) => [key, median(reports.map((r) => r[key]))]));
  return { status: 'ok', version: LIGHTHOUSE_VERSION, page, median: summary, runs: reports };
}

/**
 * The sample page, built here, and the bench's own 10,000-event page when
 * this run built it (`large`: its site's folder and page), each audited `runs` times.
 * @param {{ runDir: string, runs: number, buildTimeoutMs: number, log: (m: string) => void, large?: { outDir: string, page: string } }} options
 * @returns {Promise<Array<{ status: string, version: string, page: string, median?: object, runs: object[] }>>}
 */
export async function benchLighthouse({ runDir, runs, buildTimeoutMs, log, large }) {
  const outDir = path.join(runDir, 'out-sample');
  mkdirSync(outDir, { recursive: true });
  log(`Lighthouse: building the sample site`);
  const build = await runBuild({ dataDir: path.resolve('data'), outDir, logFile: path.join(runDir, 'build-sample.log'), timeoutMs: buildTimeoutMs });
  const sample = build.ok
    ? await auditPage({ outDir, page: `/${SAMPLE}/`, runs, runDir, log })
    : { status: 'build failed', version: LIGHTHOUSE_VERSION, page: `/${SAMPLE}/`, runs: [] };
  return large && existsSync(large.outDir) ? [sample, await auditPage({ ...large, runs, runDir, log })] : [sample];
}
