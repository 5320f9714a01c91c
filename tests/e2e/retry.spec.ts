/**
 * A network blip does not break a large timeline: the id index, a period's
 * items and its page are fetched again when a request fails, and a deep link
 * that failed opens when it is followed again.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';

const LARGE = '/large-10k/';

const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });

/** An event of a period in the middle of the timeline, from the first file of the id index. */
async function farEvent(page: Page): Promise<{ id: string; period: string; title: string }> {
  const shard = (await (await page.request.get(`${LARGE}ids/0.json`)).json()) as Record<string, string>;
  const periods = [...new Set(Object.values(shard))].sort();
  const period = periods[Math.floor(periods.length / 2)] ?? '';
  const id = Object.keys(shard).find((key) => shard[key] === period) ?? '';
  const items = (await (await page.request.get(`${LARGE}${period}/items.json`)).json()) as Array<{ id: string; content: string }>;
  return { id, period, title: items.find((i) => i.id === id)?.content ?? '' };
}

/** Fails the first `n` requests for each path that `match` accepts; returns what was asked, path by path. */
async function failFirst(page: Page, n: number, match: (path: string) => boolean): Promise<Map<string, number>> {
  const asked = new Map<string, number>();
  await page.route('**/*', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!match(path)) return route.continue();
    const count = (asked.get(path) ?? 0) + 1;
    asked.set(path, count);
    if (count <= n) return count % 2 === 1 ? route.abort('connectionreset') : route.fulfill({ status: 503, body: 'Busy' });
    return route.continue();
  });
  return asked;
}

test('a deep link opens its event though the first request for each file fails', async ({ page }) => {
  const { id, period, title } = await farEvent(page);
  const asked = await failFirst(page, 1, (path) => path.startsWith(`${LARGE}ids/`) || path.startsWith(`${LARGE}${period}/`));
  await page.goto(`${LARGE}#${id}`);
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(title, { timeout: 30_000 });
  expect([...asked.keys()].sort()).toEqual([`${LARGE}${period}/`, `${LARGE}${period}/items.json`, expect.stringMatching(/\/ids\/\d+\.json$/)]);
});

test('a deep link that failed opens when it is followed again', async ({ page }) => {
  const { id, title } = await farEvent(page);
  // Every try of the first ask fails; the next ask is answered.
  const asked = await failFirst(page, 3, (path) => path.startsWith(`${LARGE}ids/`));
  await page.goto(LARGE);
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.evaluate((hash) => (location.hash = hash), id);
  await expect.poll(() => [...asked.values()].reduce((a, b) => a + b, 0), { timeout: 30_000 }).toBe(3);
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveCount(0);
  await page.evaluate(() => (location.hash = ''));
  await page.evaluate((hash) => (location.hash = hash), id);
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(title, { timeout: 30_000 });
});
