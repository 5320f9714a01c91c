/**
 * The two ways of finding where a value is: the `yaml` package's Document,
 * for files up to a megabyte, and js-yaml's callbacks (locate-fast.ts), for
 * larger ones. They must agree on every node of every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../src/lib/format/problems.ts';
import { offsetOf } from '../../src/lib/load/read-document.ts';
import { locatePaths } from '../../src/lib/load/locate-fast.ts';
import { readYamlFast } from '../../src/lib/load/read-yaml.ts';

/** Every path in the data, and a step past each (a key or an item that is not there). */
function pathsOf(data: unknown, path: DataPath = []): DataPath[] {
  const here: DataPath[] = [path, [...path, 'missing'], [...path, 99]];
  if (Array.isArray(data)) return [...here, ...data.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (typeof data === 'object' && data !== null) return [...here, ...Object.entries(data).flatMap(([key, value]) => pathsOf(value, [...path, key]))];
  return here;
}

/** Each path, with and without atKey, as `line:column` from both locators. */
function compare(text: string): { yaml: string[]; fast: string[] } {
  const data = readYamlFast(text);
  expect(data).toBeDefined();
  const doc = parseDocument(text, { schema: 'core', version: '1.2', merge: false, uniqueKeys: true });
  const paths = pathsOf(data);
  const located = locatePaths(text, paths);
  const label = (path: DataPath, atKey: boolean, offset: number): string => `${JSON.stringify(path)}${atKey ? ' key' : ''} ${offset}`;
  const both = paths.flatMap((path) => [false, true].map((atKey) => ({ path, atKey })));
  return {
    yaml: both.map(({ path, atKey }) => label(path, atKey, offsetOf(doc, path, atKey))),
    fast: both.map(({ path, atKey }) => label(path, atKey, located.offsetOf(path, atKey))),
  };
}

const files = [
  'data/north-korea.yaml',
  ...['valid', 'invalid', 'authoring', 'exports'].flatMap((dir) => readdirSync(`tests/fixtures/${dir}`).map((f) => `tests/fixtures/${dir}/${f}`)),
  ...readdirSync('tests/e2e/timelines').map((f) => `tests/e2e/timelines/${f}`),
].filter((file) => readYamlFast(readFileSync(file, 'utf8')) !== undefined);

describe('where a value is, found through js-yaml', () => {
  it.each(files)('agrees with yaml on every node of %s', (file) => {
    const { yaml, fast } = compare(readFileSync(file, 'utf8'));
    expect(fast).toEqual(yaml);
  });

  it.each([
    ['empty values', 'a:\nb:   \nc: # note\nd:\n  # only a note\ne: 1\n'],
    ['empty items in a block list', 'a:\n  -\n  - \n  - x\n  -\n  - # note\n  - y\n  -\nb: 1\n'],
    ['keys without values in a flow mapping', 'a: {b, c: , d: 1, e}\nf: [1, {g}, [h, i]]\n'],
    ['notes, anchors and explicit keys', '# top\na: &x # note\n  b: 1\n? c\n: d\ne: &y [1, 2]\n'],
    ['block text', 'a: |\n  line\n  - not an item\nb: >-\n  folded\nc:\n  - |\n    t\n  - d\n'],
    ['lists in lists', 'a:\n- - 1\n  - 2\n- - - 3\n-\n- 4\n'],
    ['mappings in lists, laid out every way', 'e:\n  - id: a\n    t: 1\n\n  -   id: b\n      t: 2\n  - {id: c, t: 3}\n  -\n    id: d\n'],
    ['a list at the top', '- a\n- b: 1\n  c: 2\n- [d]\n'],
    ['notes with dashes between items', 'a:\n  - x\n  # - not an item\n  - y\n# - nor this\n  -\n  - # - a note\n    id: z\n'],
    ['text over several lines', 'a: one\n  two\nb: "three\n  four"\nc:    \'five\'\nd:\n  - six\n    seven\n  - 8\n'],
    ['a document marker and CRLF line endings', '---\r\na: 1\r\nb:\r\n  - x\r\n'],
  ])('agrees with yaml on %s', (_, text) => {
    const { yaml, fast } = compare(text);
    expect(fast).toEqual(yaml);
  });

  it('stops reading once it has found what it was asked for, with the same answers', () => {
    const text = readFileSync('data/north-korea.yaml', 'utf8');
    const paths = pathsOf(readYamlFast(text)).filter((_, i) => i % 97 === 0);
    const all = locatePaths(text, paths);
    for (const path of paths) expect(locatePaths(text, [path]).offsetOf(path, true)).toBe(all.offsetOf(path, true));
    // Read to the end, the broken last line would stop js-yaml with an error.
    expect(locatePaths('a:\n  b: 1\nc: 2\nd: [unclosed\n', [['a', 'b']]).offsetOf(['a', 'b'], false)).toBe(8);
  });

  it('finds keys that are lists or mappings', () => {
    expect(locatePaths('a: 1\n[b, c]: 2\n{d: e}: 3\n', []).complexKeys).toEqual([
      { offset: 5, kind: 'list' },
      { offset: 15, kind: 'mapping' },
    ]);
  });
});
