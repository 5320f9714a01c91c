/**
 * iCalendar's text rules (RFC 5545 §3.1, §3.3.11): escaped values, lines
 * folded at 75 octets without splitting a character, CRLF endings.
 */
import { dropUnwritable } from './bounds.ts';

/** TEXT values: backslash, semicolon, comma and line breaks escaped; control characters dropped. */
export function escapeText(value: string): string {
  return dropUnwritable(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\t/g, ' ');
}

const MAX_OCTETS = 75;

/** UTF-8 bytes of the code point starting at `code` (a UTF-16 unit); counted, not encoded, as this runs for every character. */
function utf8Size(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : 3;
}

/**
 * Folds one content line: no physical line passes 75 octets (a continuation's
 * leading space counts), and a character's UTF-8 bytes stay on one line.
 */
export function foldLine(line: string): string {
  // Every character takes at most 3 bytes a UTF-16 unit: most lines need no count at all.
  if (line.length * 3 <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const code = line.charCodeAt(i);
    const size = utf8Size(code);
    const units = size === 4 ? 2 : 1;
    // The first line holds 75 octets; each continuation has a space, then 74.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 0;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}

/** The calendar's text: every line folded and ended with CRLF, the last included. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
