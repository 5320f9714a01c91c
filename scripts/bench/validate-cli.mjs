// `npm run bench:validate`: how long `npm run validate` takes as a process,
// from Node's start to its exit, on the sample and on every broken fixture.
// The first run bundles the tool (see scripts/lib/run-ts.mjs) and is timed
// on its own; the median of the next runs is the figure in the README.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const RUNS = 11;
const invalid = readdirSync('tests/fixtures/invalid').map((f) => `tests/fixtures/invalid/${f}`);
const cases = [
  ['data/ (the sample)', []],
  [`${invalid.length} broken fixtures`, invalid],
];

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['scripts/lib/run-ts.mjs', 'scripts/validate.ts', ...args], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [name, args] of cases) {
  const first = time(args);
  const runs = Array.from({ length: RUNS }, () => time(args));
  console.log(
    `${name}: ${Math.round(median(runs))} ms median of ${RUNS} (min ${Math.round(Math.min(...runs))}, max ${Math.round(Math.max(...runs))}); first run ${Math.round(first)} ms`,
  );
}
