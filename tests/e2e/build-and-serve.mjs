// The web server of the end-to-end tests: builds the site from the real data
// plus the test timelines (hostile titles and the like) into dist-e2e/, so
// the published dist/ never holds test data, then serves it. Playwright starts
// this before any test (and before any global setup, which is why the build
// lives here). E2E_SKIP_BUILD=1 serves the last build as it is.
import { execFileSync } from 'node:child_process';

const [port = '4321'] = process.argv.slice(2);
if (!process.env.E2E_SKIP_BUILD) {
  execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TIMELINE_DATA: 'data,tests/e2e/timelines', TIMELINE_OUT: 'dist-e2e', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
process.argv = [process.argv[0] ?? 'node', 'static-server.mjs', 'dist-e2e', port];
await import('./static-server.mjs');
