/**
 * Per-locale date patterns, derived from a date-fns locale's long date format
 * so every date-fns locale works: a month is the day pattern without its day,
 * a year the month pattern without its month. Patterns are split into groups
 * (a field with any suffix glued to it, like Korean `d일`) and separators, which
 * lets spans share their common part: "26–30 December 2023".
 */
import type { Locale } from 'date-fns';

export type Field = 'year' | 'month' | 'day';

/** A date-fns field token with any literal glued to it (`y년`), or a separator (`, `). */
export type Part =
  { readonly kind: 'field'; readonly field: Field; readonly token: string; readonly suffix: string } | { readonly kind: 'literal'; readonly text: string };

export interface LocalePatterns {
  readonly day: readonly Part[];
  readonly month: readonly Part[];
  readonly year: readonly Part[];
  /** date-fns time pattern, minutes or seconds. */
  readonly time: { readonly minute: string; readonly second: string };
  /** Joins a date and a time, e.g. `{{date}}, {{time}}`. */
  readonly dateTime: string;
}

/** Where date-fns's own long format is not what a reader expects. */
const DAY_OVERRIDES: Readonly<Record<string, string>> = {
  // date-fns writes "December 26th, 2023"; US style guides drop the ordinal.
  'en-US': 'MMMM d, y',
};

const FIELD_OF: Readonly<Record<string, Field>> = { y: 'year', Y: 'year', u: 'year', M: 'month', L: 'month', d: 'day' };

/** Splits a date-fns pattern into field tokens and literal text (quotes removed). */
export function tokenize(pattern: string): Array<{ token: string } | { text: string }> {
  const out: Array<{ token: string } | { text: string }> = [];
  const pushText = (text: string): void => {
    const last = out.at(-1);
    if (last && 'text' in last) last.text += text;
    else out.push({ text });
  };
  for (let i = 0; i < pattern.length;) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      const end = close === -1 ? pattern.length : close;
      pushText(end === i + 1 ? "'" : pattern.slice(i + 1, end));
      i = end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern.charAt(j) === ch) j++;
      // date-fns ordinal suffix: "do" is one token.
      if (pattern.charAt(j) === 'o') j++;
      out.push({ token: pattern.slice(i, j) });
      i = j;
    } else {
      pushText(ch);
      i++;
    }
  }
  return out;
}

/** Groups tokens: a literal without spaces right after a field is that field's suffix. */
export function toParts(pattern: string): Part[] {
  const parts: Part[] = [];
  for (const item of tokenize(pattern)) {
    const last = parts.at(-1);
    if ('token' in item) {
      const field = FIELD_OF[item.token.charAt(0)];
      // Weekdays, eras and the like are not part of our patterns: keep as text.
      if (field) parts.push({ kind: 'field', field, token: item.token, suffix: '' });
      else parts.push({ kind: 'literal', text: item.token });
    } else {
      // Text glued to a field (Korean 년, 월, 일) belongs to it; the rest separates.
      const glued = last?.kind === 'field' && last.suffix === '' ? (/^[^\s,.\-/]+/.exec(item.text)?.[0] ?? '') : '';
      if (glued && last?.kind === 'field') parts[parts.length - 1] = { ...last, suffix: glued };
      const rest = item.text.slice(glued.length);
      if (rest) parts.push({ kind: 'literal', text: rest });
    }
  }
  return parts;
}

/** Drops a field and one separator next to it: the following one, or the preceding one at the end. */
export function withoutField(parts: readonly Part[], field: Field): Part[] {
  const i = parts.findIndex((p) => p.kind === 'field' && p.field === field);
  if (i === -1) return [...parts];
  const out = [...parts];
  const next = out[i + 1];
  if (next?.kind === 'literal' && i + 2 < out.length) out.splice(i, 2);
  else if (out[i - 1]?.kind === 'literal') out.splice(i - 1, 2);
  else out.splice(i, 1);
  return out;
}

/** A month standing alone takes its nominative form (`LLLL`), as in Russian "декабрь 2023". */
function standaloneMonths(parts: readonly Part[]): Part[] {
  return parts.map((p) => (p.kind === 'field' && p.field === 'month' ? { ...p, token: p.token.replace(/^M+/, (m) => 'L'.repeat(m.length)) } : p));
}

/** Removes date-fns's ordinal day (`do` → `d`) when no day stays. */
function plainTokens(parts: readonly Part[]): Part[] {
  return parts.map((p) => (p.kind === 'field' && p.field !== 'day' ? { ...p, token: p.token.replace(/o$/, '') } : p));
}

export function patternsFor(locale: Locale, tag: string): LocalePatterns {
  const formatLong = locale.formatLong as Partial<NonNullable<Locale['formatLong']>> | undefined;
  const dayPattern = DAY_OVERRIDES[tag] ?? formatLong?.date?.({ width: 'long' }) ?? 'd MMMM y';
  const day = toParts(dayPattern);
  const month = plainTokens(standaloneMonths(withoutField(day, 'day')));
  const year = plainTokens(withoutField(month, 'month'));
  return {
    day,
    month,
    year,
    time: {
      minute: formatLong?.time?.({ width: 'short' }) ?? 'HH:mm',
      second: formatLong?.time?.({ width: 'medium' }) ?? 'HH:mm:ss',
    },
    dateTime: formatLong?.dateTime?.({ width: 'short' }) ?? '{{date}}, {{time}}',
  };
}
