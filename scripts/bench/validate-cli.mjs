// `npm run bench:validate`: how long `npm run validate` takes as a process,
// from Node's start to its exit, and its peak memory, on the sample, on every
// broken fixture, and on generated files at the size limit: a 60 MB file
// without problems, the same with one, and a 5 MB file with 100,000 (its
// report printed, then as JSON). The first run bundles the tool (see
// scripts/lib/run-ts.mjs) and is timed on its own; the medians of the next
// runs are the figures in the README. `--runs N` for N runs of each small
// case (default 11; the generated ones run a third as often, at least once).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateTimeline } from './generate.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' } } });
const RUNS = Math.max(1, Number(values.runs));
const BIG_RUNS = Math.max(1, Math.round(RUNS / 3));
const invalid = readdirSync('tests/fixtures/invalid').map((f) => `tests/fixtures/invalid/${f}`);

const dir = mkdtempSync(path.join(tmpdir(), 'bench-validate-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** About 60 MB: 168,000 generated events, under the 64 MB limit. */
const large = generateTimeline({ events: 168_000, seed: 1 });
const write = (name, text) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const largeValid = write('large.yaml', large);
// One impossible day, halfway down the file.
const half = large.indexOf('\n    date: ', large.length / 2);
const largeBroken = write('large-one-problem.yaml', `${large.slice(0, half)}\n    date: 2010-02-30${large.slice(large.indexOf('\n', half + 1))}`);
const manyEvents = Array.from({ length: 100_000 }, (_, i) => `  - id: e${i}\n    title: Event ${i}\n    date: 2023-02-30\n`);
const many = write('many-problems.yaml', `title: A hundred thousand impossible days\nevents:\n${manyEvents.join('')}`);

const mb = (file) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;

const cases = [
  ['data/ (the sample)', [], RUNS],
  [`${invalid.length} broken fixtures`, invalid, RUNS],
  [`a ${mb(largeValid)} file, no problems`, [largeValid], BIG_RUNS],
  [`a ${mb(largeBroken)} file, one problem`, [largeBroken], BIG_RUNS],
  [`a ${mb(many)} file, 100,000 problems`, [many], BIG_RUNS],
  [`the same, --json`, ['--json', many], BIG_RUNS],
];

/** Milliseconds from start to exit, and the peak resident memory in MB, of one run. */
function run(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', './scripts/bench/max-rss.cjs', 'scripts/lib/run-ts.mjs', 'scripts/validate.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  const rss = Number(/max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, lines: r.stdout.split('\n').length - 1 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [name, args, runs] of cases) {
  const first = run(args);
  const results = Array.from({ length: runs }, () => run(args));
  const ms = results.map((r) => r.ms);
  const fmt = (n) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
  console.log(
    `${name}: ${fmt(median(ms))} median of ${runs} (min ${fmt(Math.min(...ms))}, max ${fmt(Math.max(...ms))}); first run ${fmt(first.ms)}; peak ${Math.round(median(results.map((r) => r.rss)))} MB; ${results[0]?.lines} lines printed`,
  );
}
