/**
 * Characters a timeline's text may not hold: control characters (NUL, BEL,
 * escape…), noncharacters and half of a surrogate pair. YAML forbids them
 * written raw, yet lets a double-quoted escape (`"\0"`, `"\uD800"`) write
 * them into a value, from where they would reach the HTML, the CSV and the
 * feed as they are. Tabs and line breaks are text.
 */
import type { DataPath, Finding } from './problems.ts';

/**
 * YAML 1.2's non-printable characters (5.1), less tab, line feed and
 * carriage return. With the `u` flag a surrogate range matches only a lone
 * surrogate: a pair is one character.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_TEXT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** The same, every occurrence: for scanning a file's text. */
export const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, 'gu');

/** `U+0000` */
function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Half of a surrogate pair: 16 bits of a character beyond U+FFFF, not a character on its own. */
const isSurrogate = (ch: string): boolean => /^[\uD800-\uDFFF]$/u.test(ch);

/**
 * What the character is, for a message.
 * @example describeCharacter('\0') // 'the control character U+0000, which is not text'
 */
export function describeCharacter(ch: string): string {
  if (isSurrogate(ch)) return `half of a surrogate pair (${codePoint(ch)}), which is not a character on its own`;
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0xfffe || code === 0xffff) return `${codePoint(ch)}, which is not a character`;
  return `the control character ${codePoint(ch)}, which is not text`;
}

/** The first character of `text` that is not text, if any. */
export function firstNotText(text: string): string | undefined {
  return NOT_TEXT.exec(text)?.[0];
}

/**
 * Every key and string value that holds a character that is not text, each
 * once, in the order of the data. Written raw, such a character stops the
 * file earlier (load/read-text.ts), so these come from escapes.
 */
export function findNotText(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, path: DataPath): void => {
    if (typeof value === 'string') {
      const ch = firstNotText(value);
      if (ch !== undefined) findings.push(notText(path, ch, false));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const ch = firstNotText(key);
        if (ch !== undefined) findings.push(notText([...path, key], ch, true));
        visit(item, [...path, key]);
      }
    }
  };
  visit(data, []);
  return findings;
}

function notText(path: DataPath, ch: string, atKey: boolean): Finding {
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const fix = isSurrogate(ch)
    ? 'Write the whole character as it is, or both halves of its escape (e.g. "\\uD83D\\uDE00" for 😀).'
    : `Remove the escape that wrote it in double quotes (${hex === '0000' ? '"\\0" or ' : ''}"\\u${hex}").`;
  return { path, message: `holds ${describeCharacter(ch)}.`, fix, ...(atKey && { atKey }) };
}
