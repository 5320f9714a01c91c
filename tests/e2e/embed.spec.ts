/**
 * The embed, as another site uses it: host pages on a second origin frame
 * /embed/<slug>/ and load /embed.js (see embed-host.ts).
 */
import { expect, test } from './test.ts';
import { shown } from './shown.ts';
import { EMBED, EVENT, EVENT_TITLE, frameHeight, frameOf, ITEMS, panel, ready, serveHostPages, textAfter } from './embed-host.ts';

const hosts = serveHostPages();

test('in an article’s 700 px column the embed keeps its height: an event opens inside it, the text after it never moves', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await page.goto(`${hosts.url}/column`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('North Korea turns to Moscow and Beijing');
  // No list by default; the timeline, its key and its credit, in the height embed.js gave the frame (none was set).
  await expect(frame.locator('.tl-list')).toBeHidden();
  await expect(frame.locator(ITEMS).first()).toBeVisible();
  expect(await frameHeight(page, 'nk')).toBe(640);
  expect(await page.locator('iframe[data-timeline-embed="nk"]').evaluate((f) => f.getBoundingClientRect().width)).toBe(700);
  const after = await textAfter(page);

  await frame.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(panel(frame).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await frameHeight(page, 'nk')).toBe(640);
  expect(await textAfter(page)).toBe(after);
  // Inside the frame, nothing to scroll but the panel; the event below the timeline, the timeline still showing it.
  expect(await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);
  const item = await frame.locator('.vis-item.vis-selected:not(.vis-dot)').boundingBox();
  const drawing = await frame.locator('.vis-panel.vis-center').boundingBox();
  const detail = await panel(frame).boundingBox();
  const box = await page.locator('iframe[data-timeline-embed="nk"]').boundingBox();
  if (!item || !drawing || !detail || !box) throw new Error('not drawn');
  expect(item.y).toBeGreaterThanOrEqual(drawing.y);
  expect(item.y + item.height).toBeLessThanOrEqual(drawing.y + drawing.height);
  expect(detail.y).toBeGreaterThanOrEqual(drawing.y + drawing.height - 1);
  expect(detail.y + detail.height).toBeLessThanOrEqual(box.y + box.height + 1);
  // Next and Close keep it too.
  await panel(frame).getByRole('button', { name: /^Next/ }).click();
  await panel(frame).getByRole('button', { name: 'Close' }).click();
  await page.waitForTimeout(300);
  expect(await frameHeight(page, 'nk')).toBe(640);
  expect(await textAfter(page)).toBe(after);
  expect(errors).toEqual([]);
});

test('deep links: an event opened in the embed is in the host address, and the host address opens it', async ({ page }) => {
  await page.goto(`${hosts.url}/one`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  const length = await page.evaluate(() => history.length);
  await frame.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(page).toHaveURL(`${hosts.url}/one?nk=${EVENT}`);
  // Replaced, not pushed.
  expect(await page.evaluate(() => history.length)).toBe(length);
  await panel(frame).getByRole('button', { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/one\\?nk=(?!${EVENT})[a-z0-9-]+$`));
  await panel(frame).getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(`${hosts.url}/one`);

  // The other way: a host address that names an event opens it in the embed.
  await page.goto(`${hosts.url}/one?nk=${EVENT}`);
  await expect(panel(frameOf(page, 'nk')).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await expect(frameOf(page, 'nk').locator('.vis-item.vis-selected:not(.vis-dot)')).toContainText(EVENT_TITLE);
});

test('two embeds on one page keep their own state and their own keys in the address', async ({ page }) => {
  await page.goto(`${hosts.url}/two?b=x`);
  const [a, b] = [frameOf(page, 'a'), frameOf(page, 'b')];
  await ready(a);
  await ready(b);
  await a.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(page).toHaveURL(`${hosts.url}/two?b=x&a=${EVENT}`);
  await expect(panel(b).locator('article')).toHaveCount(0);

  // The second keeps its key in the hash; each opens what its own key names.
  await page.goto(`${hosts.url}/two#b=${EVENT}`);
  await ready(frameOf(page, 'b'));
  await expect(panel(frameOf(page, 'b')).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await expect(frameOf(page, 'a').locator('.tl-panel')).toHaveAttribute('data-state', 'empty');
  // Each at the height its page gave it, open or not.
  expect(await frameHeight(page, 'b')).toBe(480);
  expect(await frameHeight(page, 'a')).toBe(480);
});

test('groups and theme take effect', async ({ page }) => {
  await page.goto(`${hosts.url}/dark`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  const listed = frame.locator('.tl-list li.tl-list__event:not([hidden]) article');
  await expect(listed.first()).toBeVisible();
  const groups = await listed.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['group']));
  expect(groups.length).toBeGreaterThan(2);
  expect(new Set(groups)).toEqual(new Set(['party']));
  // Only the party's lane is drawn; seen whole, it holds its events, drawn or counted in chips.
  await expect(frame.locator('.vis-item.tl-lane-title')).toHaveText(['Party meetings']);
  await frame.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => ((s) => s.drawn.length + s.more)(await shown(frame))).toBe(groups.length);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await frame.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor);
  expect(background).toBe('rgb(18, 20, 23)');
});

test('malformed and unknown options are ignored with one warning, the rest apply', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${hosts.url}/malformed`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  // list=1 applies; the rest falls back to the defaults.
  await expect(frame.locator('.tl-list')).toBeVisible();
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme');
  await expect(frame.locator('.tl-list li.tl-list__event:not([hidden])')).toHaveCount(await frame.locator('.tl-list li.tl-list__event').count());
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('theme=purple: write light, dark or auto');
  expect(warnings[0]).toContain('bogus=<b>: not an option');
  expect(warnings[0]).toContain("groups=nope: this timeline's lanes are party, addresses, russia, china");
});

test('messages from any other window are ignored, on both sides', async ({ page }) => {
  await page.goto(`${hosts.url}/one`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  const before = await frameHeight(page, 'nk');
  // Another frame on the host page posts to the host (a height) and to the embed (an event to open).
  await page.evaluate(
    ([id]) => {
      const stranger = (document.getElementById('stranger') as HTMLIFrameElement).contentWindow as unknown as { eval(code: string): void };
      const embed = (document.querySelector('iframe[data-timeline-embed]') as HTMLIFrameElement).contentWindow as Window;
      stranger.eval(`parent.postMessage({ type: 'tl-embed:height', height: 5 }, '*');`);
      stranger.eval(`parent.frames[0].postMessage({ type: 'tl-embed:open', id: '${id ?? ''}' }, '*');`);
      // The host itself, with a malformed message.
      embed.postMessage({ type: 'tl-embed:open', id: '<img src=x onerror=alert(1)>' }, '*');
    },
    [EVENT],
  );
  await page.waitForTimeout(500);
  expect(await frameHeight(page, 'nk')).toBe(before);
  await expect(frame.locator('.tl-panel')).toHaveAttribute('data-state', 'empty');
  // The same message from the parent is obeyed: the checks above are what stopped them.
  await page.evaluate((id) => {
    const embed = (document.querySelector('iframe[data-timeline-embed]') as HTMLIFrameElement).contentWindow as Window;
    embed.postMessage({ type: 'tl-embed:open', id }, '*');
  }, EVENT);
  await expect(panel(frame).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
});

test("a large timeline in periods: deep links reach any event through the id index, from the embed's options and from the host", async ({ page }) => {
  // 10,000 events: the index, the event's period and its page are fetched on a busy machine.
  test.slow();
  const shard = (await (await page.request.get('/large-10k/ids/0.json')).json()) as Record<string, string>;
  const [id, period] = Object.entries(shard)[0] ?? ['', ''];
  const html = await (await page.request.get(`/large-10k/${period}/`)).text();
  const title = new RegExp(`id="${id}__title"><a href="#${id}">([^<]+)</a>`).exec(html)?.[1] ?? 'missing';
  await page.goto(`/embed/large-10k/?event=${id}`);
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 })).toHaveText(title, { timeout: 15_000 });

  await page.goto(`${hosts.url}/large?big=${id}`);
  const frame = frameOf(page, 'big');
  await ready(frame);
  await expect(panel(frame).getByRole('heading', { level: 3 })).toHaveText(title, { timeout: 15_000 });
  await expect(frame.locator('.vis-item.vis-selected:not(.vis-dot)')).toContainText(title);

  // A period's page offers an embed that opens on the period.
  await page.goto(`/large-10k/${period}/`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const code = page.getByRole('dialog', { name: 'Embed this timeline' }).getByRole('textbox', { name: 'Code to paste' });
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${EMBED}/embed/large-10k/\\?start=${period}&amp;end=${period}"`));
});

test("a large timeline's embed searches every period through its index", async ({ page }) => {
  test.slow();
  // The event is in 2007; the embed carries none of its periods.
  await page.goto('/embed/large-10k/?q=sanctions+package+Beijing+Jakarta&groups=diplomacy&tags=borders&list=1');
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  const results = page.getByRole('region', { name: 'Matching events' });
  const hit = results.getByRole('link', { name: 'Sanctions package in Beijing' });
  await expect(hit.first()).toBeVisible({ timeout: 15_000 });
  // Seen whole, the timeline draws the results, or counts them in its chips, and nothing else.
  const listed = await results.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => ((s) => s.drawn.length + s.more)(await shown(page))).toBe(listed);
  await results.locator('article[data-event="e004321-sanctions-package"]').getByRole('link').click();
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 })).toHaveText('Sanctions package in Beijing', {
    timeout: 15_000,
  });
});
