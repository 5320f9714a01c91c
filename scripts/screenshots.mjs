// Screenshots of the built sample for the README and for looking at what we
// build: desktop, phone and dark, with and without an event open.
// Usage: npm run build && npm run screenshots
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser.mjs';

const PORT = 4329;
const OUT = 'docs/screenshots';
const SHOTS = [
  { name: 'desktop', path: '/north-korea/', viewport: { width: 1280, height: 900 } },
  { name: 'desktop-event', path: '/north-korea/#plenum-2023-12', viewport: { width: 1280, height: 900 } },
  { name: 'dark', path: '/north-korea/#putin-summit-2023-09', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone', path: '/north-korea/', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'phone-event', path: '/north-korea/#plenum-2023-12', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'phone-list', path: '/north-korea/#tl_list_title', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

mkdirSync(OUT, { recursive: true });
const server = spawn(process.execPath, ['tests/e2e/static-server.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const executablePath = chromiumPath();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath && { executablePath }) });
try {
  for (const { name, path, colorScheme = 'light', ...device } of SHOTS) {
    const page = await browser.newPage({ ...device, colorScheme, timezoneId: 'UTC', locale: 'en-GB' });
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.locator('tl-timeline[data-ready="true"]').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
