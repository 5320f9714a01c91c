/**
 * What the embed's end-to-end tests share: host pages served from a second
 * origin (a port of their own) that frame /embed/<slug>/ and load /embed.js,
 * as the Embed dialog's code does, and ways to look into the frames.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The site's own server, as in playwright.config.ts. */
export const EMBED = `http://127.0.0.1:${process.env['E2E_PORT'] ?? '4321'}`;
export const EVENT = 'plenum-2023-12';
export const EVENT_TITLE = /9th Enlarged Plenary Meeting/;
export const ITEMS = '.vis-item.tl-item:not(.vis-dot)';

interface Frame {
  key: string;
  slug?: string;
  query?: string;
  link?: string;
  /** The frame's height attribute; none leaves it to /embed.js. */
  height?: number | null;
}

function iframe({ key, slug = 'north-korea', query = '', link, height = 480 }: Frame): string {
  return `<iframe src="${EMBED}/embed/${slug}/${query}" title="Timeline ${key}" loading="lazy"${height === null ? '' : ` height="${height}"`} style="width:100%;border:0"
    data-timeline-embed="${key}"${link ? ` data-timeline-link="${link}"` : ''}></iframe>`;
}

/** Host pages by name: the frames each holds. */
const HOSTS: Record<string, Frame[]> = {
  one: [{ key: 'nk' }],
  two: [{ key: 'a' }, { key: 'b', link: 'hash' }],
  dark: [{ key: 'nk', query: '?groups=party&theme=dark&list=1' }],
  large: [{ key: 'big', slug: 'large-10k' }],
  malformed: [{ key: 'nk', query: '?theme=purple&list=1&bogus=%3Cb%3E&groups=nope' }],
  column: [{ key: 'nk', height: null }],
  story: [{ key: 'nk', query: '?story=road-to-vostochny&step=3', height: 560 }],
};

/** A news article's column: 700 px of text around the frame. */
const COLUMN = 'main{max-width:700px;margin:0 auto;font:18px/1.6 Georgia,serif}';

function hostPage(frames: Frame[], column = false): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A host article</title>${column ? `<style>${COLUMN}</style>` : ''}</head>
<body><main><h1>A host article</h1><p>Text before the timeline.</p>
${frames.map(iframe).join('\n')}
<p>Text after the timeline.</p>
<iframe id="stranger" title="Someone else's frame" srcdoc="<p>another frame</p>" height="40"></iframe>
</main><script src="${EMBED}/embed.js" async></script></body></html>`;
}

export interface HostPages {
  /** The second origin: `${url}/one`, `/two`, `/dark`, `/large`, `/malformed`, `/story`, `/pasted`. */
  readonly url: string;
  /** What /pasted holds (code copied from the Embed dialog). */
  paste(html: string): void;
}

/** Serves the host pages for the tests of the file that calls it, on a free port of each worker. */
export function serveHostPages(): HostPages {
  let server: Server | undefined;
  let url = '';
  let pasted = '';
  test.beforeAll(async () => {
    const host = createServer((req, res) => {
      const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
      if (name === 'pasted') {
        const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pasted</title></head><body><main><h1>Pasted</h1>${pasted}</main></body></html>`;
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      }
      const frames = HOSTS[name];
      if (!frames) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(frames, name === 'column'));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    server = host;
    url = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return {
    get url() {
      return url;
    },
    paste(html) {
      pasted = html;
    },
  };
}

export const frameOf = (page: Page, key: string): FrameLocator => page.frameLocator(`iframe[data-timeline-embed="${key}"]`);
export const panel = (frame: FrameLocator | Page) => frame.getByRole('region', { name: 'Event details' });

export async function ready(frame: FrameLocator): Promise<void> {
  // Chromium holds back animation frames in a cross-origin frame out of view: the timeline draws once it is seen.
  await frame.owner().scrollIntoViewIfNeeded();
  await expect(frame.locator('tl-timeline')).toHaveAttribute('data-ready', 'true');
}

export async function frameHeight(page: Page, key: string): Promise<number> {
  return page.locator(`iframe[data-timeline-embed="${key}"]`).evaluate((el) => el.getBoundingClientRect().height);
}

/** Where the host page's text after the frames starts, in the page. */
export function textAfter(page: Page): Promise<number> {
  return page.getByText('Text after the timeline.').evaluate((p) => p.getBoundingClientRect().top + scrollY);
}

/** WCAG 2.2 AA, as the timeline page's tests check it. */
export { axe } from './axe.ts';
