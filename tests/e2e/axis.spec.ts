/** The axis in the timeline's words, its year ticks where readers count them. */
import { expect, test } from './test.ts';

test('a Korean axis writes 기원전, and its ticks fall on 500 BCE and 1 CE, not on 501 BCE and 1 BCE', async ({ page }) => {
  await page.goto('/korean-bce/');
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.tl-list article#silla-founded time')).toHaveText('기원전 57년');
  const minor = page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
  await expect(minor.filter({ hasText: /^1년$/ }).first()).toBeAttached();
  const labels = [...new Set(await minor.allTextContents())];
  const bce = labels.filter((l) => l.startsWith('기원전'));
  expect(bce.length).toBeGreaterThan(1);
  for (const label of bce) expect(label).toMatch(/^기원전 [1-9]\d*0년$/);
  expect(labels.filter((l) => /BC/.test(l))).toEqual([]);
});
