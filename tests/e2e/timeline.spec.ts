import { axe, COLOUR_RULES } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { shown } from './shown.ts';
import { SAMPLE, SAMPLE_LANES } from './sample.ts';

/** Console errors and uncaught exceptions, collected for the whole test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
}

const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });
const listEntry = (page: Page, id: string) => page.locator(`.tl-list article#${id}`);
// A point item is two elements (label and dot): count the labels.
const ITEMS = '.vis-item.tl-item:not(.vis-dot)';
const SELECTED = '.vis-item.vis-selected:not(.vis-dot)';
const timelineItem = (page: Page, text: string | RegExp) => page.locator(ITEMS, { hasText: text });

test('the sample opens on its window: every event there is drawn or counted in a chip, and every event is in the list', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(SAMPLE);
  await ready(page);
  const count = await page.locator('.tl-list article[data-event]').count();
  expect(count).toBeGreaterThanOrEqual(25);
  await expect(page.locator('.tl-header__meta')).toContainText(`${count} events`);
  // The author's window (2017-07 to 2025-02): each event in it is drawn, or stands in a "+n" chip.
  const inWindow = await page.locator('.tl-list article[data-event] .tl-event__meta time').evaluateAll(
    (times) =>
      times.filter((t) => {
        const d = t.getAttribute('datetime') ?? '';
        return d >= '2017-07' && d < '2025-03';
      }).length,
  );
  const { drawn, more } = await shown(page);
  expect(drawn.length + more).toBe(inWindow);
  // Drawn events carry their short labels, with their titles for screen readers.
  await expect(timelineItem(page, 'December 2023 plenum')).toContainText('9th Enlarged Plenary Meeting of the 8th WPK Central Committee');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Korea turns to Moscow and Beijing');
  // Lanes in the author's order, each titled on a row of its own; eras as bands, markers as lines.
  await expect(page.locator('.vis-item.tl-lane-title')).toHaveText(SAMPLE_LANES);
  await expect(page.locator('.vis-item.vis-background.tl-era')).toHaveCount(2);
  await expect(page.locator('.vis-custom-time')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('clicking an event fills the panel and highlights it in the list', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(SAMPLE);
  await ready(page);
  await timelineItem(page, 'Last televised New Year address').click();
  await expect(panel(page).getByRole('heading', { name: "Kim's last televised New Year address" })).toBeVisible();
  await expect(panel(page)).toContainText('1 January 2019');
  await expect(page).toHaveURL(/#new-year-address-2019-01-01$/);
  await expect(listEntry(page, 'new-year-address-2019-01-01')).toHaveClass(/is-selected/);
  await expect(listEntry(page, 'new-year-address-2019-01-01')).toHaveAttribute('aria-current', 'true');
  expect(errors).toEqual([]);
});

test('a deep link opens its event, with the quotes as attributed blockquotes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${SAMPLE}#plenum-2023-12`);
  await ready(page);
  const details = panel(page);
  await expect(details.getByRole('heading', { name: '9th Enlarged Plenary Meeting of the 8th WPK Central Committee' })).toBeVisible();
  await expect(details.locator('.tl-event__meta time')).toHaveText('26–30 December 2023');
  await expect(details.locator('figure.tl-annotation--quote blockquote').first()).toContainText('militant tasks');
  await expect(details.locator('figure.tl-annotation--quote figcaption').first()).toContainText('KCNA');
  // Context, analysis and corrections are labelled asides, distinct from quotes.
  await expect(details.locator('aside.tl-annotation--context').first()).toContainText('Context');
  await expect(details.locator('aside.tl-annotation--correction').first()).toContainText('Correction');
  // The timeline scrolled to it and selected it.
  const selected = page.locator(SELECTED);
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText('9th Enlarged Plenary Meeting');
  await expect(selected).toBeInViewport();
  await expect(page.locator('tl-timeline')).toBeInViewport();
  await expect(listEntry(page, 'plenum-2023-12')).toHaveClass(/is-selected/);
  expect(errors).toEqual([]);
});

test('previous and next walk the events in time order without adding history', async ({ page }) => {
  await page.goto(`${SAMPLE}#plenum-2023-12`);
  await ready(page);
  const ids = await page.locator('.tl-list article[data-event]').evaluateAll((els) => els.map((e) => e.id));
  const i = ids.indexOf('plenum-2023-12');
  const historyLength = await page.evaluate(() => history.length);

  await panel(page).getByRole('button', { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${ids[i + 1]}$`));
  await expect(listEntry(page, ids[i + 1] ?? '')).toHaveClass(/is-selected/);
  const nextTitle = await page.locator(`#${ids[i + 1]}__title`).textContent();
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(nextTitle?.trim() ?? '');

  await panel(page)
    .getByRole('button', { name: /^Previous/ })
    .click();
  await panel(page)
    .getByRole('button', { name: /^Previous/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`#${ids[i - 1]}$`));
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // The first event has no previous one.
  await page.goto('about:blank');
  await page.goto(`${SAMPLE}#${ids[0]}`);
  await ready(page);
  await expect(panel(page).getByRole('button', { name: /^Previous/ })).toBeDisabled();
});

test('closing the panel clears the deep link and the selection', async ({ page }) => {
  await page.goto(`${SAMPLE}#putin-summit-2023-09`);
  await ready(page);
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(new RegExp(`${SAMPLE}$`));
  await expect(page.locator(SELECTED)).toHaveCount(0);
  await expect(page.locator('.tl-list .is-selected')).toHaveCount(0);
});

test('a title in the list selects the event on the timeline', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  await listEntry(page, 'lavrov-visit-2023-10')
    .getByRole('link', { name: /Lavrov/ })
    .click();
  await expect(page).toHaveURL(/#lavrov-visit-2023-10$/);
  await expect(page.locator(SELECTED)).toContainText('Lavrov');
  await expect(panel(page).getByRole('heading', { name: /Lavrov/ })).toBeVisible();
});

test('changing the hash by hand opens that event', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  await page.evaluate(() => {
    location.hash = 'treaty-signed-2024-06-19';
  });
  await expect(panel(page).getByRole('heading', { name: /treaty/i })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list holds every event, its dates and its sources', async ({ page }) => {
    await page.goto(`${SAMPLE}#plenum-2023-12`);
    const articles = page.locator('.tl-list article[data-event]');
    expect(await articles.count()).toBeGreaterThanOrEqual(25);
    await expect(page.locator('.tl-timeline__noscript')).toBeVisible();
    await expect(panel(page)).toBeHidden();
    const plenum = listEntry(page, 'plenum-2023-12');
    await expect(plenum).toBeInViewport();
    await expect(plenum.locator('.tl-event__meta time')).toHaveAttribute('datetime', '2023-12-26');
    await expect(plenum.locator('.tl-event__meta time')).toHaveText('26–30 December 2023');
    await expect(plenum.locator('blockquote').first()).toContainText('militant tasks');
    // Every event cites a source, and the sources section lists who cites it.
    for (const article of await articles.all()) await expect(article.locator('.tl-citations li').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('#src_scmp-2023-12-28 .tl-sources__cited-by')).toContainText('9th Enlarged Plenary Meeting');
  });
});

// The same calendar day on the axis and in the list, wherever the reader is.
for (const timezoneId of ['Pacific/Kiritimati', 'UTC', 'Pacific/Pago_Pago']) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('sees 26 December on the axis and in the list', async ({ page }) => {
      await page.goto('/one-day/');
      await ready(page);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      const dot = page.locator('.vis-item.vis-point', { hasText: 'The day' }).locator('.vis-dot');
      const box = await dot.boundingBox();
      if (!box) throw new Error('no dot');
      const x = box.x + box.width / 2;
      // The minor axis label whose day contains the dot.
      const labels = await page.locator('.vis-time-axis .vis-text.vis-minor').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, text: e.textContent };
        }),
      );
      const sorted = labels.sort((a, b) => a.left - b.left);
      const day = sorted.filter((l) => l.left <= x).at(-1);
      // "26" or "Tue 26", depending on the zoom.
      expect(day?.text).toMatch(/(^|\D)26$/);
      await expect(page.locator('.tl-list article#the-day time')).toHaveText('26 December 2023');
      await expect(page.locator('.tl-list article#the-evening time')).toHaveText('26 December 2023, 23:30 GMT+9');
    });
  });
}

test('script in titles and other text stays text', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('/hostile-text/');
  await ready(page);
  await timelineItem(page, 'Script in a title').click();
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText("<script>window.__xss='event'</script>Script in a title");
  await timelineItem(page, 'onerror in a title').click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  // Shown literally, in the timeline and on the page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("<script>window.__xss = 'title'</script>Hostile text");
  await expect(timelineItem(page, 'onerror in a title')).toContainText(`<img src=x onerror="window.__xss='onerror'">onerror in a title`);
  await expect(page.locator('.vis-item.tl-lane-title')).toHaveText(`<img src=x onerror="window.__xss='group'">Group`);
  await expect(page.locator('.tl-strip__marker')).toHaveText(`<img src=x onerror="window.__xss='marker'">Marker`);
  await expect(page.locator('.tl-strip__era')).toHaveText(`<img src=x onerror="window.__xss='era'">Era`);
  await expect(page.locator('.tl-header__description a')).toHaveCount(0);
  // Nothing but our own markup: no element the text tried to inject.
  expect(await page.locator('main img, main script:not([type="application/json"]):not([src^="/_astro/"])').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('the index lists the timelines with span and count', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'North Korea turns to Moscow and Beijing' });
  await expect(link).toBeVisible();
  await expect(page.locator('li', { has: link })).toContainText('1 January 2013 – 27 December 2024');
  await expect(page.locator('li', { has: link })).toContainText('45 events');
  await link.click();
  await expect(page).toHaveURL(/\/north-korea\/$/);
});

test('axe finds no WCAG 2.2 AA violations with an event open, light or dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${SAMPLE}#plenum-2023-12`);
  await ready(page);
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 20, 23)');
  expect(await axe(page, (b) => b.withRules(COLOUR_RULES))).toEqual([]);
});
