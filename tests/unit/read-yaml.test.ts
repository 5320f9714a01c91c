import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlFast } from '../../src/lib/load/read-yaml.ts';

/** What the `yaml` package reads, as load.ts asks it to. */
function slow(text: string): unknown {
  return parseDocument(text, { schema: 'core', version: '1.2', merge: false, uniqueKeys: true }).toJS({ maxAliasCount: 100 });
}

const files = [
  'data/north-korea.yaml',
  ...['valid', 'invalid'].flatMap((dir) => readdirSync(`tests/fixtures/${dir}`).map((f) => `tests/fixtures/${dir}/${f}`)),
  ...readdirSync('tests/e2e/timelines').map((f) => `tests/e2e/timelines/${f}`),
];

/** The files it leaves to the yaml package, which knows every line and column: an alias, and syntax errors. */
const LEFT_TO_YAML = [
  'tests/fixtures/invalid/alias-bomb.yaml',
  'tests/fixtures/invalid/syntax-several.yaml',
  'tests/fixtures/invalid/syntax-unclosed-quote.yaml',
];

describe('the fast reader', () => {
  it.each(files)('reads %s as the yaml package does, or leaves it to it', (file) => {
    const text = readFileSync(file, 'utf8');
    const fast = readYamlFast(text);
    if (LEFT_TO_YAML.includes(file)) expect(fast).toBeUndefined();
    else expect(fast).toEqual(slow(text));
  });

  it.each([
    ['dates stay text', 'a: 2023-12-26\nb: 2023-12\nc: 2023-12-26T14:30', { a: '2023-12-26', b: '2023-12', c: '2023-12-26T14:30' }],
    ['YAML 1.1 words stay text', 'a: yes\nb: no\nc: on\nd: off\ne: y', { a: 'yes', b: 'no', c: 'on', d: 'off', e: 'y' }],
    ['core numbers', 'a: 2023\nb: -0500\nc: 0o17\nd: 0x1F\ne: 1.5\nf: .inf\ng: 1e3', { a: 2023, b: -500, c: 15, d: 31, e: 1.5, f: Infinity, g: 1000 }],
    ['not core numbers', 'a: 1_000\nb: 0b101\nc: +.5e\nd: 1:30', { a: '1_000', b: '0b101', c: '+.5e', d: '1:30' }],
    ['core booleans and nulls', 'a: true\nb: False\nc: ~\nd: null\ne:', { a: true, b: false, c: null, d: null, e: null }],
    ['quoted stays text', 'a: "2023"\nb: \'true\'', { a: '2023', b: 'true' }],
    [
      'Markdown emphasis is not an alias',
      'a: Kim set *militant tasks*\nb: "*quoted*"\nc: Wow! !important\nd: "From 1995: *early years*."',
      { a: 'Kim set *militant tasks*', b: '*quoted*', c: 'Wow! !important', d: 'From 1995: *early years*.' },
    ],
  ])('%s', (_, text, expected) => {
    expect(readYamlFast(text)).toEqual(expected);
    expect(slow(text)).toEqual(expected);
  });

  it.each([
    ['a syntax error', 'a: "unclosed\nb: 1'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['two documents', 'a: 1\n---\nb: 2'],
    ['a tag', 'a: !!binary aGVsbG8='],
    ['an alias', 'a: &x 1\nb: *x'],
    ['an alias in a list', 'a: &x 1\nb:\n  - *x'],
    ['an alias in a flow list', 'a: &x 1\nb: [1, *x]'],
  ])('leaves %s to the yaml package', (_, text) => {
    expect(readYamlFast(text)).toBeUndefined();
  });
});
