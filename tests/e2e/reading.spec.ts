/**
 * Reading the timeline: by keyboard alone, with a screen reader's view of
 * it, in Korean, in dark colours, on paper and on a phone.
 */
import { axe } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { shown } from './shown.ts';
import { settled } from './settled.ts';
import { SAMPLE } from './sample.ts';

async function ready(page: Page): Promise<void> {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
}

const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });
const canvas = (page: Page) => page.getByRole('region', { name: 'Interactive timeline' });
const SELECTED = '.vis-item.vis-selected:not(.vis-dot)';

test('a keyboard-only walk: into the timeline, along the events, open, next, close, back', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  const titles = (await page.locator('.tl-list .tl-event__title').allTextContents()).map((t) => t.trim());
  // The skip link goes straight to the timeline.
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: 'Skip to the timeline' }).press('Enter');
  await expect(canvas(page)).toBeFocused();

  await page.keyboard.press('Home');
  await expect(page.locator(SELECTED)).toContainText(titles[0] ?? '');
  await expect(page.locator('[data-announce]')).toHaveText(new RegExp(`^${escape(titles[0])}, .+\\. Event 1 of ${titles.length}\\.$`));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(SELECTED)).toContainText(titles[1] ?? '');
  await expect(page.locator('[data-announce]')).toContainText(`Event 2 of ${titles.length}`);
  // Moving does not open anything; Enter does, and focus goes to the event's heading.
  await expect(panel(page).locator('article')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(titles[1] ?? '');
  await expect(panel(page).getByRole('heading', { level: 3 })).toBeFocused();
  await expect(page).toHaveURL(/#.+$/);

  // With the panel open, the timeline's arrows move it along.
  await canvas(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(titles[2] ?? '');

  // Escape closes it and gives focus back to the timeline, on the same event.
  await panel(page).getByRole('heading', { level: 3 }).focus();
  await page.keyboard.press('Escape');
  await expect(panel(page).locator('article')).toHaveCount(0);
  await expect(canvas(page)).toBeFocused();
  await expect(page.locator(SELECTED)).toContainText(titles[2] ?? '');
  await page.keyboard.press('End');
  await expect(page.locator(SELECTED)).toContainText(titles.at(-1) ?? '');
});

function escape(text: string | undefined): string {
  return (text ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('keys zoom and pan, and ? shows the shortcuts', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  const span = (): Promise<number> =>
    page.evaluate(() => {
      const w = (document.querySelector('tl-timeline') as unknown as { timeline: { getWindow(): { start: Date; end: Date } } }).timeline.getWindow();
      return w.end.valueOf() - w.start.valueOf();
    });
  const start = (): Promise<number> =>
    page.evaluate(() =>
      (document.querySelector('tl-timeline') as unknown as { timeline: { getWindow(): { start: Date } } }).timeline.getWindow().start.valueOf(),
    );
  await canvas(page).focus();
  // Each key from rest: pressed mid-glide, a key zooms or pans from wherever the glide has got to.
  const opening = await span();
  await page.keyboard.press('+');
  await settled(page);
  const zoomed = await span();
  expect(zoomed).toBeLessThan(opening);
  await page.keyboard.press('+');
  await settled(page);
  const closer = await span();
  expect(closer).toBeLessThan(zoomed);
  await page.keyboard.press('-');
  await settled(page);
  expect(await span()).toBeGreaterThan(closer);
  // Zoomed in, there is room to pan both ways (at "show all" there is none).
  const from = await start();
  await page.keyboard.press('Shift+ArrowRight');
  await settled(page);
  expect(await start()).toBeGreaterThan(from);
  await page.keyboard.press('Shift+ArrowLeft');
  await settled(page);
  expect(await start()).toBeCloseTo(from, -3);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Open the event');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a reader who asks for less motion has every move of the window at once, without a glide', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(SAMPLE);
  await ready(page);
  await settled(page);
  /** How many windows vis-timeline draws for one press of a button. */
  const steps = async (name: string): Promise<number> => {
    await page.evaluate(() => {
      const timeline = (document.querySelector('tl-timeline') as unknown as { timeline: { on(event: string, f: () => void): void } }).timeline;
      const counter = window as unknown as { windows: number; counting?: boolean };
      counter.windows = 0;
      if (!counter.counting) timeline.on('rangechange', () => counter.windows++);
      counter.counting = true;
    });
    await page.getByRole('button', { name }).click();
    await settled(page);
    return page.evaluate(() => (window as unknown as { windows: number }).windows);
  };
  expect(await steps('Zoom in')).toBe(1);
  // The same press, for a reader who has not asked: a glide of several frames.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await steps('Zoom out')).toBeGreaterThan(1);
});

test('each timeline item is named with its date, for screen readers', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  // Its short label, then its title and date.
  const item = page.locator('.vis-item.tl-item:not(.vis-dot)', { hasText: 'Last televised New Year address' });
  await expect(item).toHaveText("Last televised New Year address, Kim's last televised New Year address, 1 January 2019");
  const plain = page.locator('.vis-item.tl-item:not(.vis-dot)', { hasText: 'First Kim–Putin summit' });
  await expect(plain).toHaveText('First Kim–Putin summit, 25 April 2019');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'All events' })).toBeVisible();
});

test('the colour choice applies at once, follows the reader to other pages, and is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SAMPLE);
  await ready(page);
  const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await page.getByLabel('Colours').selectOption('dark');
  expect(await bg()).toBe('rgb(18, 20, 23)');
  await page.goto('/');
  expect(await bg()).toBe('rgb(18, 20, 23)');
  await expect(page.getByLabel('Colours')).toHaveValue('dark');
  await page.getByLabel('Colours').selectOption('auto');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await bg()).toBe('rgb(18, 20, 23)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await bg()).toBe('rgb(255, 255, 255)');
});

test('in Korean: dates, the axis and the interface', async ({ page }) => {
  await page.goto('/korean/#plenum-2023');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('.tl-header__meta')).toContainText('2019년 4월 25일 – 2023년 12월 30일');
  await expect(page.locator('.tl-header__meta')).toContainText('사건 3건');
  await expect(page.locator('.tl-list article#congress-2021 time')).toHaveText('2021년 1월');
  await expect(page.locator('.tl-list article#plenum-2023 time')).toHaveText('2023년 12월 26일–30일');
  const details = page.getByRole('region', { name: '사건 정보' });
  await expect(details.getByRole('button', { name: /^이전/ })).toBeVisible();
  await expect(details.locator('.tl-annotation__kind')).toHaveText('배경');
  await expect(page.getByRole('heading', { name: '모든 사건' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '출처' })).toBeVisible();
  // The axis speaks Korean too.
  await expect(page.locator('.vis-time-axis .vis-text.vis-major', { hasText: '2023년' }).first()).toBeVisible();
  await expect(page.locator('.vis-time-axis .vis-text.vis-minor', { hasText: '12월' }).first()).toBeVisible();
  await expect(page.getByLabel('색상')).toBeVisible();
});

test('printing gives a chronology: no controls, no canvas, sources written out', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tl-stage')).toBeHidden();
  await expect(page.locator('.tl-theme')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.tl-header__meta')).toBeVisible();
  const articles = page.locator('.tl-list article');
  expect(await articles.count()).toBe(45);
  await expect(articles.first()).toBeVisible();
  const after = await page
    .locator('.tl-list article#plenum-2023-12 .tl-citations a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https?:/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('no sideways scroll; the event opens as a sheet from the bottom; axe is clean', async ({ page }) => {
    await page.goto(`${SAMPLE}#plenum-2023-12`);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await panel(page).boundingBox();
    expect(box?.y ?? 0).toBeGreaterThan(100);
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(740);
    expect(await axe(page)).toEqual([]);
    await panel(page).getByRole('button', { name: 'Close' }).tap();
    await expect(panel(page)).toBeHidden();
  });

  test('two fingers pinch to zoom, one finger drags through time', async ({ page }) => {
    await page.goto(SAMPLE);
    await ready(page);
    const view = (): Promise<{ start: number; end: number }> =>
      page.evaluate(() => {
        const w = (document.querySelector('tl-timeline') as unknown as { timeline: { getWindow(): { start: Date; end: Date } } }).timeline.getWindow();
        return { start: w.start.valueOf(), end: w.end.valueOf() };
      });
    // The fingers go on the timeline, in view, below its axis.
    await page.locator('.tl-timeline__canvas').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const center = await page.locator('.vis-panel.vis-center').boundingBox();
    if (!center) throw new Error('no timeline');
    const x = center.x + center.width / 2;
    const y = center.y + Math.min(120, center.height / 2);
    // Real touch input, as a phone's touchscreen sends it.
    const cdp = await page.context().newCDPSession(page);
    const before = await view();
    await cdp.send('Input.synthesizePinchGesture', { x, y, scaleFactor: 3, relativeSpeed: 400, gestureSourceType: 'touch' });
    await expect.poll(async () => (await view()).end - (await view()).start).toBeLessThan((before.end - before.start) * 0.75);
    const zoomed = await view();
    await cdp.send('Input.synthesizeScrollGesture', { x: x - 60, y, xDistance: 120, yDistance: 0, speed: 600, gestureSourceType: 'touch', preventFling: true });
    // Dragging to the right brings earlier times into view; the page itself does not scroll sideways.
    await expect.poll(async () => (await view()).start).toBeLessThan(zoomed.start);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });
});

// The whole page in dark is checked in timeline.spec.ts: the reader's choice gives the same colours (above).
test('axe finds nothing in the shortcuts, in dark colours chosen by the reader', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  await page.getByLabel('Colours').selectOption('dark');
  await canvas(page).focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await axe(page, (b) => b.include('dialog.tl-keys'))).toEqual([]);
});

test.describe('search and filters', () => {
  const shownInList = (page: Page) => page.locator('.tl-list li.tl-list__event:not([hidden]) article');
  const total = (page: Page) => page.locator('.tl-list li.tl-list__event').count();
  const openFilters = async (page: Page): Promise<void> => {
    const box = page.locator('.tl-filters__box');
    if ((await box.getAttribute('open')) === null) await box.locator('summary').click();
  };
  /** Seen whole, the events the timeline draws or counts in its chips: exactly the matches. */
  async function expectTimelineHolds(page: Page, ids: string[]): Promise<void> {
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => ((s) => s.drawn.length + s.more)(await shown(page))).toBe(ids.length);
    for (const id of (await shown(page)).drawn) expect(ids).toContain(id);
  }
  const listed = (page: Page) => shownInList(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['event'] ?? ''));

  test('search, lanes and tags narrow the timeline and the list together, in the URL', async ({ page }) => {
    await page.goto(SAMPLE);
    await ready(page);
    const all = await total(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('plenum');
    await expect(page).toHaveURL(/\?q=plenum$/);
    await expect(page.locator('.tl-filters__count')).toHaveText(new RegExp(`^\\d+ of ${all} events$`));
    const count = await shownInList(page).count();
    expect(count).toBeGreaterThan(2);
    expect(count).toBeLessThan(all);
    await expect(page.locator('.tl-filters__count')).toHaveText(`${count} of ${all} events`);
    await expectTimelineHolds(page, await listed(page));
    // Every entry shown has the word somewhere in it.
    for (const text of await shownInList(page).allTextContents()) expect(text.toLowerCase()).toContain('plenum');

    await openFilters(page);
    await page.getByRole('checkbox', { name: 'Russia' }).check();
    await expect(page).toHaveURL(/\?q=plenum&groups=russia$/);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect(page).toHaveURL(/\?groups=russia$/);
    await expect(page.locator('.tl-filters__chosen')).toHaveText(' (1)');
    const russia = await shownInList(page).count();
    for (const group of await shownInList(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['group']))) expect(group).toBe('russia');

    await openFilters(page);
    await page.getByRole('checkbox', { name: 'summit' }).check();
    await expect(page).toHaveURL(/\?groups=russia&tags=summit$/);
    const both = await shownInList(page).count();
    expect(both).toBeLessThan(russia);
    for (const tags of await shownInList(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['tags'] ?? '')))
      expect(tags.split(' ')).toContain('summit');
    await expectTimelineHolds(page, await listed(page));
  });

  test('a shared URL opens filtered, with the deep link too', async ({ page }) => {
    await page.goto(`${SAMPLE}?groups=china&q=xi#kim-xi-summit-2018-05`);
    await ready(page);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('xi');
    await expect(page.locator('.tl-filters__chosen')).toHaveText(' (1)');
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: 'China' })).toBeChecked();
    await page.keyboard.press('Escape');
    const n = await shownInList(page).count();
    await expect(page.locator('.tl-filters__count')).toHaveText(`${n} of ${await total(page)} events`);
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('Second Kim–Xi summit');
    // The deep link zoomed in on its event; seen whole, the timeline holds the matches only.
    await expectTimelineHolds(page, await listed(page));
    // Next walks among the events shown.
    await panel(page).getByRole('button', { name: /^Next/ }).click();
    await expect(page.locator(`.tl-list li.tl-list__event:not([hidden]) article#${(await page.evaluate(() => location.hash)).slice(1)}`)).toHaveCount(1);
  });

  test('when nothing matches it says so, and Clear brings everything back', async ({ page }) => {
    await page.goto(`${SAMPLE}?q=zzzz-nothing`);
    await ready(page);
    const all = await total(page);
    await expect(page.locator('.tl-filters__none')).toBeVisible();
    await expect(page.locator('.tl-filters__count')).toHaveText(`0 of ${all} events`);
    await expectTimelineHolds(page, []);
    // The filters, which say so, and the list they emptied: the rest of the page is as on any other visit.
    expect(await axe(page, (b) => b.include('tl-filters').include('.tl-list'))).toEqual([]);
    await page.locator('.tl-filters__none').getByRole('button', { name: 'Clear' }).click();
    await expect(page).toHaveURL(new RegExp(`${SAMPLE}$`));
    await expect(page.locator('.tl-filters__count')).toHaveText(`${all} events`);
    await expectTimelineHolds(page, await listed(page));
    await expect(page.locator('.tl-filters__none')).toBeHidden();
  });

  test('printing a filtered view prints what is shown', async ({ page }) => {
    await page.goto(`${SAMPLE}?groups=party`);
    await ready(page);
    const n = await shownInList(page).count();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tl-filters')).toBeHidden();
    expect(await page.locator('.tl-list article').filter({ visible: true }).count()).toBe(n);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test('the search box is at hand, the lanes and tags fold behind Filters', async ({ page }) => {
      await page.goto(SAMPLE);
      await ready(page);
      await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: 'China' })).toBeHidden();
      await page.getByText('Filters', { exact: true }).tap();
      await expect(page.getByRole('checkbox', { name: 'China' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });
});
