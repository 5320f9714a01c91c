// The web server of the end-to-end tests: builds the site from the real data
// plus the test timelines (hostile titles and the like, and a generated
// 10,000-event timeline) into dist-e2e/, so the published dist/ never holds
// test data, then serves it. Playwright starts this before any test (and
// before any global setup, which is why the build lives here).
// E2E_SKIP_BUILD=1 serves the last build as it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateTimelineWithEvents } from '../../scripts/bench/generate.mjs';

const [port = '4321'] = process.argv.slice(2);
const GENERATED = 'tests/e2e/.generated';
if (!process.env.E2E_SKIP_BUILD) {
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(`${GENERATED}/large-10k.yaml`, generateTimelineWithEvents({ events: 10_000, seed: 7, links: 2_000 }).yaml);
  execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TIMELINE_DATA: `data,tests/e2e/timelines,${GENERATED}`, TIMELINE_OUT: 'dist-e2e', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
process.argv = [process.argv[0] ?? 'node', 'static-server.mjs', 'dist-e2e', port];
await import('./static-server.mjs');
