// The baseline: the same events fed to a plain vis-timeline page, one DataSet
// and default options, so each result reads as a ratio to what vis-timeline
// does on its own on the same machine in the same run.
//
// Its data is inline JSON run by a module script, as on our page, so both
// pages do their work at the same point of loading and "ready" compares like
// with like. vis-timeline is its standalone build, from node_modules.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const VIS_JS = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const VIS_CSS = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';

export const BASELINE_PATH = 'bench-baseline';
// vis-timeline's files sit in a folder of their own, so the page's folder holds only the page (as ours does).
const ASSETS_PATH = 'bench-baseline-vis';

/**
 * `{ id, content, start, end? }` with ISO strings: a day as its date, a month
 * or year as its first day, a time as an instant in UTC (the timeline's zone),
 * a span with its start and its (inclusive) end as written.
 */
function toItems(events) {
  return events.map(({ id, content, start, end }) => (end ? { id, content, start, end } : { id, content, start }));
}

/** Writes <outDir>/bench-baseline/ (and vis-timeline beside it) and returns the page's path on the site. */
export function writeBaselinePage(outDir, events) {
  const dir = path.join(outDir, BASELINE_PATH);
  const assets = path.join(outDir, ASSETS_PATH);
  mkdirSync(dir, { recursive: true });
  mkdirSync(assets, { recursive: true });
  copyFileSync(VIS_JS, path.join(assets, path.basename(VIS_JS)));
  copyFileSync(VIS_CSS, path.join(assets, path.basename(VIS_CSS)));
  // `<` escaped so no title can close the script element.
  const json = JSON.stringify(toItems(events)).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plain vis-timeline: ${events.length} events</title>
<link rel="stylesheet" href="/${ASSETS_PATH}/${path.basename(VIS_CSS)}">
<script src="/${ASSETS_PATH}/${path.basename(VIS_JS)}" defer></script>
</head>
<body>
<div id="timeline"></div>
<script type="application/json" id="items">${json}</script>
<script type="module">
  const container = document.getElementById('timeline');
  const items = new vis.DataSet(JSON.parse(document.getElementById('items').textContent));
  // Default options; the callback only reports the first complete draw, as our page does.
  window.benchTimeline = new vis.Timeline(container, items, {
    onInitialDrawComplete: () => requestAnimationFrame(() => { container.dataset.ready = 'true'; }),
  });
</script>
</body>
</html>
`;
  writeFileSync(path.join(dir, 'index.html'), html);
  return `/${BASELINE_PATH}/`;
}
