/**
 * The embed's own page: the Embed dialog (its code pasted into a page on
 * another origin) and axe. (Every browser test runs under the headers of
 * public/_headers: test.ts.)
 */
import { expect, test } from './test.ts';
import { COLOUR_RULES } from './axe.ts';
import { axe, EMBED, EVENT, EVENT_TITLE, frameHeight, frameOf, ITEMS, panel, ready, serveHostPages } from './embed-host.ts';

const hosts = serveHostPages();

test('the Embed dialog: labelled, its options, a live preview, and code that works pasted into a page on another origin', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: EMBED });
  await page.goto('/north-korea/');
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  const button = page.getByRole('button', { name: 'Embed', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  // The dialog and its preview; the page under it has its own checks (timeline.spec.ts).
  expect(await axe(page, (b) => b.include('dialog.tl-share__dialog'))).toEqual([]);

  await dialog.getByRole('combobox', { name: /Light or dark/ }).selectOption('dark');
  await dialog.getByRole('combobox', { name: 'Height' }).selectOption('800');
  await dialog.getByRole('checkbox', { name: 'Party meetings' }).check();
  const code = dialog.getByRole('textbox', { name: 'Code to paste' });
  await expect(code).toHaveValue(
    new RegExp(`^<iframe src="${EMBED}/embed/north-korea/\\?groups=party&amp;theme=dark" title="[^"]+" loading="lazy" height="800"`),
  );
  await expect(code).toHaveValue(new RegExp(`<script src="${EMBED}/embed.js" async></script>$`));
  const preview = page.frameLocator('.tl-share__preview iframe');
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The preview at that height, drawing the party's events (or counting them in its chips) and no other lane.
  expect(await page.locator('.tl-share__preview iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(800);
  await expect(preview.locator('.vis-item.tl-lane-title')).toHaveText(['Party meetings']);

  // An option the embed would ignore is named, and left out of the code.
  const start = dialog.getByRole('group', { name: 'Opening view' }).getByRole('textbox', { name: 'From' });
  await start.fill('2023-13');
  await expect(dialog.locator('.tl-share__ignored')).toHaveText('Left out of the code: start=2023-13: 2023-13 has month 13.');
  await expect(code).not.toHaveValue(/start=/);
  await start.fill('2019');
  await expect(code).toHaveValue(/groups=party&amp;start=2019&amp;theme=dark"/);
  await expect(dialog.locator('.tl-share__ignored')).toBeHidden();

  await dialog.getByRole('button', { name: 'Copy the code' }).click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await code.inputValue());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Pasted into a plain page on another origin: it draws, at the height chosen, and deep-links.
  hosts.paste(snippet);
  await page.goto(`${hosts.url}/pasted`);
  const frame = frameOf(page, 'north-korea');
  await ready(frame);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await frameHeight(page, 'north-korea')).toBe(800);
  await frame.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(page).toHaveURL(`${hosts.url}/pasted?north-korea=${EVENT}`);
  await expect(panel(frame).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  expect(await frameHeight(page, 'north-korea')).toBe(800);
  await page.reload();
  await expect(panel(frameOf(page, 'north-korea')).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the embed, ${theme}, with an event open and the list shown`, async ({ page }) => {
    await page.goto(`/embed/north-korea/?theme=${theme}&list=1&event=${EVENT}`);
    await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
    // In dark, the rules that read colours: the rest are the same page's (axe.ts).
    expect(await axe(page, (b) => (theme === 'dark' ? b.withRules(COLOUR_RULES) : b))).toEqual([]);
  });
}

test('at 320 px nothing scrolls sideways and axe finds nothing', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto(`/embed/north-korea/?event=${EVENT}`);
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axe(page)).toEqual([]);
});
