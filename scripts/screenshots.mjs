// Screenshots of the built sample, for the README and for looking at what we
// build as a reader would: the page at 1440×900, 1280×800, 768×1024 and
// 390×844, light and dark, with and without an event open, and the embed in
// a 700 px article column on another origin, closed and open.
// Usage: npm run build && npm run screenshots
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser.mjs';

const PORT = 4329;
const HOST_PORT = 4328;
const SITE = `http://127.0.0.1:${PORT}`;
const OUT = 'docs/screenshots';
const EVENT = 'plenum-2023-12';
const phone = { isMobile: true, hasTouch: true };

const PAGES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'desktop-event', viewport: { width: 1440, height: 900 }, hash: EVENT },
  { name: 'desktop-dark', viewport: { width: 1440, height: 900 }, colorScheme: 'dark', hash: 'putin-summit-2023-09' },
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
  { name: 'tablet', viewport: { width: 768, height: 1024 } },
  { name: 'tablet-event', viewport: { width: 768, height: 1024 }, hash: EVENT },
  { name: 'phone', viewport: { width: 390, height: 844 }, ...phone },
  { name: 'phone-event', viewport: { width: 390, height: 844 }, ...phone, hash: EVENT },
  { name: 'phone-dark', viewport: { width: 390, height: 844 }, ...phone, colorScheme: 'dark' },
];

/** A news article on another origin, its text in a 700 px column around the embed (its options in `query`). */
function article(query = '') {
  const text =
    'Reporters covering the peninsula read the year-end plenum as the place where policy is set. This paragraph stands in for the article around the graphic.';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title><link rel="icon" href="data:,">
<style>body{margin:0;background:#fafafa;color:#222;font:18px/1.6 Georgia,serif}main{max-width:700px;margin:0 auto;padding:1rem}h1{font-size:2rem;line-height:1.2}</style></head>
<body><main><h1>North Korea's turn to Moscow, explained</h1><p>${text}</p>
<iframe src="${SITE}/embed/north-korea/${query}" title="Timeline" loading="lazy" style="width:100%;border:0" data-timeline-embed="nk"></iframe>
<script src="${SITE}/embed.js" async></script><p>${text}</p><p>${text}</p></main></body></html>`;
}

mkdirSync(OUT, { recursive: true });
const server = spawn(process.execPath, ['tests/e2e/static-server.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
const host = createServer((req, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article(new URL(req.url ?? '/', 'http://x').search)),
);
await new Promise((resolve) => host.listen(HOST_PORT, '127.0.0.1', () => resolve(undefined)));
await new Promise((r) => setTimeout(r, 500));
const executablePath = chromiumPath();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath && { executablePath }) });
try {
  for (const { name, hash, colorScheme = 'light', ...device } of PAGES) {
    const page = await browser.newPage({ ...device, colorScheme, timezoneId: 'UTC', locale: 'en-GB' });
    await page.goto(`${SITE}/north-korea/${hash ? `#${hash}` : ''}`);
    await page.locator('tl-timeline[data-ready="true"]').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
    await page.close();
  }
  for (const [name, viewport, open] of [
    ['embed', { width: 1280, height: 900 }, false],
    ['embed-event', { width: 1280, height: 900 }, true],
    ['embed-phone-event', { width: 390, height: 844 }, true],
  ]) {
    const page = await browser.newPage({ viewport, ...(viewport.width < 500 && phone), timezoneId: 'UTC', locale: 'en-GB' });
    // An event opened by the embed's `event` option, as a reader's click would.
    await page.goto(`http://127.0.0.1:${HOST_PORT}/${open ? '?event=putin-summit-2023-09' : ''}`);
    const frame = page.frameLocator('iframe');
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await frame.locator('tl-timeline[data-ready="true"]').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  host.close();
  server.kill();
}
