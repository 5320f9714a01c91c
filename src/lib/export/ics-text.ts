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
const encoder = new TextEncoder();

/**
 * Folds one content line: no physical line passes 75 octets (a continuation's
 * leading space counts), and a character's UTF-8 bytes stay on one line.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation has a space, then 74.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The calendar's text: every line folded and ended with CRLF, the last included. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
