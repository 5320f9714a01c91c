/**
 * The rules for text that becomes HTML, in one place: which links may be
 * followed and how plain text is escaped.
 */

/** Schemes a reader's browser may follow from timeline text. */
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * True for http, https and mailto links, and for links within the page
 * (`#event-id`). Anything else (javascript:, data:, vbscript:, relative
 * paths that could be read as schemes) is refused.
 * @example isSafeHref('https://example.org') // true
 * @example isSafeHref('javascript:alert(1)') // false
 */
export function isSafeHref(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- stripping them is the point
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^#[\w-]*$/.test(compact)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme !== undefined && SAFE_SCHEMES.includes(`${scheme.toLowerCase()}:`) && !compact.toLowerCase().startsWith('mailto:?');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Plain text for HTML, attributes included. XML (the feed) may ask for its
 * own `&apos;`, which HTML 4 lacks, for the apostrophe.
 * @example escapeHtml(`Kim's "war" <speech>`) // 'Kim&#39;s &quot;war&quot; &lt;speech&gt;'
 */
export function escapeHtml(text: string, apostrophe: '&#39;' | '&apos;' = '&#39;'): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? apostrophe);
}
