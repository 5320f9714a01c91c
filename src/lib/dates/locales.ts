/**
 * A timeline's `locale` (a BCP 47 tag) resolved to a date-fns locale and the
 * words our date texts need. Unknown tags fall back to English, and say so.
 */
import type { Locale } from 'date-fns';
import * as dateFnsLocales from 'date-fns/locale';
import { dateWordsFor, ENGLISH_WORDS, type DateWords } from './date-words.ts';

export interface ResolvedLocale {
  /** The tag as used for formatting, e.g. `en-GB`. */
  readonly tag: string;
  readonly dateFns: Locale;
  readonly words: DateWords;
  /** False when the tag was not recognised and English stands in. */
  readonly known: boolean;
}

/** date-fns has no bare `en` or `zh`; these are what a bare tag means. */
const MAIN_VARIANT: Readonly<Record<string, string>> = { en: 'enUS', zh: 'zhCN' };

const LOCALES = dateFnsLocales as unknown as Readonly<Record<string, Locale>>;

/** date-fns names locales in camel case: `en-GB` → `enGB`, `ko` → `ko`. */
function dateFnsKey(tag: string): string {
  const [lang = '', ...rest] = tag.split('-');
  return lang.toLowerCase() + rest.map((p) => p.toUpperCase()).join('');
}

/**
 * @example resolveLocale('en-GB').dateFns.code // 'en-GB'
 */
export function resolveLocale(tag: string): ResolvedLocale {
  const lang = tag.split('-')[0]?.toLowerCase() ?? '';
  const exact = LOCALES[dateFnsKey(tag)];
  // A bare language picks its main variant: `en` → en-US, `de` → de.
  const byLanguage = LOCALES[lang] ?? LOCALES[MAIN_VARIANT[lang] ?? ''] ?? Object.values(LOCALES).find((l) => l.code.split('-')[0] === lang);
  const dateFns = exact ?? byLanguage;
  const words = dateWordsFor(lang) ?? ENGLISH_WORDS;
  if (!dateFns) return { tag: 'en-US', dateFns: dateFnsLocales.enUS, words: ENGLISH_WORDS, known: false };
  return { tag: dateFns.code, dateFns, words, known: true };
}
