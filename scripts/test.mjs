// `npm test`: the lint and the type check side by side (they share nothing,
// and each keeps one of two cores busy), then the unit tests, the build and
// the end-to-end tests, one after another. The two side by side print their
// output when each ends; the others as they go. Each step says how long it
// took; the first that fails stops the run with its exit code.
import { spawn } from 'node:child_process';

const STAGES = [['lint', 'check'], ['test:unit'], ['build'], ['test:e2e']];

/** Runs `npm run <script>`; beside another, its output is kept for the end. */
function run(script, alone) {
  const started = Date.now();
  console.log(`\n> npm run ${script}`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(!alone && process.stdout.isTTY && { FORCE_COLOR: '1' }) },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      if (!alone) process.stdout.write(`\n> npm run ${script} (side by side)\n${Buffer.concat(output).toString()}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const status = code ?? (signal ? 1 : 0);
      console.log(`npm run ${script}: ${status === 0 ? 'passed' : `failed (exit code ${status})`} in ${seconds} s`);
      resolve(status);
    });
  });
}

const started = Date.now();
for (const stage of STAGES) {
  const codes = await Promise.all(stage.map((script) => run(script, stage.length === 1)));
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) {
    process.exitCode = failed;
    break;
  }
}
console.log(`\nnpm test: ${process.exitCode ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
