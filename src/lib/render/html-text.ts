/**
 * HTML from other tools (TimelineJS headlines and texts) made into what this
 * format holds: plain text for titles, Markdown for summaries. Deliberately
 * simple: tags are dropped, never interpreted; links become Markdown links
 * when they are http, https or mailto; paragraphs and line breaks survive;
 * characters Markdown would read as formatting are escaped.
 */
// The decoder markdown-it reads entities with: HTML's whole table (`&rsquo;`, `&eacute;`…), as a browser reads them.
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { isSafeHref } from './sanitize.ts';

/** Script and style elements hold no text a reader saw. */
const dropInvisible = (html: string): string => html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
const BLOCKS = new Set([
  'p',
  'div',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'br',
  'hr',
  'section',
  'cite',
]);
const tagName = (tag: string): string => /^<\/?([a-z][a-z0-9]*)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
/** Tags out; a block's edge or a line break becomes a space, so words either side stay apart. */
const stripTags = (html: string): string => html.replace(/<\/?[a-z][^>]*>|<!--[\s\S]*?-->/gi, (tag) => (BLOCKS.has(tagName(tag)) ? ' ' : ''));

/**
 * @example htmlToText('<b>Kim</b> &amp; Xi') // 'Kim & Xi'
 */
export function htmlToText(html: string): string {
  return decodeHTML(stripTags(dropInvisible(html)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters Markdown reads as formatting, escaped so the text shows as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

const attribute = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeHTMLAttribute(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

/**
 * @example htmlToMarkdown('<p>See <a href="https://kcna.kp">KCNA</a>.</p><p>*Two*</p>') // 'See [KCNA](https://kcna.kp).\n\n\\*Two\\*'
 */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  // Split into tags and text; text is decoded then escaped, tags only mark breaks and links.
  const parts = dropInvisible(html).split(/(<\/?[a-z][^>]*>|<!--[\s\S]*?-->)/i);
  let link: { href: string; text: string[] } | undefined;
  for (const part of parts) {
    const tag = /^<(\/?)[a-z]/i.test(part) ? part : undefined;
    if (!tag) {
      const text = escapeMarkdown(decodeHTML(part.startsWith('<!--') ? '' : part).replace(/\s+/g, ' '));
      (link ? link.text : out).push(text);
      continue;
    }
    const closing = tag.startsWith('</');
    const name = tagName(tag);
    if (name === 'a' && !closing) {
      const href = attribute(part, 'href');
      link = href && isSafeHref(href) && /^(https?|mailto):/i.test(href) ? { href, text: [] } : { href: '', text: [] };
    } else if (name === 'a' && link) {
      const text = link.text.join('').trim();
      out.push(
        link.href
          ? `[${text || escapeMarkdown(link.href)}](${link.href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`
          : text,
      );
      link = undefined;
    } else if (name === 'br') {
      out.push('\\\n');
    } else if (name === 'li' && !closing) {
      out.push('\n\n- ');
    } else if (BLOCKS.has(name)) {
      out.push(name === 'cite' ? ' ' : '\n\n');
    }
  }
  if (link) out.push(link.text.join(''));
  return out
    .join('')
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .replace(/[ \t]*\\\n[ \t]*/g, '\\\n')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '' && paragraph !== '-' && paragraph !== '\\')
    .join('\n\n');
}
