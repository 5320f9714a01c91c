import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/browser.mjs';

const executablePath = chromiumPath();
// E2E_PORT lets two checkouts run their tests side by side.
export const PORT = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  // Bounds for a test that hangs, not speed targets: on a machine shared with other work, an axe check that takes
  // ten seconds alone can take forty. A test that passes is as fast as before; none waits out its limit.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Tests never depend on the machine's zone: each pins its own.
    timezoneId: 'UTC',
    locale: 'en-GB',
    // A failed test keeps its trace (actions, console, network) and a screenshot of the page as it failed, beside
    // the page's own snapshot (error-context.md). Not the DOM snapshot and screencast frame of every action: with
    // pages of thousands of elements, those were about a fifth of the suite's time, spent on tests that pass.
    screenshot: 'only-on-failure',
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { args: CHROMIUM_ARGS, ...(executablePath && { executablePath }) } },
    },
  ],
  webServer: {
    command: `node tests/e2e/build-and-serve.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // The build comes first.
    timeout: 300_000,
    reuseExistingServer: !process.env['CI'],
  },
});
