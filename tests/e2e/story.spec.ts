/**
 * Reading a story: the title slide, then one step at a time by button, key
 * and swipe, the timeline beneath moving to each step's event; every step
 * with its address; the article without JavaScript and in print; axe.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { axe, COLOUR_RULES } from './axe.ts';
import { settled } from './settled.ts';

const STORY = '/north-korea/story/road-to-vostochny/';

const slide = (page: Page) => page.locator('.tl-story__slides [data-step]:not(.is-off)');
const selected = (page: Page) => page.locator('tl-timeline .vis-item.vis-selected:not(.vis-dot)');
/** The events selected on the timeline, by id. */
const selection = (page: Page) =>
  page
    .locator('tl-timeline')
    .evaluate((el) => (el as unknown as { timeline?: { getSelection(): Array<string | number> } }).timeline?.getSelection().map(String) ?? []);
const ready = (page: Page) => expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');

test('the timeline page lists its stories above the graphic, and the graphic stays on the first screen', async ({ page }) => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('/north-korea/');
    const link = page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: "Kim's road to Vostochny and the treaty" });
    await expect(link).toBeVisible();
    await ready(page);
    const canvas = await page.locator('.tl-timeline__canvas').boundingBox();
    expect((canvas?.y ?? 0) + (canvas?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    expect(canvas?.height ?? 0).toBeGreaterThan(250);
  }
  await page.getByRole('link', { name: "Kim's road to Vostochny and the treaty" }).click();
  await expect(page).toHaveURL(/\/north-korea\/story\/road-to-vostochny\/$/);
});

test('a story opens on its title slide and steps through by button, with the timeline beneath on the step event', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(STORY);
  await expect(page.getByRole('heading', { level: 1, name: "Kim's road to Vostochny and the treaty" })).toBeVisible();
  await expect(slide(page)).toContainText('10 steps');
  await ready(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/#step-1$/);
  // Start is gone with its slide: focus is on the first step's heading.
  await expect(slide(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText("2018, Kim's first trip abroad as leader");
  await expect(page.locator('.tl-story__progress-text')).toHaveText('Step 1 of 10');
  await expect(page.locator('[data-story-status]')).toHaveText("Step 1 of 10: 2018, Kim's first trip abroad as leader");
  await expect.poll(() => selection(page)).toEqual(['kim-xi-summit-2018-03']);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/#step-2$/);
  await expect.poll(() => selection(page)).toEqual(['putin-summit-2019-04']);
  // The slide sits above the timeline, and the step's event is in view on it.
  await settled(page);
  const slideBox = await slide(page).boundingBox();
  const canvas = await page.locator('.tl-timeline__canvas').boundingBox();
  const item = await selected(page).boundingBox();
  expect((slideBox?.y ?? 0) + (slideBox?.height ?? 0)).toBeLessThanOrEqual(canvas?.y ?? 0);
  expect(item?.x ?? -1).toBeGreaterThanOrEqual(canvas?.x ?? 0);
  expect((item?.x ?? 0) + 10).toBeLessThanOrEqual((canvas?.x ?? 0) + (canvas?.width ?? 0));
  expect((canvas?.y ?? 0) + (canvas?.height ?? 0)).toBeLessThanOrEqual(900);
  // The other events are dimmed.
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-focus', 'event');
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(page).toHaveURL(/#step-1$/);
});

test('the arrow keys step through, back and forward return to a step, and a reload lands on it', async ({ page }) => {
  await page.goto(`${STORY}#step-3`);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('2022, siding with Moscow over Ukraine');
  await ready(page);
  await expect.poll(() => selection(page)).toEqual(['dprk-recognises-donetsk-luhansk-2022-07-13']);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#step-4$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#step-5$/);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('July 2023, Shoigu in Pyongyang');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#step-4$/);
  await page.goBack();
  await expect(page).toHaveURL(/#step-5$/);
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('July 2023, Shoigu in Pyongyang');
  await page.goBack();
  await expect(page).toHaveURL(/#step-4$/);
  await page.goForward();
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('July 2023, Shoigu in Pyongyang');
  await page.reload();
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('July 2023, Shoigu in Pyongyang');
  await expect(page.locator('.tl-story__progress-text')).toHaveText('Step 5 of 10');
  // Next stays focused from step to step; at the last step it is disabled, and focus goes to the step's heading.
  await page.goto(`${STORY}#step-9`);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
  await expect(slide(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#step-10$/);
});

test('a window step moves the timeline to its stretch of time without selecting an event', async ({ page }) => {
  await page.goto('/north-korea/story/new-year-to-plenum/#step-1');
  await ready(page);
  await expect.poll(() => selection(page)).toEqual(['new-year-address-2013-01-01']);
  await page.keyboard.press('ArrowRight');
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('Every 1 January, a speech');
  await expect(selected(page)).toHaveCount(0);
  await expect(page.locator('tl-timeline')).not.toHaveAttribute('data-focus', 'event');
  await settled(page);
  const window = await page.locator('tl-timeline').evaluate((el) => {
    const w = (el as unknown as { timeline: { getWindow(): { start: Date; end: Date } } }).timeline.getWindow();
    return [w.start.toISOString().slice(0, 7), w.end.toISOString().slice(0, 7)];
  });
  expect(window).toEqual(['2014-01', '2019-01']);
});

test('a swipe across the slide turns it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${STORY}#step-2`);
  await ready(page);
  const area = page.locator('.tl-story__slides');
  const box = await area.boundingBox();
  const y = (box?.y ?? 0) + 100;
  const swipe = async (from: number, to: number) => {
    await area.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: from, clientY: y, isPrimary: true });
    await area.dispatchEvent('pointerup', { pointerType: 'touch', clientX: to, clientY: y + 5, isPrimary: true });
  };
  await swipe(300, 100);
  await expect(page).toHaveURL(/#step-3$/);
  await swipe(100, 300);
  await expect(page).toHaveURL(/#step-2$/);
  // A short or mostly vertical move is no swipe.
  await swipe(200, 190);
  await expect(page).toHaveURL(/#step-2$/);
});

test("a step's picture: sized, lazy, WebP, its alternative, credit and licence, linking to the original", async ({ page, request }) => {
  await page.goto(`${STORY}#step-7`);
  const figure = slide(page).locator('figure');
  const img = figure.getByRole('img', { name: /Schematic map of Kim's train journey/ });
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('width', '640');
  await expect(img).toHaveAttribute('height', /^\d+$/);
  await expect(img).toHaveAttribute('src', /\.webp$/);
  await expect(img).toHaveAttribute('srcset', /320w.*640w.*960w/);
  await expect(figure.locator('figcaption')).toHaveText(/^Map: the timeline desk, .* · CC BY 4\.0$/);
  expect((await request.get('/images/kim-train-2023-09.png')).headers()['content-type']).toBe('image/png');
  // The same figure in the event's entry on the timeline page.
  await page.goto('/north-korea/');
  await expect(page.locator('#putin-summit-2023-09 figure img')).toHaveAttribute('src', /\.webp$/);
});

test('a story in Korean speaks Korean', async ({ page }) => {
  await page.goto('/korean/story/plenum-road/');
  await expect(page.getByRole('button', { name: '시작' })).toBeVisible();
  await expect(slide(page)).toContainText('3단계');
  await ready(page);
  await page.getByRole('button', { name: '시작' }).click();
  await expect(page.locator('.tl-story__progress-text')).toHaveText('3단계 중 1단계');
  await expect(page.getByRole('button', { name: '다음 단계' })).toBeEnabled();
  await page.goto('/korean/');
  await expect(page.getByRole('navigation', { name: '이야기' }).getByRole('link', { name: '정상회담에서 전원회의까지' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story is an article of numbered steps, each with its date, text and a link to its event, then its sources', async ({ page }) => {
    await page.goto(STORY);
    const steps = page.locator('.tl-step');
    await expect(steps).toHaveCount(10);
    for (const step of await steps.all()) await expect(step).toBeVisible();
    const third = steps.nth(2);
    await expect(third).toContainText('Step 3');
    await expect(third.locator('time')).toHaveText('13 July 2022');
    await expect(third.getByRole('link', { name: /The full entry/ })).toHaveAttribute('href', '../../#dprk-recognises-donetsk-luhansk-2022-07-13');
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('.tl-story__timeline')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start' })).toBeHidden();
  });
});

test('in print the story is every step in order, without the buttons or the timeline', async ({ page }) => {
  await page.goto(`${STORY}#step-4`);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  for (const step of await page.locator('.tl-step').all()) await expect(step).toBeVisible();
  await expect(page.locator('.tl-story__nav')).toBeHidden();
  await expect(page.locator('.tl-story__timeline')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

for (const width of [360, 1440]) {
  test(`axe finds no WCAG 2.2 AA violation on a story, light or dark, ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // Every rule in light; in dark, those that read colours (axe.ts).
    const check = async (): Promise<void> => {
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await axe(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect((await axe(page, (b) => b.withRules(COLOUR_RULES))).map((v) => `dark ${v}`)).toEqual([]);
    };
    await page.goto(STORY);
    await ready(page);
    await check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(selected(page)).toHaveCount(1);
    await settled(page);
    await check();
    // A step with a picture.
    await page.goto(`${STORY}#step-7`);
    await ready(page);
    await expect(selected(page)).toHaveCount(1);
    await settled(page);
    await check();
  });
}
