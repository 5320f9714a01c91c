/**
 * A story in the embed: the slide above, the lanes beneath, in the frame's
 * fixed height; the step carried in the host page's address by /embed.js;
 * and the Embed dialog's "Embed a story".
 */
import { expect, test } from './test.ts';
import { axe, EMBED, frameHeight, frameOf, ready, serveHostPages } from './embed-host.ts';
import { settled } from './settled.ts';

const hosts = serveHostPages();

test('a story embed opens at its step, keeps its height, and carries the step in the host address', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(`${hosts.url}/story`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  const slide = frame.locator('.tl-story__slides [data-step]:not(.is-off)');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('2022, siding with Moscow over Ukraine');
  const before = await frameHeight(page, 'nk');
  expect(before).toBe(560);
  // The slide above, the timeline beneath, both inside the frame.
  const slideBox = await frame.locator('.tl-story__slides').boundingBox();
  const canvas = await frame.locator('.tl-timeline__canvas').boundingBox();
  expect((slideBox?.y ?? 0) + (slideBox?.height ?? 0)).toBeLessThanOrEqual(canvas?.y ?? 0);
  // The lanes and the zoom buttons fit the frame.
  const fit = await frame.getByRole('button', { name: 'Show all' }).boundingBox();
  const owner = await frame.owner().boundingBox();
  expect((fit?.y ?? 0) + (fit?.height ?? 0)).toBeLessThanOrEqual((owner?.y ?? 0) + (owner?.height ?? 0));
  await frame.getByRole('button', { name: 'Next step' }).click();
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('June 2023, "full support and solidarity"');
  await expect(page).toHaveURL(`${hosts.url}/story?nk=step-4`);
  await settled(frameOf(page, 'nk'));
  expect(await frameHeight(page, 'nk')).toBe(before);
  // The host's address names a step: the embed opens it.
  await page.goto(`${hosts.url}/story?nk=step-7`);
  await ready(frameOf(page, 'nk'));
  await expect(frameOf(page, 'nk').locator('.tl-story__slides [data-step]:not(.is-off) h2')).toHaveText('13 September 2023, Vostochny');
});

test('the embed address with ?story= opens the story, and a link to the full entry leaves the frame', async ({ page }) => {
  await page.goto(`${EMBED}/embed/north-korea/?story=new-year-to-plenum&step=2&theme=dark`);
  await expect(page).toHaveURL(/\/embed\/north-korea\/story\/new-year-to-plenum\/\?story=new-year-to-plenum&step=2&theme=dark$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.tl-story__slides [data-step]:not(.is-off) h2')).toHaveText('Every 1 January, a speech');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tl-story__slides [data-step]:not(.is-off) .tl-step__more a')).toHaveAttribute('target', '_blank');
  expect(await axe(page)).toEqual([]);
});

test('the Embed dialog offers a story, and its code embeds it', async ({ page }) => {
  await page.goto(`${EMBED}/north-korea/`);
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await dialog.getByLabel('What to embed').selectOption('road-to-vostochny');
  const code = dialog.getByRole('textbox', { name: 'Code to paste' });
  await expect(code).toHaveValue(
    new RegExp(
      `^<iframe src="${EMBED}/embed/north-korea/\\?story=road-to-vostochny" title="Kim&#39;s road to Vostochny and the treaty \\(interactive timeline\\)"`,
    ),
  );
  await expect(page.frameLocator('.tl-share__preview iframe').locator('tl-story')).toBeVisible();
});
