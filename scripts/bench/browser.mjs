// Chromium measurements of one page: DOMContentLoaded, timeline ready, the
// scripted zoom and pan, item elements in the DOM and the JS heap. The same
// Chromium and flags as the end-to-end tests, served by their static server.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/browser.mjs';
import { runInteraction, watchReady } from './interaction.mjs';

export class TimeoutError extends Error {}

/** A promise that gives up after `ms`; the work itself may go on (the caller closes the page). */
export function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * A browser we can kill: a page stuck in a long task (the baseline at 100,000
 * events) keeps even Playwright's own timeouts and close() waiting for it, so
 * the browser runs as a server whose process the harness can end.
 */
export async function launchBrowser() {
  const executablePath = chromiumPath();
  // Precise memory info: performance.memory otherwise rounds and lags; the heap figure itself comes from CDP.
  const server = await chromium.launchServer({ args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'], ...(executablePath && { executablePath }) });
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    version: browser.version(),
    kill: () => withTimeout(server.kill(), 15_000, 'killing the browser').catch(() => {}),
    close: () =>
      withTimeout(
        browser.close().then(() => server.close()),
        15_000,
        'closing the browser',
      ).catch(() => server.kill()),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** The end-to-end tests' static server on a free port; `stop()` ends it. */
export async function startServer(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, ['tests/e2e/static-server.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await withTimeout(
    new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => String(chunk).includes('Serving') && resolve());
      child.on('exit', (code) => reject(new Error(`the static server ended (${code})`)));
    }),
    10_000,
    'starting the static server',
  );
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function heapMb(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  return used === undefined ? null : Math.round(used / 104857.6) / 10;
}

/** Timings from the page's own clock, in ms from navigation start. */
function readTimings() {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    dcl: nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null,
    fcp: fcp ? fcp.startTime : null,
    readyAt: window.__bench.readyAt,
    // Paths, not URLs: the port changes from run to run, and the results are committed.
    resources: window.__bench.resourcesAtReady.map((u) => new URL(u).pathname),
    allResources: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    items: document.querySelectorAll('.vis-item').length,
    domNodes: document.getElementsByTagName('*').length,
  };
}

const round = (n) => (n === null || n === undefined ? null : Math.round(n));

/**
 * Waits for the page's ready mark (set by `watchReady`, in the page's own
 * clock), polling through the DevTools protocol: Playwright's own polling
 * first injects its script into the page, which on the 4× slower phone took
 * 74 ms of the main thread before the first paint, delaying the paint and
 * ready by work no reader's browser does. (Waiting for `load` first instead
 * left plain vis-timeline's 10,000-event page on the phone without a `load`
 * in 60 s, its main thread busy drawing.)
 * @param {import('@playwright/test').CDPSession} cdp
 */
async function waitForReady(cdp, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A document being replaced answers with an error: not ready yet.
    const answer = await cdp.send('Runtime.evaluate', { expression: 'window.__bench?.readyAt != null', returnByValue: true }).catch(() => undefined);
    if (answer?.result.value === true) return;
    if (Date.now() > deadline) throw new TimeoutError(`not ready after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens `url` at 1280×900 and measures it. Never throws for a slow or broken
 * page: it says what happened in `status`. `browserBroken` asks the caller to
 * start a fresh browser (a page that would not close).
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, extent: [number, number], readyTimeoutMs: number, stepTimeoutMs: number, budgetMs: number }} options
 */
export async function measurePage(browser, { url, extent, readyTimeoutMs, stepTimeoutMs, budgetMs }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, timezoneId: 'UTC', locale: 'en-GB' });
  const result = { path: new URL(url).pathname, status: 'error' };
  // Every call into the page has a limit; once one is reached the page is busy, and the browser is given up.
  let stuck = false;
  const guard = (promise, ms, what) =>
    withTimeout(promise, ms, what).catch((error) => {
      if (error instanceof TimeoutError) stuck = true;
      throw error;
    });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchReady);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const started = Date.now();
    try {
      await guard(page.goto(url, { waitUntil: 'commit', timeout: readyTimeoutMs }), readyTimeoutMs + 5000, 'opening the page');
      const left = Math.max(1000, readyTimeoutMs - (Date.now() - started));
      await guard(waitForReady(cdp, left), left + 5000, 'waiting for ready');
    } catch (error) {
      stuck = true;
      result.status = 'not ready';
      result.error = `not ready within ${readyTimeoutMs / 1000} s (${error.message.split('\n')[0]})`;
      // The page may still be busy: what it can tell us, if it answers soon.
      const t = await withTimeout(page.evaluate(readTimings), 5000, 'reading timings').catch(() => undefined);
      if (t) Object.assign(result, { dclMs: round(t.dcl), fcpMs: round(t.fcp), domNodes: t.domNodes });
      return result;
    }
    const t = await guard(page.evaluate(readTimings), stepTimeoutMs, 'reading timings');
    Object.assign(result, {
      status: 'ready',
      dclMs: round(t.dcl),
      fcpMs: round(t.fcp),
      readyMs: round(t.readyAt - t.dcl),
      readyNavMs: round(t.readyAt),
      itemsAtReady: t.items,
      domNodes: t.domNodes,
      resourcesAtReady: t.resources,
      heapAtReadyMb: await guard(heapMb(cdp), stepTimeoutMs, 'reading the heap'),
    });
    result.interaction = await runInteraction(page, { extent, stepTimeoutMs, budgetMs, withTimeout: guard });
    result.maxItems = Math.max(t.items, result.interaction.maxItems ?? 0);
    if (stuck) return result;
    // What the interaction made the page fetch (period files, say), on top of the first load.
    result.resourcesAfterInteraction = (await guard(page.evaluate(readTimings), stepTimeoutMs, 'reading timings')).allResources;
    result.heapMb = await guard(heapMb(cdp), stepTimeoutMs, 'reading the heap');
    await guard(cdp.send('HeapProfiler.collectGarbage'), stepTimeoutMs, 'collecting garbage');
    result.heapAfterGcMb = await guard(heapMb(cdp), stepTimeoutMs, 'reading the heap');
    return result;
  } catch (error) {
    result.error = error.message.split('\n')[0];
    return result;
  } finally {
    if (stuck) result.browserBroken = true;
    else await withTimeout(context.close(), 20_000, 'closing the page').catch(() => (result.browserBroken = true));
  }
}

/** A mid-range phone, as the "fast where readers are" issue measures one: its screen, touch, and the CPU slowed 4×. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, cpuSlowdown: 4 };

/**
 * Opens `url` on the phone, `runs` times in fresh contexts (cold caches), and
 * keeps each run's first contentful paint and ready, from navigation start:
 * the median of them is what the targets read. Never throws; `status` says
 * what happened to a page that did not become ready.
 * @param {import('@playwright/test').Browser} browser
 */
export async function measurePhone(browser, { url, runs, readyTimeoutMs }) {
  const out = { path: new URL(url).pathname, status: 'ready', runs: [] };
  const { cpuSlowdown, ...device } = PHONE;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ ...device, timezoneId: 'UTC', locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.addInitScript(watchReady);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await withTimeout(page.goto(url, { waitUntil: 'commit', timeout: readyTimeoutMs }), readyTimeoutMs + 5000, 'opening the page');
      await withTimeout(waitForReady(cdp, readyTimeoutMs), readyTimeoutMs + 5000, 'waiting for ready');
      const t = await withTimeout(page.evaluate(readTimings), 30_000, 'reading timings');
      out.runs.push({ fcpMs: round(t.fcp), readyNavMs: round(t.readyAt) });
    } catch (error) {
      out.status = 'not ready';
      out.error = error.message.split('\n')[0];
      out.browserBroken = error instanceof TimeoutError;
      break;
    } finally {
      if (!out.browserBroken) await withTimeout(context.close(), 20_000, 'closing the page').catch(() => (out.browserBroken = true));
    }
  }
  const median = (key) => {
    const values = out.runs
      .map((r) => r[key])
      .filter((v) => typeof v === 'number')
      .sort((a, b) => a - b);
    return values.length ? values[Math.floor((values.length - 1) / 2)] : null;
  };
  if (out.status === 'ready') Object.assign(out, { fcpMs: median('fcpMs'), readyNavMs: median('readyNavMs') });
  return out;
}
