// Builds the site the end-to-end tests read: the real data plus the test
// timelines (hostile titles and the like, and a generated 10,000-event
// timeline) into dist-e2e/, so the published dist/ never holds test data.
// build-and-serve.mjs runs it before serving; `npm test` runs it on its own,
// beside the lint, and then serves the result as it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generateTimelineWithEvents } from '../../scripts/bench/generate.mjs';

const GENERATED = 'tests/e2e/.generated';

export function buildSite() {
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(`${GENERATED}/large-10k.yaml`, generateTimelineWithEvents({ events: 10_000, seed: 7, links: 2_000 }).yaml);
  execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TIMELINE_DATA: `data,tests/e2e/timelines,${GENERATED}`, TIMELINE_OUT: 'dist-e2e', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) buildSite();
