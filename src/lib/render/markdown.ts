/**
 * Markdown in `description`, `summary`, annotation `text` and era
 * `annotation`, rendered at build time with markdown-it. Raw HTML is escaped
 * (it shows as text), images are off (they would load from other sites), and
 * links keep only http, https and mailto, or `#id` within the page.
 */
import MarkdownIt from 'markdown-it';
import { isSafeHref } from './sanitize.ts';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
md.disable(['image']);
md.validateLink = isSafeHref;

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token && /^(https?|mailto):/i.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Text in which Markdown can change nothing but the spacing and simple links
 * (below): no character that marks up inline text (`* _ [ ] < > & \` ~ | !`
 * and backslash), no line opening a list, quote, heading, code block or
 * rule, no table. Most summaries are such text, and skipping the parser
 * makes a large timeline's build several times quicker where it reads them.
 */
const MARKUP = /[\\`*_[\]<>#!&~|]|(^|\n)[ \t]*([-+>=]|\d+[.)])|(^|\n)( {4}|\t)/;

/**
 * Links whose text is plain and whose address the site keeps as written
 * (http or https with no spaces, parentheses, title or percent sign, or
 * `#id`), and no emphasis in their text: `[text](https://…)`.
 */
const SIMPLE_LINK = /\[([^[\]*]*)\]\((https?:\/\/[\w\-.~/?#=&:;,+@]*|#[\w-]*)\)/g;

/**
 * Emphasis that cannot be read two ways: `**strong**` or `*em*` around words
 * of letters, digits and spaces, with a space or the text's edge before it
 * and a space, a full stop, comma, semicolon, colon, or the edge after it.
 */
const SIMPLE_EMPHASIS = /(^|\s)(\*\*?)([A-Za-z0-9](?:[A-Za-z0-9 ]*[A-Za-z0-9])?)\2(?=$|[\s.,;:])/g;

/** What linkify would turn into a link, a line break the author forced, or spacing Markdown reads. */
const NOT_SIMPLE = /\/\/|mailto:|ftp:|www\.|\r| \n|\n[ \t]/i;

/** The text with its simple links reduced to their text, when that leaves nothing for Markdown to do. */
function simpleText(text: string): string | undefined {
  // Emphasis first, links after, as renderMarkdown writes them: neither can hold the other.
  const plain = text.includes('*') ? text.replace(SIMPLE_EMPHASIS, '$1$3') : text;
  const unlinked = plain.includes('](') ? plain.replace(SIMPLE_LINK, '$1') : plain;
  return MARKUP.test(unlinked) || NOT_SIMPLE.test(unlinked) ? undefined : unlinked;
}

/**
 * @example renderMarkdown('Kim set *militant tasks*') // '<p>Kim set <em>militant tasks</em></p>\n'
 */
export function renderMarkdown(text: string): string {
  // Paragraphs of plain text and simple links, written as markdown-it writes them, escaped by its own function
  // (a unit test compares the two).
  if (simpleText(text) === undefined) return parsedHtml(text);
  return text
    .trim()
    .split(/\n\n+/)
    .map(
      (paragraph) =>
        `<p>${md.utils
          .escapeHtml(paragraph)
          .replace(SIMPLE_EMPHASIS, (_, before: string, stars: string, words: string) =>
            stars === '**' ? `${before}<strong>${words}</strong>` : `${before}<em>${words}</em>`,
          )
          .replace(SIMPLE_LINK, (_, label: string, href: string) =>
            href.startsWith('#') ? `<a href="${href}">${label}</a>` : `<a href="${href}" rel="noopener noreferrer">${label}</a>`,
          )}</p>\n`,
    )
    .join('');
}

/** markdown-it's HTML, which `renderMarkdown` gives for every text. */
export function parsedHtml(text: string): string {
  return md.render(text);
}

/** Markdown as plain text, for meta descriptions, accessible names, exports and search. */
export function markdownToText(text: string): string {
  const simple = simpleText(text);
  return simple === undefined ? parsedText(text) : simple.replace(/\s+/g, ' ').trim();
}

/** Plain text from markdown-it's reading, which `markdownToText` gives for every text. */
export function parsedText(text: string): string {
  const out: string[] = [];
  const walk = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>): void => {
    for (const t of tokens) {
      if (t.children) walk(t.children);
      else if (t.type === 'text' || t.type === 'code_inline') out.push(t.content);
      else if (t.type === 'softbreak' || t.type === 'hardbreak' || t.type === 'paragraph_close') out.push(' ');
    }
  };
  walk(md.parse(text, {}));
  return out.join('').replace(/\s+/g, ' ').trim();
}
