// The scripted zoom and pan, the same for our page and the baseline: each
// step moves the window through vis-timeline's own API and is timed in the
// page, from the call to the first 'changed' event plus one animation frame
// (the redraw a reader waits for), and to the last 'changed' before a quiet
// spell (the page's debounced follow-up work, if any: "settle").

/** Runs in the page: the init script that notes when the timeline says it is ready. */
export function watchReady() {
  window.__bench = { readyAt: null, resourcesAtReady: [] };
  // Observing the document before it has an element: every data-ready="true" set later is seen.
  new MutationObserver((records) => {
    if (window.__bench.readyAt !== null) return;
    if (!records.some((r) => r.target.getAttribute?.('data-ready') === 'true')) return;
    window.__bench.readyAt = performance.now();
    window.__bench.resourcesAtReady = performance.getEntriesByType('resource').map((e) => e.name);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

/** Runs in the page: one window change, timed. */
function timeStep({ action, amount, quietMs, noChangeMs }) {
  const tl = document.querySelector('tl-timeline')?.timeline ?? window.benchTimeline;
  const w = tl.getWindow();
  const start = w.start.valueOf();
  const width = w.end.valueOf() - start;
  const [from, to] =
    action === 'zoom'
      ? [start + (width * (1 - amount)) / 2, start + (width * (1 + amount)) / 2]
      : action === 'pan'
        ? [start + width * amount, start + width * (1 + amount)]
        : amount;
  const countItems = () => document.querySelectorAll('.vis-item').length;
  return new Promise((resolve) => {
    let first = null;
    let last = null;
    let maxItems = 0;
    let timer = 0;
    const finish = () => {
      tl.off('changed', onChanged);
      resolve({ redrawMs: first, settleMs: last, items: Math.max(maxItems, countItems()) });
    };
    const onChanged = () =>
      requestAnimationFrame(() => {
        const t = performance.now() - t0;
        if (first === null) first = t;
        last = t;
        maxItems = Math.max(maxItems, countItems());
        clearTimeout(timer);
        timer = setTimeout(finish, quietMs);
      });
    tl.on('changed', onChanged);
    const t0 = performance.now();
    tl.setWindow(from, to, { animation: false });
    // A window vis-timeline clamps to the one it has draws nothing: the step ends without a redraw.
    if (first === null) timer = setTimeout(finish, noChangeMs);
  });
}

/**
 * 10 zooms in (each to 60% of the width), 10 pans (a quarter of the width)
 * halfway back out, where many items are in view, then the rest of the way
 * out: every zoom level is drawn at least once.
 */
export const STEPS = [
  ...Array.from({ length: 10 }, () => ({ action: 'zoom', amount: 0.6 })),
  ...Array.from({ length: 5 }, () => ({ action: 'zoom', amount: 1 / 0.6 })),
  ...Array.from({ length: 10 }, () => ({ action: 'pan', amount: 0.25 })),
  ...Array.from({ length: 5 }, () => ({ action: 'zoom', amount: 1 / 0.6 })),
];

export function percentile(values, p) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n) => (n === null || n === undefined ? null : Math.round(n * 10) / 10);

/**
 * Every step, under a per-step and a total time limit: a page that takes
 * minutes per zoom reports what it managed rather than stalling the run.
 * @param {import('@playwright/test').Page} page
 * @param {{ extent: [number, number], stepTimeoutMs: number, budgetMs: number, withTimeout: Function }} options
 */
export async function runInteraction(page, { extent, stepTimeoutMs, budgetMs, withTimeout }) {
  const options = { quietMs: 300, noChangeMs: 1000 };
  const started = Date.now();
  const steps = [];
  let status = 'complete';
  // The same opening window for both pages, so both take the same steps; not timed.
  await withTimeout(page.evaluate(timeStep, { action: 'set', amount: extent, ...options }), stepTimeoutMs, 'setting the opening window');
  for (const step of STEPS) {
    if (Date.now() - started > budgetMs) {
      status = `stopped after ${steps.length} steps: over the ${budgetMs / 1000} s budget`;
      break;
    }
    try {
      steps.push({ ...step, ...(await withTimeout(page.evaluate(timeStep, { ...step, ...options }), stepTimeoutMs, `${step.action} step`)) });
    } catch (error) {
      status = `stopped at step ${steps.length + 1}: ${error.message}`;
      break;
    }
  }
  const redraws = steps.map((s) => s.redrawMs);
  return {
    status,
    steps: steps.length,
    redraw: { p50Ms: round(percentile(redraws, 50)), p95Ms: round(percentile(redraws, 95)), maxMs: round(percentile(redraws, 100)) },
    settle: {
      p50Ms: round(
        percentile(
          steps.map((s) => s.settleMs),
          50,
        ),
      ),
      p95Ms: round(
        percentile(
          steps.map((s) => s.settleMs),
          95,
        ),
      ),
    },
    stepsWithoutRedraw: steps.filter((s) => s.redrawMs === null).length,
    maxItems: steps.length > 0 ? Math.max(...steps.map((s) => s.items)) : null,
    perStep: steps.map((s) => ({ action: s.action, redrawMs: round(s.redrawMs), settleMs: round(s.settleMs), items: s.items })),
  };
}
