/**
 * The code a site pastes to embed a timeline: an iframe of a fixed height
 * (the timeline fills it; an event opens inside it), and /embed.js, which
 * carries deep links between the frame and the page's address.
 * Written by the Embed dialog (with the address the reader is on) and by the
 * oEmbed file (with the configured site).
 */
import { escapeHtml } from '../render/sanitize.ts';

/** The frame's height unless the Embed dialog is told otherwise: a timeline of a few lanes, and room for an event below it. */
export const EMBED_HEIGHT = 640;
/** The heights the Embed dialog offers, px. */
export const EMBED_HEIGHTS = [480, 640, 800] as const;
/** The width an oEmbed consumer is told; the frame itself takes its container's width. */
export const EMBED_WIDTH = 800;

export interface SnippetInput {
  /** The embed page's address, options included. */
  readonly src: string;
  /** The address of /embed.js. */
  readonly script: string;
  /** The frame's accessible name. */
  readonly title: string;
  /** The embed's key in the host's address (`?<key>=<event-id>`). */
  readonly key: string;
  readonly height?: number;
}

/**
 * @example embedSnippet({ src: 'https://example.org/embed/nk/', script: 'https://example.org/embed.js', title: 'NK', key: 'nk' })
 * // '<iframe src="https://example.org/embed/nk/" title="NK" … data-timeline-embed="nk"></iframe>\n<script src="https://example.org/embed.js" async></script>'
 */
export function embedSnippet({ src, script, title, key, height = EMBED_HEIGHT }: SnippetInput): string {
  const a = (value: string): string => escapeHtml(value);
  return (
    `<iframe src="${a(src)}" title="${a(title)}" loading="lazy" height="${height}" style="width: 100%; border: 0" data-timeline-embed="${a(key)}"></iframe>\n` +
    `<script src="${a(script)}" async></script>`
  );
}

/**
 * An address on the published site, when its public address is configured
 * (Astro's `site`, from SITE); else the root-relative path.
 * @example siteUrl(new URL('https://example.org/timelines'), 'embed/nk/') // 'https://example.org/timelines/embed/nk/'
 * @example siteUrl(undefined, 'embed/nk/') // '/embed/nk/'
 */
export function siteUrl(site: URL | undefined, path: string): string {
  if (!site) return `/${path}`;
  const base = new URL(site.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path, base).href;
}
