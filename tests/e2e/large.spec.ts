/**
 * A generated timeline of 10,000 events: every event can be reached, the
 * timeline never holds more than a bounded number of elements, and the
 * reader's selection survives zooming and panning.
 */
import { expect, test, type Page } from '@playwright/test';

const LARGE = '/large-10k/';

// Each test reads many files or zooms many times: give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function ready(page: Page): Promise<void> {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
}

const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });
const SELECTED = '.vis-item.vis-selected:not(.vis-dot)';

interface Item {
  id: string;
  content: string;
}

let cached: Promise<Map<string, { period: string; title: string }>> | undefined;

/** Every event, period by period, from the site's own files (read once per worker). */
function everyEvent(page: Page): Promise<Map<string, { period: string; title: string }>> {
  cached ??= readEveryEvent(page);
  return cached;
}

async function readEveryEvent(page: Page): Promise<Map<string, { period: string; title: string }>> {
  // The page says how many files its id index has.
  const html = await (await page.request.get(LARGE)).text();
  const count = Number(/"idShards":(\d+)/.exec(html)?.[1]);
  expect(count).toBeGreaterThan(0);
  const shards = await Promise.all(
    Array.from({ length: count }, (_, n) => page.request.get(`${LARGE}ids/${n}.json`).then((r) => r.json() as Promise<Record<string, string>>)),
  );
  const periods = [...new Set(shards.flatMap((s) => Object.values(s)))].sort();
  const events = new Map<string, { period: string; title: string }>();
  for (const period of periods) {
    const items = (await (await page.request.get(`${LARGE}${period}/items.json`)).json()) as Item[];
    for (const item of items) events.set(item.id, { period, title: item.content });
  }
  for (const shard of shards) for (const [id, period] of Object.entries(shard)) expect(events.get(id)?.period, id).toBe(period);
  return events;
}

test('every event is in the id index, in its period file and on its period page', async ({ page }) => {
  const events = await everyEvent(page);
  expect(events.size).toBe(10_000);
  const periods = [...new Set([...events.values()].map((e) => e.period))];
  let listed = 0;
  for (const period of periods) {
    const html = await (await page.request.get(`${LARGE}${period}/`)).text();
    listed += (html.match(/<article class="tl-event[^"]*" id="/g) ?? []).length;
  }
  expect(listed).toBe(10_000);
});

test('deep links open events in any period, on the overview and on another period page', async ({ page }) => {
  const events = [...(await everyEvent(page)).entries()];
  const sample = [0, 1234, 4321, 6000, 9999].map((i) => events[i] as [string, { period: string; title: string }]);
  for (const [id, { title }] of sample) {
    await page.goto('about:blank');
    await page.goto(`${LARGE}#${id}`);
    await ready(page);
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(title);
    await expect(page.locator(SELECTED)).toContainText(title);
  }
  const [id, { title, period }] = sample[2] as [string, { period: string; title: string }];
  const other = (sample[0] as [string, { period: string }])[1].period;
  expect(other).not.toBe(period);
  await page.goto('about:blank');
  await page.goto(`${LARGE}${other}/#${id}`);
  await ready(page);
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(title);
});

test('the timeline holds a bounded number of elements at every zoom, and density bands for the rest', async ({ page }) => {
  await page.goto(LARGE);
  await ready(page);
  const counts: number[] = [];
  const settle = async (): Promise<void> => {
    await page.waitForTimeout(400);
    counts.push(await page.locator('.vis-item').count());
  };
  await settle();
  await expect(page.locator('.vis-item.tl-density').first()).toBeAttached();
  for (let i = 0; i < 6; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle();
  }
  // Pan by dragging.
  const canvas = page.locator('.vis-panel.vis-center');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 4, box.y + 40, { steps: 8 });
  await page.mouse.up();
  await settle();
  for (let i = 0; i < 8; i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await settle();
  }
  expect(Math.max(...counts)).toBeLessThanOrEqual(1500);
  expect(Math.min(...counts)).toBeGreaterThan(0);
});

/** What vis-timeline has selected, and whether that item is among those it draws. */
function selection(page: Page): Promise<{ selected: string[]; drawn: boolean }> {
  return page.evaluate(() => {
    const timeline = (document.querySelector('tl-timeline') as unknown as { timeline: { getSelection(): string[]; itemsData: { get(id: string): unknown } } })
      .timeline;
    const selected = timeline.getSelection();
    return { selected, drawn: selected.every((id) => timeline.itemsData.get(id) !== null) };
  });
}

test('the selection survives zooming out and in', async ({ page }) => {
  const events = [...(await everyEvent(page)).entries()];
  const [id, { title }] = events[5000] as [string, { title: string }];
  await page.goto(`${LARGE}#${id}`);
  await ready(page);
  await expect(page.locator(SELECTED)).toContainText(title);
  // Zoomed out, most events give way to density bands: the selected one stays.
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(300);
    expect(await selection(page)).toEqual({ selected: [id], drawn: true });
  }
  await page.getByRole('button', { name: 'Show all' }).click();
  await page.waitForTimeout(400);
  expect(await selection(page)).toEqual({ selected: [id], drawn: true });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(400);
  expect(await selection(page)).toEqual({ selected: [id], drawn: true });
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(title);
});

test('previous and next cross from one period into the next', async ({ page }) => {
  const events = [...(await everyEvent(page)).entries()];
  const last = events.findIndex(([, e], i) => events[i + 1]?.[1].period !== e.period);
  const [id] = events[last] as [string, unknown];
  const [nextId, { title: nextTitle }] = events[last + 1] as [string, { title: string }];
  await page.goto(`${LARGE}#${id}`);
  await ready(page);
  await panel(page).getByRole('button', { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${nextId}$`));
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(nextTitle);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview lists the important events and links every period', async ({ page }) => {
    await page.goto(LARGE);
    const articles = await page.locator('.tl-list article').count();
    expect(articles).toBeGreaterThan(50);
    expect(articles).toBe(200);
    const periodLinks = page.locator('.tl-periods a');
    expect(await periodLinks.count()).toBeGreaterThanOrEqual(30);
    await periodLinks.first().click();
    expect(await page.locator('.tl-list article').count()).toBeGreaterThan(100);
  });
});
