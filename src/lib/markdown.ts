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
 * @example renderMarkdown('Kim set *militant tasks*') // '<p>Kim set <em>militant tasks</em></p>\n'
 */
export function renderMarkdown(text: string): string {
  return md.render(text);
}

/** For one-line fields: no wrapping paragraph. */
export function renderInlineMarkdown(text: string): string {
  return md.renderInline(text);
}

/** Markdown as plain text, for meta descriptions and accessible names. */
export function markdownToText(text: string): string {
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
