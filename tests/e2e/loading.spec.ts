/**
 * How a timeline page loads: it paints before vis-timeline's script is even
 * fetched, and nothing on it moves while the timeline starts, on a wide
 * screen or a phone, filtered or not, small or large.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';

async function ready(page: Page): Promise<void> {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
}

/** Records layout shifts from the start of the page, with what moved. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    const name = (node: Node | null): string => (node instanceof Element ? `${node.localName}.${[...node.classList].join('.')}` : String(node?.nodeName));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; sources: Array<{ node: Node | null; previousRect: DOMRect; currentRect: DOMRect }> }
      >) {
        // Where each moved from and to (top+height), so that a failure says what moved, and by how much.
        const moves = entry.sources.map(
          (s) =>
            `${name(s.node)} ${Math.round(s.previousRect.top)}+${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.top)}+${Math.round(s.currentRect.height)}`,
        );
        shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moves.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);

test('the page paints before it fetches vis-timeline', async ({ page }) => {
  await page.goto('/north-korea/');
  await ready(page);
  const { paint, vis } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    vis: performance
      .getEntriesByType('resource')
      .filter((r) => /\/_astro\/vis\.[\w-]+\.js$/.test(r.name))
      .map((r) => r.startTime),
  }));
  expect(paint).toBeGreaterThan(0);
  // One vis-timeline chunk, asked for once the page has painted.
  expect(vis).toHaveLength(1);
  expect(vis[0]).toBeGreaterThanOrEqual(paint ?? Infinity);
});

const PAGES = [
  { name: 'wide screen', path: '/north-korea/', viewport: { width: 1280, height: 900 } },
  { name: 'wide screen, filtered', path: '/north-korea/?q=summit', viewport: { width: 1280, height: 900 } },
  { name: 'wide screen, dark', path: '/north-korea/', viewport: { width: 1280, height: 900 }, dark: true },
  { name: 'phone', path: '/north-korea/', viewport: { width: 412, height: 823 }, phone: true },
  { name: 'phone, filtered', path: '/north-korea/?groups=party', viewport: { width: 412, height: 823 }, phone: true },
  { name: 'large timeline', path: '/large-10k/', viewport: { width: 1280, height: 900 } },
];

for (const { name, path, viewport, phone, dark } of PAGES) {
  test(`nothing moves while the page loads: ${name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, isMobile: phone ?? false, hasTouch: phone ?? false, colorScheme: dark ? 'dark' : 'light' });
    const page = await context.newPage();
    await watchShifts(page);
    await page.goto(path);
    await ready(page);
    // vis-timeline checks its size once a second and draws again if it changed: two checks.
    await page.waitForTimeout(2200);
    expect(await shifts(page)).toEqual([]);
    await context.close();
  });
}

test('a long list lays out only the entries near the screen, and prints them all; a short one lays out all once ready', async ({ page }) => {
  await page.goto('/large-10k/2007/');
  await ready(page);
  const entries = page.locator('.tl-list.tl-long .tl-list__items > li');
  expect(await entries.count()).toBeGreaterThan(100);
  const laidOut = () => entries.evaluateAll((lis) => lis.filter((li) => li.firstElementChild?.checkVisibility({ contentVisibilityAuto: true })).length);
  // Far fewer than all on screen; all of them on paper.
  expect(await laidOut()).toBeLessThan(50);
  await page.emulateMedia({ media: 'print' });
  expect(await laidOut()).toBe(await entries.count());
  // A short list (the sample's) is laid out whole once the timeline is ready, as accessibility checkers expect.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/north-korea/');
  await expect(page.locator('.tl-list')).not.toHaveClass(/tl-long/);
  const short = page.locator('.tl-list__items > li, .tl-sources__entry');
  const drawn = () => short.evaluateAll((els) => els.filter((el) => (el.firstElementChild ?? el).checkVisibility({ contentVisibilityAuto: true })).length);
  expect(await short.count()).toBeGreaterThan(40);
  await expect.poll(drawn).toBe(await short.count());
});
