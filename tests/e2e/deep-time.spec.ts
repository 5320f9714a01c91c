/**
 * Knight Lab's cosmological example, imported with npm run import
 * (tests/e2e/timelines/cosmos.yaml): years beyond four digits drawn on a
 * scaled axis, labelled and listed as distances in time.
 */
import { expect, test } from './test.ts';

test('the cosmological example is drawn in time order on an axis labelled in years ago, and listed so', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // vis-timeline says so when its axis needs more than 1,000 grid lines (a step it has not got).
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /wrong with the Timeline scale|Unknown option/.test(m.text())) errors.push(m.text());
  });
  await page.goto('/cosmos/');
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.tl-list article#the-big-bang-y-13800000000 time')).toHaveText('13.8 billion years ago');
  await expect(page.locator('.tl-list article#paleozoic-era-y-538800000 time')).toHaveText('539 million years ago – 252 million years ago');
  // Every event drawn, left to right in time order.
  const items = page.locator('.vis-item.tl-item:not(.vis-dot)');
  await expect(items).toHaveCount(7);
  const order = await items.evaluateAll((els) =>
    els
      .map((el) => ({ text: el.textContent, x: el.getBoundingClientRect().left }))
      .sort((a, b) => a.x - b.x)
      .map((i) => i.text),
  );
  expect(order[0]).toContain('The Big Bang');
  expect(order.at(-1)).toContain('wheeled vehicle');
  const labels = await page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents();
  expect(labels.filter((l) => /^\d+B years ago$/.test(l)).length).toBeGreaterThan(2);
  expect(labels.filter((l) => /NaN|Invalid/.test(l))).toEqual([]);
  // Opened, an event says its date the same way.
  await page.goto('/cosmos/#the-formation-of-the-solar-system-y-4600000000');
  await expect(page.getByRole('region', { name: 'Event details' }).locator('time')).toHaveText('4.6 billion years ago');
  expect(errors).toEqual([]);
});
