/**
 * The words around dates, by language: "c. 2023", "501 BCE", "present". A
 * file of its own, without date-fns, so the browser's axis labels say "BCE"
 * as the page's dates do, for a few bytes.
 */

/** Words around dates; `{date}` marks where the date goes. */
export interface DateWords {
  readonly approximate: string;
  readonly uncertain: string;
  readonly bce: string;
  readonly present: string;
  /** A year far back, `{n}` its distance in words ("13.8 billion"). */
  readonly yearsAgo: string;
  /** A year as a number alone, where no date pattern writes it (a deep-time axis). */
  readonly year: string;
}

const WORDS: Readonly<Record<string, DateWords>> = {
  en: { approximate: 'c. {date}', uncertain: '{date} (?)', bce: '{date} BCE', present: 'present', yearsAgo: '{n} years ago', year: '{n}' },
  ko: { approximate: '{date}경', uncertain: '{date}(?)', bce: '기원전 {date}', present: '현재', yearsAgo: '{n} 년 전', year: '{n}년' },
};

/**
 * The words of a BCP 47 tag's language, if this format has them.
 * @example dateWordsFor('ko-KR')?.bce // '기원전 {date}'
 */
export function dateWordsFor(tag: string): DateWords | undefined {
  return WORDS[tag.split('-')[0]?.toLowerCase() ?? ''];
}

export const ENGLISH_WORDS = WORDS['en'] as DateWords;
