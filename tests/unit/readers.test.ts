/**
 * A file with problems is read a second time to place them: by the `yaml`
 * package's Document up to DOCUMENT_LIMIT, by js-yaml past it (a 60 MB file
 * would take `yaml` minutes). Both must say the same at the same places;
 * where only one can say something, it is pinned here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileProblem, formatProblem, type Finding } from '../../src/lib/format/problems.ts';
import { MAX_LISTED_PER_FILE, placeFindings } from '../../src/lib/load/check-data.ts';
import { loadTimeline, type LoadResult } from '../../src/lib/load/load.ts';
import { readYamlFast } from '../../src/lib/load/read-yaml.ts';

/** Read as a small file is, and as a large one is. */
const small = (text: string): LoadResult => loadTimeline(text, 'data/t.yaml');
const large = (text: string): LoadResult => loadTimeline(text, 'data/t.yaml', { documentLimit: 0 });
const lines = (r: LoadResult): string[] => [...r.problems, ...r.warnings].map(formatProblem);
const both = (...text: string[]): { small: string[]; large: string[] } => {
  const joined = `${text.join('\n')}\n`;
  return { small: lines(small(joined)), large: lines(large(joined)) };
};

const EVENT = [
  'events:',
  '  - id: a',
  '    title: A',
  '    date: 2023',
  '    sources: [s]',
  'sources:',
  '  - id: s',
  '    publisher: P',
  '    published: 2023',
];

const files = [
  'data/north-korea.yaml',
  ...['valid', 'invalid', 'authoring', 'exports'].flatMap((dir) => readdirSync(`tests/fixtures/${dir}`).map((f) => `tests/fixtures/${dir}/${f}`)),
  ...readdirSync('tests/e2e/timelines').map((f) => `tests/e2e/timelines/${f}`),
];

describe('a large file', () => {
  it.each(files.filter((f) => readYamlFast(readFileSync(f, 'utf8')) !== undefined))('has the problems and warnings of %s at the same places', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(lines(loadTimeline(text, file, { documentLimit: 0 }))).toEqual(lines(loadTimeline(text, file)));
  });

  it('words the syntax problems both readers know alike', () => {
    expect(both('title: T', 'title: U', ...EVENT)).toMatchInlineSnapshot(`
      {
        "large": [
          "data/t.yaml:2:1 YAML syntax → Map keys must be unique. Each key appears once per item: remove or rename one.",
        ],
        "small": [
          "data/t.yaml:2:1 YAML syntax → Map keys must be unique. Each key appears once per item: remove or rename one.",
        ],
      }
    `);
    expect(both('title: T', ...EVENT.slice(0, 3), '\t  date: 2023')).toMatchInlineSnapshot(`
      {
        "large": [
          "data/t.yaml:5:1 YAML syntax → Tabs are not allowed as indentation. Indent with spaces, not tabs.",
        ],
        "small": [
          "data/t.yaml:5:1 YAML syntax → Tabs are not allowed as indentation. Indent with spaces, not tabs.",
        ],
      }
    `);
  });

  it('says the rest of js-yaml’s syntax problems as js-yaml words them', () => {
    expect(both('title: "T', ...EVENT).large).toMatchInlineSnapshot(`
      [
        "data/t.yaml:11:1 YAML syntax → Unexpected end of the stream within a double quoted scalar. Close the quote, bracket or brace that was opened.",
      ]
    `);
  });

  it('refuses aliases and tags, which only `yaml` reads as the format means them', () => {
    expect(both('title: &t T', 'description: *t', ...EVENT)).toMatchInlineSnapshot(`
      {
        "large": [
          "data/t.yaml:2:14 YAML syntax → has an alias (*name), which a file over 1 MB may not have. Write the value out where the alias is.",
        ],
        "small": [],
      }
    `);
    expect(both('title: !!str T', ...EVENT).large).toMatchInlineSnapshot(`
      [
        "data/t.yaml:1:8 YAML syntax → has a tag (!name), which a file over 1 MB may not have. Remove the tag: timeline files use plain values.",
      ]
    `);
  });

  it('reads what only looks like an alias or a tag', () => {
    expect(both('title: T', 'description: |', '  **Bold** at the start of a line', '  !important', ...EVENT)).toEqual({ small: [], large: [] });
  });
});

describe('problems said as they are', () => {
  it('nesting too deep for a reader, not "Maximum call stack size exceeded"', () => {
    expect(both('title: T', `events: ${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toMatchInlineSnapshot(`
      {
        "large": [
          "data/t.yaml:2:108 YAML syntax → nests lists and mappings more than 100 deep. A timeline needs five levels at most (events, an event, its annotations, an annotation, its sources): check the brackets and the indentation.",
        ],
        "small": [
          "data/t.yaml:2:108 YAML syntax → nests lists and mappings more than 100 deep. A timeline needs five levels at most (events, an event, its annotations, an annotation, its sources): check the brackets and the indentation.",
        ],
      }
    `);
    // With an alias, js-yaml leaves the file to `yaml`, which runs out of stack: said the same way.
    expect(lines(small(`title: &t T\ndescription: *t\nevents: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`))).toEqual([
      expect.stringMatching(/^data\/t\.yaml:3:\d+ YAML syntax → nests lists and mappings more than 100 deep\./),
    ]);
  });

  it('a tab in the indentation, without the duplicate key yaml then sees', () => {
    expect(small('title: T\nevents:\n\t- id: a\n\t  title: A\n\t  date: 2023\n').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/t.yaml:3:1 YAML syntax → Tabs are not allowed as indentation. Indent with spaces, not tabs.",
        "data/t.yaml:4:1 YAML syntax → Tabs are not allowed as indentation. Indent with spaces, not tabs.",
        "data/t.yaml:5:1 YAML syntax → Tabs are not allowed as indentation. Indent with spaces, not tabs.",
      ]
    `);
  });

  it('a list or a mapping as a key, without a warning from Node', () => {
    const warnings: unknown[] = [];
    const listen = (w: unknown): number => warnings.push(w);
    process.on('warning', listen);
    try {
      expect(both('title: T', '[a, b]: 1', '{c: d}: 2', ...EVENT)).toMatchInlineSnapshot(`
        {
          "large": [
            "data/t.yaml:2:1 YAML syntax → has a list where a key should be. Keys are words, such as title: or events:; put text that starts with [ or { in quotes.",
            "data/t.yaml:3:1 YAML syntax → has a mapping where a key should be. Keys are words, such as title: or events:; put text that starts with [ or { in quotes.",
          ],
          "small": [
            "data/t.yaml:2:1 YAML syntax → has a list where a key should be. Keys are words, such as title: or events:; put text that starts with [ or { in quotes.",
            "data/t.yaml:3:1 YAML syntax → has a mapping where a key should be. Keys are words, such as title: or events:; put text that starts with [ or { in quotes.",
          ],
        }
      `);
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });
});

describe('a file with more problems than are listed', () => {
  it('places the first ones and counts the rest, in the JSON too', () => {
    const findings: Finding[] = Array.from({ length: MAX_LISTED_PER_FILE + 5 }, (_, i) => ({
      path: ['events', i, 'date'],
      message: 'is wrong.',
      fix: 'Fix it.',
    }));
    const placed = placeFindings(findings, {}, 'data/t.yaml', () => ({ line: 2, column: 3 }));
    expect(placed).toHaveLength(MAX_LISTED_PER_FILE + 1);
    expect(placed.at(-1)).toEqual(fileProblem('data/t.yaml', 'has 5 more problems than the 100,000 listed.', 'Fix these and run again.'));
  });
});
