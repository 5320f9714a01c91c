/**
 * HTML from templates where every interpolated value is escaped unless it is
 * already HTML: the list of a large timeline holds tens of thousands of
 * entries, and a function that writes a string is many times cheaper than a
 * component for each. Escaping by default keeps it as safe.
 */
import { escapeHtml } from './sanitize.ts';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Text that is HTML already (rendered Markdown, or another template). */
export function raw(value: string): Html {
  return new Html(value);
}

function part(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value === false ? '' : escapeHtml(String(value));
  // null, undefined and anything else: nothing.
  return '';
}

/**
 * @example html`<p title="${title}">${text}</p>` // every ${…} escaped, attributes included
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += part(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}
