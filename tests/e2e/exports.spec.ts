/**
 * The export files: each timeline page links to them (and its head to the
 * feed), and each is served with its content, every event included.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { SAMPLE } from './sample.ts';

const downloads = (page: Page) => page.getByRole('region', { name: 'Download' });

/** The addresses the page's download links point to, by link text. */
async function exportLinks(page: Page): Promise<Record<string, string>> {
  const footer = downloads(page);
  await expect(footer.getByRole('heading', { name: 'Download' })).toBeVisible();
  const out: Record<string, string> = {};
  // The list of files; the link to the corrections log beside it is not a download (changes.spec.ts).
  for (const link of await footer.getByRole('listitem').getByRole('link').all()) {
    out[(await link.innerText()).trim()] = new URL((await link.getAttribute('href')) ?? '', page.url()).pathname;
  }
  return out;
}

test('a timeline page links to each export, and each is served with its content', async ({ page, request }) => {
  await page.goto(SAMPLE);
  const links = await exportLinks(page);
  expect(links).toEqual({
    JSON: '/north-korea.json',
    iCalendar: '/north-korea.ics',
    CSV: '/north-korea.csv',
    Feed: '/north-korea/feed.xml',
    TimelineJS: '/north-korea.timelinejs.json',
  });
  const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  expect(new URL((await feed.getAttribute('href')) ?? '', page.url()).pathname).toBe('/north-korea/feed.xml');
  const count = await page.locator('.tl-list article.tl-event').count();

  const json = await request.get(links['JSON'] ?? '');
  expect(json.ok()).toBe(true);
  const data = (await json.json()) as { format: string; events: Array<{ id: string; link: string }> };
  expect(data.format).toBe('timeline-publisher/1');
  expect(data.events).toHaveLength(count);

  const ics = await request.get(links['iCalendar'] ?? '');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const calendar = await ics.text();
  expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(calendar.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(count);

  const csv = await request.get(links['CSV'] ?? '');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(count + 1);

  const atom = await request.get(links['Feed'] ?? '');
  const xml = await atom.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  // An entry per event, and one per dated correction or update (see changes.spec.ts).
  const changes = xml.match(/<category term="(?:correction|update)"/g)?.length ?? 0;
  expect(changes).toBeGreaterThan(0);
  expect(xml.match(/<entry>/g)).toHaveLength(count + changes);
});

test('a deep link from the feed opens its event', async ({ page, request }) => {
  const xml = await (await request.get('/north-korea/feed.xml')).text();
  // The first event's entry: the corrections' entries come before the events'.
  const event = xml.split('<entry>').find((e) => e.includes('<published>') && !/<category term="(?:correction|update)"/.test(e)) ?? '';
  const [, title = '', href = ''] = /<title type="text">([^<]+)<\/title>\s*<link rel="alternate" type="text\/html" href="([^"]+)"/.exec(event) ?? [];
  // Relative to the feed, as a feed reader resolves it.
  const target = new URL(href, 'http://host.invalid/north-korea/feed.xml');
  expect(target.pathname).toBe('/north-korea/');
  await page.goto(target.pathname + target.hash);
  const name = title
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name })).toBeVisible();
});

test('a large timeline exports every event, and its period pages link the same files', async ({ page, request }) => {
  const data = (await (await request.get('/large-10k.json')).json()) as { events: unknown[] };
  expect(data.events).toHaveLength(10_000);
  const csv = await (await request.get('/large-10k.csv')).text();
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(10_001);
  await page.goto('/large-10k/');
  const period = await page.locator('.tl-periods__years a').first().getAttribute('href');
  await page.goto(new URL(period ?? '', page.url()).pathname);
  const links = await exportLinks(page);
  expect(links['JSON']).toBe('/large-10k.json');
  // Every link leads to a file; TimelineJS, with a slide per event, is not offered at this size.
  expect(Object.keys(links)).toEqual(['JSON', 'iCalendar', 'CSV', 'Feed']);
  for (const href of Object.values(links)) expect((await request.get(href)).status(), href).toBe(200);
});

test('the download links are left out in print', async ({ page }) => {
  await page.goto(SAMPLE);
  await expect(downloads(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(downloads(page)).toBeHidden();
});
