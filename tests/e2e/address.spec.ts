/**
 * A malformed address (`#%`: a percent sign with nothing after it, as a
 * link cut short in an app can leave) names no event: the page and the embed
 * draw as without it, and a deep link followed afterwards opens its event.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { EVENT, EVENT_TITLE, ITEMS, panel } from './embed-host.ts';

/** Errors the page's scripts throw, from its start. */
function thrown(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const hash of ['#%', '#%E0%A4%A', '#%zz']) {
  test(`the timeline page with ${hash} draws, and a deep link then opens its event`, async ({ page }) => {
    const errors = thrown(page);
    await page.goto(`/north-korea/${hash}`);
    await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator(ITEMS).first()).toBeVisible();
    await page.evaluate((id) => (location.hash = `#${id}`), EVENT);
    await expect(panel(page).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('the embed with #% draws, opens the event its options name, and follows a deep link', async ({ page }) => {
  const errors = thrown(page);
  await page.goto(`/embed/north-korea/?event=${EVENT}#%`);
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await expect(panel(page).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await page.goto('/embed/north-korea/#%');
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator(ITEMS).first()).toBeVisible();
  await page.evaluate((id) => (location.hash = `#${id}`), EVENT);
  await expect(panel(page).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Embed dialog opens under #%, with no event filled in', async ({ page }) => {
  const errors = thrown(page);
  await page.goto('/north-korea/#%');
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Code to paste' })).not.toHaveValue(/event=/);
  expect(errors).toEqual([]);
});
