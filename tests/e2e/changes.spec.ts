/**
 * Trust in the sample: sources that differ are shown as such, every
 * correction is logged on a public page and in the feed, and an event with a
 * correction says so before it is opened.
 */
import { axe } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { SAMPLE } from './sample.ts';

const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });
const listEntry = (page: Page, id: string) => page.locator(`.tl-list article#${id}`);

async function ready(page: Page): Promise<void> {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
}

test('sources that differ are shown as such in the panel and the list, each source cited; axe is clean', async ({ page }) => {
  await page.goto(`${SAMPLE}#intergovernmental-commission-2023-11`);
  await ready(page);
  const dispute = panel(page).getByRole('complementary', { name: 'Sources differ' });
  await expect(dispute).toBeVisible();
  await expect(dispute).toContainText('TASS');
  // Both sources that differ are cited, each a link to its entry under Sources.
  const cited = dispute.locator('.tl-annotation__credit a');
  await expect(cited).toHaveCount(2);
  expect(await cited.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#src_tass-2023-11-16', '#src_yonhap-2023-11-16']);
  // The list says so before the event is opened, and that it was corrected.
  const entry = listEntry(page, 'intergovernmental-commission-2023-11');
  await expect(entry.locator('.tl-flag--dispute')).toHaveText('Sources differ');
  await expect(entry.locator('.tl-flag--correction')).toHaveText('Corrected');
  await expect(listEntry(page, 'lavrov-visit-2023-10').locator('.tl-flag')).toHaveCount(0);
  // What this test shows, the panel and the entry's flags: the whole page with an event open is timeline.spec.ts's check.
  expect(await axe(page, (b) => b.include('.tl-panel').include('.tl-list article#intergovernmental-commission-2023-11'))).toEqual([]);
});

test('the changes page lists every correction and update, newest first, linking to its event; axe is clean', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  // Linked quietly beside the downloads.
  await page.locator('.tl-downloads').getByRole('link', { name: 'Corrections and updates' }).click();
  await expect(page).toHaveURL(/\/north-korea\/changes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections and updates');
  const items = page.locator('.tl-changes__item');
  await expect(items).toHaveCount(6);
  const days = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(days).toEqual([...days].sort().reverse());
  await expect(items.last()).toContainText('Update');
  await expect(items.last()).toContainText('Kim congratulates Xi');
  await expect(items.first()).toContainText('Correction');
  expect(await axe(page)).toEqual([]);
  // Each links to its event, which opens.
  await items.getByRole('link', { name: "Kim's train leaves Artyom for home" }).click();
  await expect(page).toHaveURL(/\/north-korea\/#kim-leaves-russia-2023-09-17$/);
  await ready(page);
  await expect(panel(page).getByRole('complementary', { name: 'Correction' })).toContainText('still more than 200 km');
});

test('a correction is an entry of the feed, filed under the day it was made and linking to its event', async ({ request }) => {
  const xml = await (await request.get('/north-korea/feed.xml')).text();
  const entry = xml.split('<entry>').find((e) => e.includes('Correction: Kim&apos;s train leaves Artyom for home')) ?? '';
  expect(entry).toContain('<published>2026-12-02T12:00:00Z</published>');
  expect(entry).toContain('<category term="correction" label="Correction"/>');
  expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="[^"]*north-korea\/#kim-leaves-russia-2023-09-17"\/>/);
  expect(entry).toContain('An earlier version said that Kim&apos;s train left Russia on 17 September.');
});
