/**
 * A file's bytes → its text, before any YAML is read: strictly UTF-8, and
 * holding only characters YAML allows. Both readers (js-yaml for speed, yaml
 * for positions) must see the same text the same way; a byte they would read
 * differently, or one that would reach a page as it is, stops here with its
 * line and column.
 */
import { describeCharacter, NOT_TEXT_ALL } from '../format/characters.ts';
import type { Problem } from '../format/problems.ts';

export type TextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

const STRICT = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');

/**
 * The text of a timeline file's bytes (a byte order mark dropped), or where
 * its first byte that is not UTF-8 is.
 * @example decodeTimeline(new Uint8Array([0x61, 0xff]), 'data/a.yaml') // { ok: false, problem: … data/a.yaml:1:2 … }
 */
export function decodeTimeline(bytes: Uint8Array, file: string): TextResult {
  try {
    return { ok: true, text: STRICT.decode(bytes) };
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { ok: false, problem: syntaxProblem(file, 1, 1, 'is saved as UTF-16.', SAVE_AS_UTF8) };
    }
    const at = firstInvalidByte(bytes);
    const before = LENIENT.decode(bytes.subarray(0, at));
    const { line, column } = positionIn(before, before.length);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, problem: syntaxProblem(file, line, column, `has the byte 0x${byte}, which is not UTF-8 here.`, SAVE_AS_UTF8) };
  }
}

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (in most editors: Save with Encoding, UTF-8).';

/**
 * What may follow a byte that starts a character: how many bytes the
 * character has, and the range of its second byte (Unicode 15, table 3-7:
 * no overlong forms, no surrogates, nothing past U+10FFFF). 0 for a byte
 * that cannot start one.
 */
function sequenceAfter(b: number): [length: number, low: number, high: number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = sequenceAfter(b);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Every character YAML does not allow in a file (a control character, a
 * noncharacter, half of a surrogate pair), and every carriage return without
 * a line feed after it, which js-yaml reads as a line break and yaml does
 * not: one problem each, in order, at most `limit` of them.
 */
export function checkCharacters(text: string, file: string, limit = Infinity): Problem[] {
  const problems: Problem[] = [];
  let at: ReturnType<typeof lineIndex> | undefined;
  const add = (offset: number, message: string, fix: string): void => {
    at ??= lineIndex(text);
    const { line, column } = at(offset);
    problems.push(syntaxProblem(file, line, column, message, fix));
  };
  for (const m of text.matchAll(NOT_TEXT_ALL)) {
    if (problems.length >= limit) break;
    add(m.index, `holds ${describeCharacter(m[0])}.`, 'Remove it (an editor that shows invisible characters will find it).');
  }
  for (const m of text.matchAll(/\r(?!\n)/g)) {
    if (problems.length >= limit) break;
    add(
      m.index,
      'has a carriage return (CR) without a line feed after it.',
      'Save the file with LF or CRLF line endings: YAML readers disagree about where a lone CR ends a line.',
    );
  }
  return problems;
}

function syntaxProblem(file: string, line: number, column: number, message: string, fix: string): Problem {
  return { file, line, column, path: [], kind: 'syntax', message, fix };
}

/** 1-based line and column of an offset, lines ending at a line feed (as yaml's LineCounter counts them). */
function positionIn(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/** Finds line and column for many offsets of one text, each in log time. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
