/**
 * The timeline reads as a graphic: first on the screen and whole in it, its
 * labels short and whole, its eras, markers and symbols explained, the
 * selected event always in view, a few Tab presses away, and on a phone
 * laid out for a phone.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { settled } from './settled.ts';
import { shown } from './shown.ts';
import { SAMPLE, SAMPLE_LANES } from './sample.ts';

async function ready(page: Page): Promise<void> {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
}

const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });
const SELECTED = '.vis-item.vis-selected:not(.vis-dot)';
/** The sample's events of high importance, by the label the timeline draws. */
const HIGH: Record<string, string> = {
  'putin-summit-2019-04': 'First Kim–Putin summit',
  'plenum-2019-12': 'December 2019 plenum',
  'putin-summit-2023-09': 'Vostochny summit',
  'plenum-2023-12': 'December 2023 plenum',
  'treaty-signed-2024-06-19': 'Partnership treaty signed',
  'troops-to-russia-2024-10': 'Troops to Russia',
};

type Box = { left: number; right: number; top: number; bottom: number };

const boxOf = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

const overlaps = (a: Box, b: Box): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

const VIEWS = [
  { width: 1440, height: 900, top: 0.4 },
  { width: 1280, height: 800, top: 0.4 },
  { width: 768, height: 1024, top: 0.4 },
  { width: 390, height: 844, top: 0.5, phone: true },
];

for (const { width, height, top, phone } of VIEWS) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, isMobile: phone ?? false, hasTouch: phone ?? false });

    test(`the timeline starts in the top ${top * 100}% of the screen${phone ? '' : ', its whole opening view fits it'}, and every key event there reads in full`, async ({
      page,
    }) => {
      await page.goto(SAMPLE);
      await ready(page);
      const timeline = await boxOf(page.locator('tl-timeline'));
      expect(timeline.top).toBeLessThan(height * top);
      if (!phone) {
        // The drawing with its axis, without scrolling the page.
        expect((await boxOf(page.locator('.vis-timeline'))).bottom).toBeLessThanOrEqual(height);
        expect(await page.evaluate(() => scrollY)).toBe(0);
      }
      // Every key event in the opening view reads in full: not cut, not off the edge, not covered.
      const drawing = await boxOf(page.locator('.vis-panel.vis-center'));
      const labels = page.locator('.vis-item:not(.vis-dot):not(.vis-background) .vis-item-content');
      const boxes = await labels.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      const { drawn } = await shown(page);
      const inView = Object.keys(HIGH).filter((id) => drawn.includes(id));
      // The opening view is the author's window, 2017–2024: all of them are in it, and drawn.
      expect(inView.sort()).toEqual(Object.keys(HIGH).sort());
      for (const id of inView) {
        const label = page.locator('.vis-item.tl-item:not(.vis-dot) .vis-item-content', { hasText: HIGH[id] ?? id });
        await expect(label).toHaveCount(1);
        // Not cut with an ellipsis.
        expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        const box = await boxOf(label);
        // Inside the drawing.
        expect(box.left).toBeGreaterThanOrEqual(drawing.left);
        expect(box.right).toBeLessThanOrEqual(drawing.right);
        // No other label on it.
        const others = boxes.filter((b) => !b.text.startsWith(HIGH[id] ?? '') && overlaps(b, box));
        expect(others.map((o) => o.text)).toEqual([]);
      }
    });
  });
}

test('labels never overlap, in the opening view and zoomed in or out', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  for (const step of ['start', 'in', 'in', 'out', 'out', 'out']) {
    if (step !== 'start') await page.getByRole('button', { name: step === 'in' ? 'Zoom in' : 'Zoom out' }).click();
    await settled(page);
    const boxes = await page.locator('.vis-item:not(.vis-dot):not(.vis-background) .vis-item-content').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlaps(a, b))
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(clashes, `after zooming ${step}`).toEqual([]);
  }
});

test('lanes never grow taller than the view: what does not fit is a "+n" chip that zooms in to it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(SAMPLE);
  await ready(page);
  const canvas = await boxOf(page.locator('.tl-timeline__canvas'));
  expect((await boxOf(page.locator('.vis-timeline'))).bottom).toBeLessThanOrEqual(canvas.bottom + 1);
  // The sample's September 2023 trip is too busy for this zoom: a chip stands for it.
  const { drawn, more } = await shown(page);
  expect(more).toBeGreaterThan(0);
  const chip = page.locator('.vis-item.tl-more', { hasText: /^\+\d+/ }).first();
  await expect(chip).toHaveAttribute('class', /tl-more/);
  await expect(chip).toContainText(/more events here/);
  const span = async (): Promise<number> =>
    page.locator('tl-timeline').evaluate((el) => {
      const w = (el as unknown as { timeline: { getWindow(): { start: Date; end: Date } } }).timeline.getWindow();
      return w.end.valueOf() - w.start.valueOf();
    });
  const before = await span();
  await chip.click();
  await expect.poll(span).toBeLessThan(before / 2);
  // Zoomed in, more of them are drawn.
  await settled(page);
  expect((await shown(page)).drawn.length).toBeGreaterThan(0);
  expect(drawn.length).toBeGreaterThan(0);
});

test('era titles and marker labels read above the lanes, the markers never on one another, and a key says what the symbols mean', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(SAMPLE);
  await ready(page);
  const eras = page.locator('.tl-strip__era:not([hidden])');
  await expect(eras).toHaveText(["Televised New Year's Day addresses", 'Year-end plenum reports replace the address']);
  const markers = await page.locator('.tl-strip__marker:not([hidden])').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  expect(markers.length).toBeGreaterThanOrEqual(2);
  for (const [i, a] of markers.entries()) for (const b of markers.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  const key = page.getByRole('list', { name: 'Key' });
  await expect(key.getByRole('listitem')).toHaveText([
    'Key event',
    'Several days',
    'Date uncertain',
    'Period',
    'Marked date',
    'Linked events',
    '+3 More: zoom in',
  ]);
  // Under the drawing, in one line on a wide screen, beside the zoom buttons.
  const box = await boxOf(key);
  expect(box.top).toBeGreaterThanOrEqual((await boxOf(page.locator('.vis-timeline'))).bottom);
  expect(box.bottom - box.top).toBeLessThan(30);
  const buttons = await boxOf(page.locator('.tl-timeline__buttons'));
  expect(buttons.top).toBeLessThan(box.bottom);
  // Narrower, it wraps within its own column and the buttons keep their place: the lanes lose no row to it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await settled(page);
  const narrow = await boxOf(key);
  expect((await boxOf(page.locator('.tl-timeline__buttons'))).top).toBeLessThan(narrow.bottom);
  await expect(page.locator('.tl-header__kicker')).toHaveText('North Korea');
  await expect(page.locator('.tl-credit')).toContainText('Sources: KCNA');
});

/** The selected event is inside the drawing, and the panel's heading is on the screen above anything covering it. */
async function expectInView(page: Page): Promise<void> {
  // The label as drawn (on the left of its dot, it is moved there from the item's box).
  const item = await boxOf(page.locator(`${SELECTED} .vis-item-content`));
  const drawing = await boxOf(page.locator('.vis-panel.vis-center'));
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const sheet = await boxOf(panel(page));
  const sheetIsOver = sheet.top > drawing.top && sheet.left <= drawing.left;
  const floor = Math.min(viewport.height, sheetIsOver ? sheet.top : viewport.height);
  expect(item.left).toBeGreaterThanOrEqual(drawing.left - 1);
  expect(item.right).toBeLessThanOrEqual(drawing.right + 1);
  expect(item.top).toBeGreaterThanOrEqual(Math.max(drawing.top, 0) - 1);
  expect(item.bottom).toBeLessThanOrEqual(Math.min(drawing.bottom, floor) + 1);
  const heading = await boxOf(panel(page).getByRole('heading', { level: 3 }));
  expect(heading.top).toBeGreaterThanOrEqual(0);
  expect(heading.bottom).toBeLessThanOrEqual(viewport.height);
}

for (const width of [320, 768, 1280, 1920]) {
  test(`at ${width} px, a deep link, Next, the arrow keys and a click keep the selected event and its detail in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 500 ? 740 : width < 1000 ? 1024 : 900 });
    await page.goto(`${SAMPLE}#plenum-2019-12`);
    await ready(page);
    await expect(panel(page).getByRole('heading', { level: 3 })).toContainText('5th Plenary Meeting');
    await settled(page);
    await expectInView(page);
    for (let i = 0; i < 3; i++) {
      const before = await panel(page).getByRole('heading', { level: 3 }).textContent();
      await panel(page).getByRole('button', { name: /^Next/ }).click();
      await expect(panel(page).getByRole('heading', { level: 3 })).not.toHaveText(before ?? '');
      await settled(page);
      await expectInView(page);
    }
    // Two quick presses: each counts, and the second event's glide is the one that ends.
    const order = await page.locator('.tl-list article[data-event]').evaluateAll((list) => list.map((a) => a.getAttribute('data-event')));
    const here = order.indexOf(decodeURIComponent(new URL(page.url()).hash.slice(1)));
    await page.locator('.tl-timeline__canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#${order[here + 2] ?? ''}$`));
    await settled(page);
    await expectInView(page);
  });
}

test('zooming with an event selected keeps it in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${SAMPLE}#treaty-signed-2024-06-19`);
  await ready(page);
  for (const how of ['Zoom out', 'Zoom out', 'Zoom in', 'Zoom in', 'Zoom in', 'Zoom in']) {
    await page.getByRole('button', { name: how }).click();
    await settled(page);
    await expectInView(page);
  }
});

test('a keyboard reader reaches the timeline in at most 10 Tab presses, or 2 with the skip link', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(SAMPLE);
  await ready(page);
  const canvas = page.getByRole('region', { name: 'Interactive timeline' });
  let presses = 0;
  while (presses < 10 && !(await canvas.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(canvas).toBeFocused();
  // The tags are behind "Filters", not in the way.
  await expect(page.getByRole('checkbox')).toHaveCount(await page.getByRole('checkbox').count());
  await expect(page.getByRole('checkbox', { name: 'kcna' })).toBeHidden();

  await page.goto(SAMPLE);
  await ready(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas).toBeFocused();
});

test('the lanes and tags fold behind Filters, which opens over the timeline without moving it', async ({ page }) => {
  await page.goto(SAMPLE);
  await ready(page);
  const before = await boxOf(page.locator('tl-timeline'));
  const filters = page.getByText('Filters', { exact: true });
  await filters.click();
  await expect(page.getByRole('checkbox', { name: 'China' })).toBeVisible();
  expect(await boxOf(page.locator('tl-timeline'))).toEqual(before);
  await page.getByRole('checkbox', { name: 'China' }).check();
  await expect(page.locator('.tl-filters__chosen')).toHaveText(' (1)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: 'China' })).toBeHidden();
  await expect(page).toHaveURL(/\?groups=china$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('lane titles are rows across their lanes, and the event opens as a sheet at half the screen that pulls up', async ({ page }) => {
    await page.goto(SAMPLE);
    await ready(page);
    // No column of titles beside the lanes: each title is a row, and the drawing takes the width.
    const drawing = await boxOf(page.locator('.vis-panel.vis-center'));
    const canvas = await boxOf(page.locator('.tl-timeline__canvas'));
    expect(drawing.left - canvas.left).toBeLessThan(2);
    await expect(page.locator('.vis-item.tl-lane-title')).toHaveText(SAMPLE_LANES);
    const title = await boxOf(page.locator('.vis-item.tl-lane-title .vis-item-content').nth(1));
    expect(title.bottom - title.top).toBeLessThan(30);

    await page.locator('.vis-item.tl-item:not(.vis-dot)', { hasText: 'First Kim–Putin summit' }).click();
    const sheet = panel(page);
    await expect(sheet.getByRole('heading', { level: 3 })).toHaveText('First Kim–Putin summit');
    await settled(page);
    const half = await boxOf(sheet);
    expect(half.bottom - half.top).toBeGreaterThan(844 * 0.4);
    expect(half.bottom - half.top).toBeLessThan(844 * 0.6);
    await expectInView(page);
    const handle = sheet.getByRole('button', { name: 'Show more of the event' });
    await handle.click();
    await expect(sheet.getByRole('button', { name: 'Show less of the event' })).toHaveAttribute('aria-expanded', 'true');
    await settled(page);
    const full = await boxOf(sheet);
    expect(full.bottom - full.top).toBeGreaterThan(844 * 0.8);
    // A drag down lets it back to half.
    const grip = await boxOf(sheet.locator('.tl-panel__handle'));
    const x = (grip.left + grip.right) / 2;
    await page.mouse.move(x, grip.top + 5);
    await page.mouse.down();
    await page.mouse.move(x, grip.top + 300, { steps: 6 });
    await page.mouse.up();
    // However late a busy machine runs the drag's last moves, the sheet comes to rest at half.
    await expect.poll(async () => ((b) => b.bottom - b.top)(await boxOf(sheet))).toBeLessThan(844 * 0.6);
  });

  test('a long dek folds to three lines behind More', async ({ page }) => {
    await page.goto(SAMPLE);
    await ready(page);
    const dek = page.locator('.tl-header__description');
    const folded = await boxOf(dek);
    const more = page.getByRole('button', { name: 'More' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(page.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true');
    const open = await boxOf(dek);
    expect(open.bottom - open.top).toBeGreaterThan(folded.bottom - folded.top + 20);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('nothing scrolls sideways, whatever the text: long words and addresses wrap', async ({ page }) => {
    for (const path of [SAMPLE, '/hostile-text/', `/hostile-text/#long-words`]) {
      await page.goto(path);
      await ready(page);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});
