/**
 * The embed, as another site uses it: host pages served from a second origin
 * (a port of their own) frame /embed/north-korea/ and load /embed.js, as the
 * Embed dialog's snippet does.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// The site's own server, as in playwright.config.ts.
const EMBED = `http://127.0.0.1:${process.env['E2E_PORT'] ?? '4321'}`;
const EVENT = 'plenum-2023-12';
const EVENT_TITLE = /9th Enlarged Plenary Meeting/;

interface Frame {
  key: string;
  slug?: string;
  query?: string;
  link?: string;
}

function iframe({ key, slug = 'north-korea', query = '', link }: Frame): string {
  return `<iframe src="${EMBED}/embed/${slug}/${query}" title="Timeline ${key}" loading="lazy" height="480" style="width:100%;border:0"
    data-timeline-embed="${key}"${link ? ` data-timeline-link="${link}"` : ''}></iframe>`;
}

/** Host pages by name: the frames each holds. */
const HOSTS: Record<string, Frame[]> = {
  one: [{ key: 'nk' }],
  two: [{ key: 'a' }, { key: 'b', link: 'hash' }],
  dark: [{ key: 'nk', query: '?groups=party&theme=dark&list=1' }],
  large: [{ key: 'big', slug: 'large-10k' }],
  malformed: [{ key: 'nk', query: '?theme=purple&list=1&bogus=%3Cb%3E&groups=nope' }],
};

function hostPage(frames: Frame[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A host article</title></head>
<body><main><h1>A host article</h1><p>Text before the timeline.</p>
${frames.map(iframe).join('\n')}
<p>Text after the timeline.</p>
<iframe id="stranger" title="Someone else's frame" srcdoc="<p>another frame</p>" height="40"></iframe>
</main><script src="${EMBED}/embed.js" async></script></body></html>`;
}

let host: Server;
let HOST = '';
/** What a test pasted from the Embed dialog, served at /pasted. */
let pasted = '';

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (name === 'pasted') {
      const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pasted</title></head><body><main><h1>Pasted</h1>${pasted}</main></body></html>`;
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    }
    const frames = HOSTS[name];
    if (!frames) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(frames));
  });
  // Port 0: each worker's server gets a free port, a second origin.
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const frameOf = (page: Page, key: string): FrameLocator => page.frameLocator(`iframe[data-timeline-embed="${key}"]`);
const panel = (frame: FrameLocator) => frame.getByRole('region', { name: 'Event details' });
const ITEMS = '.vis-item.tl-item:not(.vis-dot)';

async function ready(frame: FrameLocator): Promise<void> {
  // Chromium holds back animation frames in a cross-origin frame out of view: the timeline draws once it is seen.
  await frame.owner().scrollIntoViewIfNeeded();
  await expect(frame.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
}

async function frameHeight(page: Page, key: string): Promise<number> {
  return page.locator(`iframe[data-timeline-embed="${key}"]`).evaluate((el) => el.getBoundingClientRect().height);
}

/** The frame is as tall as the embed's content, once the resizes settle. */
async function fitsContent(page: Page, key: string, frame: FrameLocator): Promise<void> {
  await expect.poll(async () => (await frameHeight(page, key)) - (await contentHeight(frame))).toBe(0);
}

/** The embed's content height, read inside it. */
async function contentHeight(frame: FrameLocator): Promise<number> {
  return frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
}

test('the embed renders on another origin, sizes its frame to its content, and grows when an event opens', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await page.goto(`${HOST}/one`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('North Korea turns to Moscow and Beijing');
  // No list by default; the timeline and its toolbar.
  await expect(frame.locator('.tl-list')).toBeHidden();
  await expect(frame.locator(ITEMS).first()).toBeVisible();
  await expect.poll(() => frameHeight(page, 'nk')).not.toBe(480);
  await fitsContent(page, 'nk', frame);
  const closed = await frameHeight(page, 'nk');

  await frame.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(panel(frame).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await fitsContent(page, 'nk', frame);
  expect(await frameHeight(page, 'nk')).toBeGreaterThan(closed + 100);
  // The whole panel shows in the frame: nothing scrolls inside it.
  expect(await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('deep links: an event opened in the embed is in the host address, and the host address opens it', async ({ page }) => {
  await page.goto(`${HOST}/one`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  const length = await page.evaluate(() => history.length);
  await frame.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(page).toHaveURL(`${HOST}/one?nk=${EVENT}`);
  // Replaced, not pushed.
  expect(await page.evaluate(() => history.length)).toBe(length);
  await panel(frame).getByRole('button', { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/one\\?nk=(?!${EVENT})[a-z0-9-]+$`));
  await panel(frame).getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(`${HOST}/one`);

  // The other way: a host address that names an event opens it in the embed.
  await page.goto(`${HOST}/one?nk=${EVENT}`);
  await expect(panel(frameOf(page, 'nk')).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await expect(frameOf(page, 'nk').locator('.vis-item.vis-selected:not(.vis-dot)')).toContainText(EVENT_TITLE);
});

test('two embeds on one page keep their own state and their own keys in the address', async ({ page }) => {
  await page.goto(`${HOST}/two?b=x`);
  const [a, b] = [frameOf(page, 'a'), frameOf(page, 'b')];
  await ready(a);
  await ready(b);
  await a.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(page).toHaveURL(`${HOST}/two?b=x&a=${EVENT}`);
  await expect(panel(b).getByRole('heading')).toHaveCount(0);

  // The second keeps its key in the hash; each opens what its own key names.
  await page.goto(`${HOST}/two#b=${EVENT}`);
  await ready(frameOf(page, 'b'));
  await expect(panel(frameOf(page, 'b')).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await expect(frameOf(page, 'a').locator('.tl-panel')).toHaveAttribute('data-state', 'empty');
  await expect.poll(() => frameHeight(page, 'b')).toBeGreaterThan(await frameHeight(page, 'a'));
});

test('groups and theme take effect', async ({ page }) => {
  await page.goto(`${HOST}/dark`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  const shown = frame.locator('.tl-list li.tl-list__event:not([hidden]) article');
  await expect(shown.first()).toBeVisible();
  const groups = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['group']));
  expect(groups.length).toBeGreaterThan(2);
  expect(new Set(groups)).toEqual(new Set(['party']));
  await expect(frame.locator(ITEMS)).toHaveCount(groups.length);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await frame.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor);
  expect(background).toBe('rgb(18, 20, 23)');
});

test('malformed and unknown options are ignored with one warning, the rest apply', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${HOST}/malformed`);
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
  await page.goto(`${HOST}/one`);
  const frame = frameOf(page, 'nk');
  await ready(frame);
  await fitsContent(page, 'nk', frame);
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

test('the Embed dialog: labelled, its options, a live preview, and code that works pasted into a page on another origin', async ({ page, context }) => {
  // Two pages and three embeds drawn, on a machine that runs other tests beside these.
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: EMBED });
  await page.goto('/north-korea/');
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  const button = page.getByRole('button', { name: 'Embed', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  expect(await axe(page)).toEqual([]);

  await dialog.getByRole('combobox', { name: /Light or dark/ }).selectOption('dark');
  await dialog.getByRole('checkbox', { name: 'Party meetings' }).check();
  const code = dialog.getByRole('textbox', { name: 'Code to paste' });
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${EMBED}/embed/north-korea/\\?groups=party&amp;theme=dark" title="[^"]+" loading="lazy"`));
  await expect(code).toHaveValue(new RegExp(`<script src="${EMBED}/embed.js" async></script>$`));
  const preview = page.frameLocator('.tl-share__preview iframe');
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(preview.locator(ITEMS)).toHaveCount(await page.locator('.tl-list article[data-group="party"]').count());

  // An option the embed would ignore is named, and left out of the code.
  const start = dialog.getByRole('group', { name: 'Opening view' }).getByRole('textbox', { name: 'From' });
  await start.fill('2023-13');
  await expect(dialog.locator('.tl-share__ignored')).toHaveText('Left out of the code: start=2023-13: 2023-13 has month 13.');
  await expect(code).not.toHaveValue(/start=/);
  await start.fill('2019');
  await expect(code).toHaveValue(/groups=party&amp;start=2019&amp;theme=dark"/);
  await expect(dialog.locator('.tl-share__ignored')).toBeHidden();

  await dialog.getByRole('button', { name: 'Copy the code' }).click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await code.inputValue());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Pasted into a plain page on another origin: it draws, sizes itself and deep-links.
  pasted = snippet;
  await page.goto(`${HOST}/pasted`);
  const frame = frameOf(page, 'north-korea');
  await ready(frame);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await fitsContent(page, 'north-korea', frame);
  await frame.locator(ITEMS, { hasText: EVENT_TITLE }).click();
  await expect(page).toHaveURL(`${HOST}/pasted?north-korea=${EVENT}`);
  await expect(panel(frame).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  await fitsContent(page, 'north-korea', frame);
  await page.reload();
  await expect(panel(frameOf(page, 'north-korea')).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
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

  await page.goto(`${HOST}/large?big=${id}`);
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

/**
 * The headers public/_headers gives a path, as Netlify and Cloudflare Pages
 * read it: every matching rule applies, a repeated header joined with a comma.
 */
function headersFor(path: string): Record<string, string> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`), headers: [] });
      continue;
    }
    const [name = '', ...value] = line.trim().split(':');
    rules.at(-1)?.headers.push([name.trim().toLowerCase(), value.join(':').trim()]);
  }
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

test.describe('served with the headers of public/_headers', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(`${EMBED}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      // The body comes decoded.
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ response, headers: { ...headers, ...headersFor(new URL(route.request().url()).pathname) } });
    });
  });

  function watchPolicy(page: Page): string[] {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    return violations;
  }

  test('the embed on another origin: framed, drawn and opened, with no policy violated', async ({ page }) => {
    const violations = watchPolicy(page);
    await page.goto(`${HOST}/one`);
    const frame = frameOf(page, 'nk');
    await ready(frame);
    await frame.locator(ITEMS, { hasText: EVENT_TITLE }).click();
    await expect(panel(frame).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
    await expect(page).toHaveURL(`${HOST}/one?nk=${EVENT}`);
    await fitsContent(page, 'nk', frame);
    expect(violations).toEqual([]);
  });

  test('a timeline page, its colour choice and its Embed dialog, with no policy violated', async ({ page }) => {
    const violations = watchPolicy(page);
    await page.goto(`${EMBED}/north-korea/`);
    await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
    await page.getByLabel('Colours').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.frameLocator('.tl-share__preview iframe').locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(violations).toEqual([]);
  });
});

/** WCAG 2.2 AA, as the timeline page's tests check it. */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the embed, ${theme}, with an event open and the list shown`, async ({ page }) => {
    await page.goto(`/embed/north-korea/?theme=${theme}&list=1&event=${EVENT}`);
    await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test('at 320 px nothing scrolls sideways and axe finds nothing', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto(`/embed/north-korea/?event=${EVENT}`);
  await expect(page.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: EVENT_TITLE })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axe(page)).toEqual([]);
});
