/**
 * Interface text by language: one file per language (en.ts, ko.ts), listed
 * here. Any other language gets English.
 */
import { en } from './en.ts';
import { ko } from './ko.ts';
import type { UiStrings } from './ui-strings.ts';

const BY_LANGUAGE: Readonly<Record<string, UiStrings>> = { en, ko };

/** Languages with a full interface translation. */
export const TRANSLATED = Object.keys(BY_LANGUAGE);

export function uiStrings(locale: string): UiStrings {
  return BY_LANGUAGE[locale.split('-')[0]?.toLowerCase() ?? ''] ?? en;
}
