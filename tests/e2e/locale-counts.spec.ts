/**
 * Counts are written in the timeline's language, whatever the reader's
 * browser speaks: an English timeline says "1,234" to a reader whose browser
 * would write "١٬٢٣٤".
 */
import { expect, test } from './test.ts';

const LARGE = '/large-10k/';

test.use({ locale: 'ar-EG' });

test('the filters, the search results and the chips of events not shown count in the timeline’s language', async ({ page }) => {
  await page.goto(`${LARGE}?groups=security,media`);
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('.tl-filters__count')).toHaveText(/^\d,\d{3} of 10,000 events$/);
  const results = page.getByRole('region', { name: 'Matching events' });
  await expect(results.getByRole('button', { name: 'Show 20 more' })).toBeVisible();
  await expect(results.locator('.tl-results__note')).toHaveText('The timeline shows the 20 listed here.');
  // Without filters, chips stand for the events a lane cannot show at this zoom: "+123", read as "123 more events here".
  await page.goto(LARGE);
  const chips = page.locator('.vis-item.tl-more');
  await expect(chips.filter({ hasText: /more events here/ }).first()).toBeAttached();
  // vis-timeline keeps a chip or two it has not drawn yet, empty.
  const labels = (await chips.allTextContents()).filter(Boolean);
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toMatch(/^\+\d+, [\d,]+ more events here/);
});
