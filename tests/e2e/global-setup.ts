/**
 * Builds the site for the end-to-end tests: the real data plus the test
 * timelines (hostile titles and the like), into dist-e2e/, so the published
 * dist/ never holds test data.
 */
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env['E2E_SKIP_BUILD']) return;
  execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, TIMELINE_DATA: 'data,tests/e2e/timelines', TIMELINE_OUT: 'dist-e2e', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
