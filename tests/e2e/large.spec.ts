/**
 * A generated timeline of 10,000 events: every event can be reached, by deep
 * link and by search; the timeline never holds more than a bounded number of
 * elements, and the reader's selection survives zooming and panning.
 */
import { axe } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { settled } from './settled.ts';
import { shown } from './shown.ts';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LARGE = '/large-10k/';

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
  // The first and the last event, from the overview; one in between, from the first one's period page.
  const at = (i: number) => events[i] as [string, { period: string; title: string }];
  const [first, middle, last] = [at(0), at(4321), at(9999)];
  for (const [id, { title }] of [first, last]) {
    await page.goto('about:blank');
    await page.goto(`${LARGE}#${id}`);
    await ready(page);
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(title);
    await expect(page.locator(SELECTED)).toContainText(title);
  }
  const [id, { title, period }] = middle;
  const other = first[1].period;
  expect(new Set([first[1].period, period, last[1].period]).size).toBe(3);
  await page.goto('about:blank');
  await page.goto(`${LARGE}${other}/#${id}`);
  await ready(page);
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(title);
  await expect(page.locator(SELECTED)).toContainText(title);
});

test('the timeline holds a bounded number of elements at every zoom, and "+n" chips for the rest', async ({ page }) => {
  await page.goto(LARGE);
  await ready(page);
  const counts: number[] = [];
  const settle = async (): Promise<void> => {
    await settled(page);
    counts.push(await page.locator('.vis-item').count());
    // The lanes keep to the drawing's height, whatever they show: nothing spills over the buttons under it.
    const spill = await page.evaluate(() => {
      const bottom = (selector: string): number => document.querySelector(selector)?.getBoundingClientRect().bottom ?? NaN;
      return bottom('.vis-timeline') - bottom('.tl-timeline__canvas');
    });
    expect(spill).toBeLessThanOrEqual(1);
  };
  await settle();
  await expect(page.locator('.vis-item.tl-more').first()).toBeAttached();
  // Most events in view are counted in the chips: a few dozen are drawn.
  const { drawn, more } = await shown(page);
  expect(drawn.length).toBeLessThan(400);
  expect(more).toBeGreaterThan(drawn.length);
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
    await settled(page);
    expect(await selection(page)).toEqual({ selected: [id], drawn: true });
  }
  await page.getByRole('button', { name: 'Show all' }).click();
  await settled(page);
  expect(await selection(page)).toEqual({ selected: [id], drawn: true });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settled(page);
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
    // The period page, once read to its end (a click waits only for it to start).
    await periodLinks.first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('.tl-list article').count()).toBeGreaterThan(100);
  });
});

interface Generated {
  id: string;
  title: string;
  group?: string;
  tags?: string[];
  importance?: string;
}

/** The generated timeline as written (the build wrote it before the tests start). */
function generated(): Generated[] {
  const file = path.join(process.cwd(), 'tests/e2e/.generated/large-10k.yaml');
  return (yaml.load(readFileSync(file, 'utf8')) as { events: Generated[] }).events;
}

const count = (page: Page) => page.locator('.tl-filters__count');
const results = (page: Page) => page.getByRole('region', { name: 'Matching events' });

test('lane and tag filters count every matching event of the timeline, not just those loaded', async ({ page }) => {
  const groups = ['security', 'media'];
  const tags = ['navy', 'nato'];
  const matching = new Set(
    generated()
      .filter((e) => groups.includes(e.group ?? '') && (e.tags ?? []).some((t) => tags.includes(t)))
      .map((e) => e.id),
  );
  // In the timeline's time order (a month sorts before the days in it).
  const expected = [...(await everyEvent(page)).entries()].filter(([id]) => matching.has(id)).map(([, e]) => e);
  expect(expected.length).toBe(matching.size);
  expect(expected.length).toBeGreaterThan(40);
  await page.goto(`${LARGE}?groups=${groups.join(',')}&tags=${tags.join(',')}`);
  await ready(page);
  await expect(count(page)).toHaveText(`${expected.length} of 10,000 events`);
  // Twenty at a time, in time order, on the timeline (drawn, or counted in its chips) and nothing else.
  const hits = results(page).getByRole('listitem');
  await expect(hits).toHaveCount(20);
  await expect(hits.first().getByRole('link')).toHaveText(expected[0]?.title ?? '');
  const onTimeline = async (): Promise<number> => ((s) => s.drawn.length + s.more)(await shown(page));
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(onTimeline).toBe(20);
  for (const id of (await shown(page)).drawn) expect(matching.has(id)).toBe(true);
  await results(page).getByRole('button', { name: 'Show 20 more' }).click();
  await expect(hits).toHaveCount(40);
  await expect(hits.nth(39).getByRole('link')).toHaveText(expected[39]?.title ?? '');
  await expect.poll(onTimeline).toBe(40);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await axe(page, (b) => b.include('.tl-results').include('tl-filters'));
    expect(violations.map((v) => `${colorScheme} ${v}`)).toEqual([]);
  }
  // The page's own list gives way to the results, and comes back with them cleared.
  await expect(page.getByRole('heading', { name: 'Important events' })).toBeHidden();
  await page.locator('.tl-filters__box > summary').click();
  await page.getByRole('button', { name: 'Clear' }).first().click();
  await expect(results(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${LARGE}$`));
  await expect(count(page)).toHaveText('10,000 events');
  await expect(page.getByRole('heading', { name: 'Important events' })).toBeVisible();
});

test('search finds an event whose period the page has not loaded, and opens it', async ({ page }) => {
  const event = generated().find((e) => e.id === 'e004321-sanctions-package');
  expect(event).toMatchObject({ title: 'Sanctions package in Beijing', group: 'diplomacy' });
  // Not on the overview page: not listed there, not among its timeline's data.
  expect(await (await page.request.get(LARGE)).text()).not.toContain(event?.id);
  await page.goto(LARGE);
  await ready(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('sanctions package Beijing Jakarta');
  await page.locator('.tl-filters__box > summary').click();
  await page.getByRole('checkbox', { name: 'Diplomacy', exact: true }).check();
  await page.getByRole('checkbox', { name: 'borders', exact: true }).check();
  await expect(page).toHaveURL(/\?q=sanctions\+package\+Beijing\+Jakarta&groups=diplomacy&tags=borders$/);
  const link = results(page).getByRole('link', { name: 'Sanctions package in Beijing' });
  await expect(link.first()).toBeVisible();
  const hit = results(page).locator(`article[data-event="${event?.id}"]`);
  await expect(hit).toContainText('20 November 2007');
  await hit.getByRole('link').click();
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('Sanctions package in Beijing');
  await expect(page).toHaveURL(new RegExp(`#${event?.id}$`));
  await expect(page.locator(SELECTED)).toContainText('Sanctions package in Beijing');
  // A shared link gives the same results.
  await page.goto('about:blank');
  await page.goto(`${LARGE}?q=sanctions+package+Beijing+Jakarta&groups=diplomacy&tags=borders`);
  await ready(page);
  await expect(results(page).locator(`article[data-event="${event?.id}"]`)).toBeVisible();
});

test('a search that matches nothing says so, and offers a way back', async ({ page }) => {
  await page.goto(`${LARGE}2007/?q=xylophonequartz`);
  await ready(page);
  await expect(count(page)).toHaveText('0 of 10,000 events');
  await expect(page.getByText('No events match.')).toBeVisible();
  await expect(page.locator('.vis-item.tl-item')).toHaveCount(0);
  await page.getByText('No events match.').getByRole('button', { name: 'Clear' }).click();
  await expect(count(page)).toHaveText('10,000 events');
  await expect(page.getByText('No events match.')).toBeHidden();
});
