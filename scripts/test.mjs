// `npm test`, in two stages of two chains each, one chain for each core:
// first the lint beside the type check and the build the browser tests read
// (about as long as each other); then the browser tests, on that build, beside
// the unit tests. No two chains run Astro at once: its builds and its check all
// write .astro/. That build is the site's own build of data/, with the same
// code and configuration, plus the test timelines: a second build of data/
// alone took a core for half a minute and proved nothing more.
// Beside another, a step's output is kept for the end; alone, it prints as it
// goes. Each step says how long it took; the first that fails stops the run
// with its exit code.
import { spawn } from 'node:child_process';

/** A step: an npm script, or a command of its own. */
const npm = (script) => ({ name: `npm run ${script}`, command: 'npm', args: ['run', '--silent', script] });
const STAGES = [
  [[npm('lint')], [npm('check'), { name: 'the browser tests’ build', command: process.execPath, args: ['tests/e2e/build-site.mjs'] }]],
  [[{ ...npm('test:e2e'), env: { E2E_SKIP_BUILD: '1' } }], [npm('test:unit')]],
];

/** Runs one step; beside another chain, its output goes to `output`. */
function run(step, output) {
  const started = Date.now();
  if (!output) console.log(`\n> ${step.name}`);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...step.env, ...(output && process.stdout.isTTY && { FORCE_COLOR: '1' }) },
    });
    child.stdout?.on('data', (chunk) => output?.push(chunk));
    child.stderr?.on('data', (chunk) => output?.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const status = code ?? (signal ? 1 : 0);
      const line = `${step.name}: ${status === 0 ? 'passed' : `failed (exit code ${status})`} in ${seconds} s\n`;
      if (output) output.push(Buffer.from(line));
      else process.stdout.write(line);
      resolve(status);
    });
  });
}

/** Runs a chain's steps one after another, up to the first that fails. */
async function chain(steps, beside) {
  const output = beside ? [] : undefined;
  let status = 0;
  for (const step of steps) {
    if (output) output.push(Buffer.from(`\n> ${step.name}\n`));
    status = await run(step, output);
    if (status !== 0) break;
  }
  if (output) process.stdout.write(Buffer.concat(output).toString());
  return status;
}

const started = Date.now();
for (const stage of STAGES) {
  const codes = await Promise.all(stage.map((steps) => chain(steps, stage.length > 1)));
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) {
    process.exitCode = failed;
    break;
  }
}
console.log(`\nnpm test: ${process.exitCode ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
