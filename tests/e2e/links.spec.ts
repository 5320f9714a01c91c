/**
 * Links between events: connectors between the linked events in view, which
 * follow the reader's pans and zooms; the panel's list of links both ways,
 * each opening its event (across a large timeline's periods too); the list
 * without JavaScript; the keyboard's announcement; axe.
 */
import { axe } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { settled } from './settled.ts';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { SAMPLE } from './sample.ts';
const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });

async function ready(page: Page): Promise<void> {
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
}

/**
 * Every connector drawn: its two events, and whether it runs between where
 * they are drawn (its box reaches from one event's dot or bar to the other's,
 * and no further than an arrowhead's width beyond).
 */
async function connectors(page: Page): Promise<Array<{ from: string; to: string; fits: boolean }>> {
  return page.locator('.tl-connectors .tl-connector').evaluateAll((groups) =>
    groups.map((g) => {
      const from = g.getAttribute('data-from') ?? '';
      const to = g.getAttribute('data-to') ?? '';
      const xOf = (id: string, toward: number): number | undefined => {
        const item = document.querySelector(`.vis-item[data-id="${id}"]`);
        if (!item) return undefined;
        const r = (item.querySelector('.vis-dot') ?? item).getBoundingClientRect();
        return item.querySelector('.vis-dot') ? r.left + r.width / 2 : Math.min(Math.max(toward, r.left), r.right);
      };
      const box = g.getBoundingClientRect();
      const a = xOf(from, box.left + box.width / 2);
      const b = xOf(to, box.left + box.width / 2);
      const slack = 6;
      const fits =
        a !== undefined &&
        b !== undefined &&
        box.left >= Math.min(a, b) - slack &&
        box.right <= Math.max(a, b) + slack &&
        box.left <= Math.min(a, b) + slack &&
        box.right >= Math.max(a, b) - slack;
      return { from, to, fits };
    }),
  );
}

test('connectors join the linked events in view and follow pans and zooms', async ({ page }) => {
  await page.goto(`${SAMPLE}#putin-summit-2023-09`);
  await ready(page);
  await settled(page);
  const opening = await connectors(page);
  expect(opening.length).toBeGreaterThan(0);
  expect(opening.filter((c) => !c.fits)).toEqual([]);
  // The summit led to Lavrov's visit a month later: both in this view.
  expect(opening).toContainEqual({ from: 'putin-summit-2023-09', to: 'lavrov-visit-2023-10', fits: true });
  // The selected event's connectors stand out; the rest are dimmed.
  await expect(page.locator('.tl-connectors')).toHaveClass(/has-focus/);
  await expect(page.locator('.tl-connector[data-from="putin-summit-2023-09"][data-to="lavrov-visit-2023-10"]')).toHaveClass(/is-focus/);

  const box = async () => {
    const b = await page.locator('.tl-connector[data-from="putin-summit-2023-09"][data-to="lavrov-visit-2023-10"]').boundingBox();
    if (!b) throw new Error('The summit–Lavrov connector is not drawn.');
    return b;
  };
  const before = await box();
  // Shift + → pans a quarter of the view: the connector moves left with its events.
  await page.locator('.tl-timeline__canvas').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await settled(page);
  const panned = await box();
  expect(panned.x).toBeLessThan(before.x - 50);
  expect((await connectors(page)).filter((c) => !c.fits)).toEqual([]);

  // Zoomed out, whatever stays drawn is still joined where its events now are.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await settled(page);
  const after = await connectors(page);
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((c) => !c.fits)).toEqual([]);
});

test('hovering an event brings its connectors forward', async ({ page }) => {
  await page.goto(`${SAMPLE}#putin-summit-2023-09`);
  await ready(page);
  await settled(page);
  await page.locator('.vis-item[data-id="lavrov-visit-2023-10"]').hover();
  await expect(page.locator('.tl-connector[data-to="lavrov-visit-2023-10"]')).toHaveClass(/is-focus/);
  await expect(page.locator('.tl-connector[data-to="kim-russia-trip-2023-09"]').first()).not.toHaveClass(/is-focus/);
});

test('the panel lists links both ways, in order, each opening its event', async ({ page }) => {
  await page.goto(`${SAMPLE}#lavrov-visit-2023-10`);
  await ready(page);
  const links = panel(page).locator('.tl-links');
  await expect(links.getByRole('heading', { name: 'Linked events' })).toBeVisible();
  await expect(links.locator('li')).toHaveText([
    /^Followed from Second Kim–Putin summit, at the Vostochny Cosmodrome \(13 September 2023\)\s*Lavrov's visit was a follow-up to the summit\.$/,
  ]);
  await links.getByRole('link', { name: 'Second Kim–Putin summit, at the Vostochny Cosmodrome' }).click();
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('Second Kim–Putin summit, at the Vostochny Cosmodrome');
  await expect(page).toHaveURL(/#putin-summit-2023-09$/);
  // Focus went to the new entry's heading: Tab walks its links in their order.
  await expect(page.locator('#tl_panel_title')).toBeFocused();
  const names = await panel(page).locator('.tl-links a').allTextContents();
  expect(names).toEqual([
    "Kim's train trip to the Russian Far East",
    'Lavrov visits Pyongyang',
    '10th session of the Russia–DPRK intergovernmental commission',
    "Putin's state visit to North Korea",
    'Shoigu leads a Russian military delegation to Pyongyang',
  ]);
  await expect(panel(page).locator('.tl-link__kind')).toHaveText(['Part of', 'Led to', 'Led to', 'Led to', 'See also']);
  // Past the title's own link and the notes' citations, Tab reaches the links one after another.
  for (let i = 0; i < 10 && (await page.locator(':focus').textContent()) !== names[0]; i++) await page.keyboard.press('Tab');
  for (const [i, name] of names.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(name);
  }
  // The panel, where the links are: the whole page with an event open is timeline.spec.ts's check.
  expect(await axe(page, (b) => b.include('.tl-panel'))).toEqual([]);
});

test('the keyboard says how many links an event has', async ({ page }) => {
  await page.goto(`${SAMPLE}#putin-summit-2023-09`);
  await ready(page);
  await page.locator('.tl-timeline__canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('tl-timeline [data-announce]')).toHaveText(/^Second Kim–Putin summit, at the Vostochny Cosmodrome, .*5 linked events\.$/);
});

test('a connector gives way when the reader filters out one of its events', async ({ page }) => {
  const toLavrov = page.locator('.tl-connector[data-from="putin-summit-2023-09"][data-to="lavrov-visit-2023-10"]');
  await page.goto(`${SAMPLE}#putin-summit-2023-09`);
  await ready(page);
  await settled(page);
  await expect(toLavrov).toHaveCount(1);
  // Searching for the cosmodrome leaves Lavrov's visit out: the connector to it goes with it.
  await page.goto(`${SAMPLE}?q=cosmodrome#putin-summit-2023-09`);
  await ready(page);
  await settled(page);
  await expect(page.locator('.vis-item[data-id="putin-summit-2023-09"]')).toHaveCount(1);
  await expect(page.locator('.vis-item[data-id="lavrov-visit-2023-10"]')).toHaveCount(0);
  await expect(toLavrov).toHaveCount(0);
});

test('a timeline without links draws no connectors', async ({ page }) => {
  await page.goto('/one-day/');
  await ready(page);
  await settled(page);
  await expect(page.locator('.tl-connectors')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the list shows the links of each event, with the reverse wording on the other end', async ({ page }) => {
    await page.goto(SAMPLE);
    const summit = page.locator('.tl-list article#putin-summit-2023-09 .tl-links');
    await expect(summit.getByRole('link', { name: 'Lavrov visits Pyongyang' })).toHaveAttribute('href', '#lavrov-visit-2023-10');
    const lavrov = page.locator('.tl-list article#lavrov-visit-2023-10 .tl-link');
    await expect(lavrov).toContainText('Followed from');
    await expect(lavrov.getByRole('link')).toHaveAttribute('href', '#putin-summit-2023-09');
  });
});

interface Generated {
  id: string;
  title: string;
  date?: string | number;
  start?: string;
  links?: Array<{ to: string; kind: string }>;
}

test('in a large timeline, a link to an event in another period names it and opens it there', async ({ page }) => {
  const file = path.join(process.cwd(), 'tests/e2e/.generated/large-10k.yaml');
  const events = (yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as { events: Generated[] }).events;
  const year = (e: Generated): string => String(e.date ?? e.start).slice(0, 4);
  const byId = new Map(events.map((e) => [e.id, e]));
  const from = events.find((e) => e.links?.some((l) => year(byId.get(l.to) as Generated) !== year(e)) && /^\d{4}-\d\d-\d\d$/.test(String(e.date)));
  const link = from?.links?.[0];
  const to = link && byId.get(link.to);
  if (!from || !to) throw new Error('The generated timeline has no link across periods.');
  await page.goto(`/large-10k/#${from.id}`);
  await ready(page);
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(from.title);
  const anchor = panel(page).locator(`.tl-links a[data-to="${to.id}"]`);
  await expect(anchor).toHaveText(to.title);
  await expect(anchor).toHaveAttribute('href', `/large-10k/${year(to)}/#${to.id}`);
  await anchor.click();
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(to.title);
  await expect(page).toHaveURL(new RegExp(`/large-10k/#${to.id}$`));
});
