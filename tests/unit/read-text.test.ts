/**
 * Bytes and characters a timeline file may not hold, refused before any YAML
 * is read, each with its line and column: bytes that are not UTF-8, control
 * characters raw or escaped, half of a surrogate pair, and a carriage return
 * that the two YAML readers would put in different places.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { loadTimeline, loadTimelineBytes } from '../../src/lib/load/load.ts';
import { readYamlFast } from '../../src/lib/load/read-yaml.ts';
import { checkCharacters, decodeTimeline } from '../../src/lib/load/read-text.ts';

const EVENTS = 'events:\n  - id: a\n    title: A\n    date: 2023\n';
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** The problems of a file given as bytes, one formatted line each. */
function problemsOfBytes(data: Uint8Array): string[] {
  const r = loadTimelineBytes(data, 'data/t.yaml');
  expect(r.timeline).toBeUndefined();
  return r.problems.map(formatProblem);
}

const problemsOf = (text: string): string[] => problemsOfBytes(Buffer.from(text, 'utf8'));

describe('bytes that are not UTF-8', () => {
  it('reads UTF-8, without its byte order mark', () => {
    expect(decodeTimeline(bytes([0xef, 0xbb, 0xbf], 'title: 평양'), 'data/t.yaml')).toEqual({ ok: true, text: 'title: 평양' });
    expect(loadTimelineBytes(bytes([0xef, 0xbb, 0xbf], `title: 평양\n${EVENTS}`), 'data/t.yaml').timeline?.title).toBe('평양');
  });

  it.each([
    ['a byte that never starts a character', bytes('title: T\nplace: Pyong', [0xff], 'yang\n')],
    ['a character cut short', bytes('title: T\nplace: Pyong', [0xe2, 0x80], 'yang\n')],
    ['an overlong form of "/"', bytes('title: T\nplace: Pyong', [0xc0, 0xaf], 'yang\n')],
    ['a surrogate written as UTF-8 (CESU-8)', bytes('title: T\nplace: Pyong', [0xed, 0xa0, 0x80], 'yang\n')],
    ['a code point past U+10FFFF', bytes('title: T\nplace: Pyong', [0xf4, 0x90, 0x80, 0x80], 'yang\n')],
  ])('points at %s, on its line and column', (_, data) => {
    expect(problemsOfBytes(data)).toHaveLength(1);
    expect(problemsOfBytes(data)[0]).toMatch(/^data\/t\.yaml:2:13 YAML syntax → has the byte 0x[0-9A-F]{2}, which is not UTF-8 here\./);
  });

  it('says which byte and how to fix it', () => {
    expect(problemsOfBytes(bytes('title: 평양\nplace: ', [0xff]))).toMatchInlineSnapshot(`
      [
        "data/t.yaml:2:8 YAML syntax → has the byte 0xFF, which is not UTF-8 here. Save the file as UTF-8 (in most editors: Save with Encoding, UTF-8).",
      ]
    `);
  });

  it('names UTF-16', () => {
    expect(problemsOfBytes(Buffer.from('\uFEFFtitle: T\n', 'utf16le'))).toMatchInlineSnapshot(`
      [
        "data/t.yaml:1:1 YAML syntax → is saved as UTF-16. Save the file as UTF-8 (in most editors: Save with Encoding, UTF-8).",
      ]
    `);
  });

  it('refuses a file over the limit before decoding it', () => {
    expect(loadTimelineBytes(bytes('title: T\n', [0xff]), 'data/t.yaml', { maxBytes: 4 }).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/t.yaml:1:1 file → is 10 bytes, over the limit of 4 bytes. Split the timeline into several files.",
      ]
    `);
  });
});

describe('characters that are not text', () => {
  it('refuses each raw control character and noncharacter where it is', () => {
    expect(problemsOf(`title: T\0x\nplace: a\x07b\x1bc\n${EVENTS}summary: \uFFFF\n`)).toMatchInlineSnapshot(`
      [
        "data/t.yaml:1:9 YAML syntax → holds the control character U+0000, which is not text. Remove it (an editor that shows invisible characters will find it).",
        "data/t.yaml:2:9 YAML syntax → holds the control character U+0007, which is not text. Remove it (an editor that shows invisible characters will find it).",
        "data/t.yaml:2:11 YAML syntax → holds the control character U+001B, which is not text. Remove it (an editor that shows invisible characters will find it).",
        "data/t.yaml:7:10 YAML syntax → holds U+FFFF, which is not a character. Remove it (an editor that shows invisible characters will find it).",
      ]
    `);
  });

  it('refuses a carriage return without a line feed, which js-yaml and yaml read differently', () => {
    const text = `title: T\rlocale: ko\n${EVENTS}`;
    // The disagreement this guards against: one reader sees two keys, the other a syntax error.
    expect(readYamlFast(text)).toMatchObject({ title: 'T', locale: 'ko' });
    expect(parseDocument(text).errors).not.toEqual([]);
    expect(problemsOf(text)).toMatchInlineSnapshot(`
      [
        "data/t.yaml:1:9 YAML syntax → has a carriage return (CR) without a line feed after it. Save the file with LF or CRLF line endings: YAML readers disagree about where a lone CR ends a line.",
      ]
    `);
  });

  it('reads tabs, CRLF line endings, NEL, a byte order mark and emoji as text', () => {
    expect(checkCharacters(`\uFEFFtitle: "a\tb\u0085c 😀"\r\n${EVENTS.replaceAll('\n', '\r\n')}`, 'data/t.yaml')).toEqual([]);
    expect(loadTimeline(`title: "a\tb 😀"\r\n${EVENTS.replaceAll('\n', '\r\n')}`, 'data/t.yaml').problems).toEqual([]);
  });

  it('refuses half of a surrogate pair in text handed over as a string', () => {
    expect(loadTimeline(`title: T\uD83D\n${EVENTS}`, 'data/t.yaml').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/t.yaml:1:9 YAML syntax → holds half of a surrogate pair (U+D83D), which is not a character on its own. Remove it (an editor that shows invisible characters will find it).",
      ]
    `);
  });

  it('lists at most the first hundred of a binary file', () => {
    expect(problemsOf(`title: T\n${'\0'.repeat(10_000)}`)).toHaveLength(100);
  });

  it('refuses escapes that write them into a value or a key, wherever the file is read', () => {
    const text = `title: "T\\0"\ndescription: "\\x07"\n${EVENTS}    summary: "\\uD800 and \\uDE00"\n    "k\\e": 1\n`;
    expect(problemsOf(text)).toMatchInlineSnapshot(`
      [
        "data/t.yaml:1:8 timeline → title: holds the control character U+0000, which is not text. Remove the escape that wrote it in double quotes ("\\0" or "\\u0000").",
        "data/t.yaml:2:14 timeline → description: holds the control character U+0007, which is not text. Remove the escape that wrote it in double quotes ("\\u0007").",
        "data/t.yaml:7:14 events[0] "a" → summary: holds half of a surrogate pair (U+D800), which is not a character on its own. Write the whole character as it is, or both halves of its escape (e.g. "\\uD83D\\uDE00" for 😀).",
        "data/t.yaml:8:5 events[0] "a" → "k\\u001b": holds the control character U+001B, which is not text. Remove the escape that wrote it in double quotes ("\\u001B").",
      ]
    `);
  });

  it('accepts the escapes of text: tab, line feed, a whole emoji', () => {
    expect(loadTimeline(`title: "a\\tb\\nc \\uD83D\\uDE00"\n${EVENTS}`, 'data/t.yaml').timeline?.title).toBe('a\tb\nc 😀');
  });

  it('leaves the sample and the fixtures as they were', () => {
    for (const file of ['data/north-korea.yaml', 'tests/fixtures/valid/every-feature.yaml', 'tests/e2e/timelines/hostile-text.yaml']) {
      expect(checkCharacters(readFileSync(file, 'utf8'), file)).toEqual([]);
    }
  });
});
