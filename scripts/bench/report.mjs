// The run's results for people (a table, the ratios, PASS/FAIL per target, the
// machine) and for the repository (bench/results/latest.json, formatted the
// way Prettier would, so `npm run lint` stays clean when it is committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NOT_MEASURED } from './targets.mjs';
import { pageJsGzip } from './page-bytes.mjs';
import { PHONE } from './browser.mjs';

const KB = 1024;

const num = (v, digits = 0) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '–');
const kb = (bytes) => (typeof bytes === 'number' ? num(bytes / KB, 1) : '–');

export function describeMachine(chromiumVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion ?? null,
    // Other work on the machine skews every figure: the 1-minute load average says how busy it was.
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/** `align`: one letter a column, l or r; numbers read best right-aligned. */
function table(header, rows, align = `l${'r'.repeat(header.length - 1)}`) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (align[i] === 'l' ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A page's browser figures, or why there are none. */
function pageCells(page) {
  if (!page) return ['–', '–', '–', '–', '–', '–'];
  if (page.status !== 'ready') return [num(page.dclMs), page.status, '–', '–', '–', '–'];
  const i = page.interaction;
  const mark = i && i.status !== 'complete' ? '*' : '';
  const ready = `${num(page.readyMs)} / ${num(page.readyNavMs)}`;
  return [num(page.dclMs), ready, `${num(i?.redraw.p95Ms)}${mark}`, `${num(i?.settle.p95Ms)}${mark}`, num(page.maxItems), num(page.heapMb, 1)];
}

// prettier-ignore
const HEADER = ['events', 'build s', 'build MB', 'HTML gz KB', 'data gz KB', 'JS gz KB', 'CSS gz KB', 'DCL ms', 'ready ms', 'p95 redraw ms', 'p95 settle ms', 'DOM items', 'heap MB'];

export function formatTables(results) {
  const ours = results.map((r) => {
    const b = r.bytes;
    const build = r.build.ok ? [num(r.build.wallS, 1), num(r.build.peakRssMb)] : [`FAILED ${num(r.build.wallS, 0)}`, num(r.build.peakRssMb)];
    const bytes = b ? [kb(b.html.gzip), `${kb(b.inlineData.gzip)} + ${kb(b.lazyData.gzip)}`, kb(pageJsGzip(b)), kb(b.css.gzip)] : ['–', '–', '–', '–'];
    return [sizeLabel(r), ...build, ...bytes, ...pageCells(r.ours)];
  });
  const base = results.map((r) => {
    const b = r.baselineBytes;
    const bytes = b ? [kb(b.html.gzip), `${kb(b.inlineData.gzip)} + 0.0`, kb(b.js.gzip), kb(b.css.gzip)] : ['–', '–', '–', '–'];
    return [sizeLabel(r), '–', '–', ...bytes, ...pageCells(r.baseline)];
  });
  const ratios = results.map((r) => {
    const x = r.ratios ?? {};
    return [sizeLabel(r), num(x.readyNav, 2), num(x.ready, 2), num(x.p95Redraw, 2), num(x.maxItems, 2), num(x.heap, 2)];
  });
  const phone = (page) => (!page ? ['–', '–'] : page.status !== 'ready' ? [page.status, '–'] : [num(page.fcpMs), num(page.readyNavMs)]);
  const phones = results
    .filter((r) => r.phone)
    .map((r) => [sizeLabel(r), ...phone(r.phone.ours), ...phone(r.phone.baseline), String(r.phone.ours?.runs.length ?? 0)]);
  return [
    ...(phones.length
      ? [
          `On a phone: ${PHONE.viewport.width}×${PHONE.viewport.height}, touch, CPU ${PHONE.cpuSlowdown}× slower; ms from navigation start, the median of our loads.`,
          table(['events', 'ours FCP', 'ours ready', 'baseline FCP', 'baseline ready', 'loads'], phones),
          '',
        ]
      : []),
    'Ours (this project). ready ms: after DOMContentLoaded / from navigation start. data gz: inline + lazy files.',
    'redraw: from setWindow to the first "changed" + a frame; settle: to the last "changed" before 300 ms of quiet. * the interaction stopped early.',
    table(HEADER, ours),
    '',
    'Baseline (plain vis-timeline, one DataSet, default options, the same events)',
    table(HEADER, base),
    '',
    'Ours ÷ baseline (below 1 is better)',
    table(['events', 'ready (from start)', 'ready (after DCL)', 'p95 redraw', 'DOM items', 'heap'], ratios),
  ].join('\n');
}

export function formatCurve(curve) {
  const fitted = new Map(curve.fit?.points.map((f) => [`${f.events}/${f.periods}`, f]));
  const rows = curve.points.map((p) => {
    const f = fitted.get(`${p.events}/${p.periods}`);
    return [
      p.events.toLocaleString('en-GB'),
      String(p.years),
      String(p.periods ?? '–'),
      p.build.ok ? num(p.build.wallS, 1) : `FAILED ${num(p.build.wallS, 0)}`,
      num(p.build.peakRssMb),
      f ? `${num(f.fitS, 1)} (${f.error >= 0 ? '+' : ''}${num(f.error * 100, 1)} %)` : '–',
    ];
  });
  const { fit } = curve;
  return [
    `Build curve: events over their years, built once each`,
    table(['events', 'years', 'periods', 'build s', 'build MB', 'fit s (off by)'], rows),
    fit
      ? `Fit: build ≈ ${num(fit.a, 2)} s + ${num(fit.bPer10k, 2)} s per 10,000 events + ${num(fit.cPer100, 2)} s per 100 periods`
      : 'Fit: – (needs four points whose periods vary apart from their events)',
  ].join('\n');
}

export function formatTargets(targets) {
  const rows = targets.map((t) => [
    t.status,
    t.label,
    t.limit,
    typeof t.value === 'number' ? `${num(t.value, t.unit === '×' ? 2 : 1)} ${t.unit}` : '–',
    t.note ?? '',
  ]);
  return ['Targets', table(['', 'target', 'limit', 'measured', 'note'], rows, 'llrrl'), `Not measured here: ${NOT_MEASURED.join('; ')}.`].join('\n');
}

export function formatMachine(m) {
  return `Machine: ${m.cpu} × ${m.cpus}, ${m.memoryGb} GB RAM, ${m.os}; Node ${m.node}; Chromium ${m.chromium ?? '(not started)'}; load average ${m.loadAverage} at the end, ${m.loadAverageAtStart ?? '?'} at the start`;
}

export function formatFailures(results) {
  const lines = [];
  for (const r of results) {
    if (!r.build.ok) lines.push(`${sizeLabel(r)} events: the build failed (${r.build.logFile}):\n${indent(r.build.error)}`);
    for (const which of ['ours', 'baseline']) {
      const page = r[which];
      if (page && page.status !== 'ready') lines.push(`${sizeLabel(r)} events, ${which}: ${page.status}${page.error ? ` — ${page.error}` : ''}`);
      else if (page?.interaction && page.interaction.status !== 'complete')
        lines.push(`${sizeLabel(r)} events, ${which}: interaction ${page.interaction.status}`);
      else if (page?.error) lines.push(`${sizeLabel(r)} events, ${which}: ${page.error}`);
    }
  }
  return lines.length ? ['What went wrong', ...lines].join('\n') : '';
}

const indent = (text = '') =>
  text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

/** Pretty JSON, through Prettier when it is installed, so a committed file passes `prettier --check`. */
export async function writeResults(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  let text = `${JSON.stringify(data, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    text = await prettier.format(text, { ...config, plugins: [], filepath: file });
  } catch {
    // Plain JSON.stringify is fine too; only the formatting check would notice.
  }
  writeFileSync(file, text);
}

/** "100,000", or "100,000 (20,000 links)" for a case with links. */
function sizeLabel(r) {
  return r.links ? `${r.events.toLocaleString('en-GB')} (${r.links.toLocaleString('en-GB')} links)` : r.events.toLocaleString('en-GB');
}
