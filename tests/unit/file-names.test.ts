/**
 * A timeline's file name is its address: names that cannot be one, and
 * names the site already writes for itself, are refused, by the validator
 * and the build alike (both go through loadTimelineFiles).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { fileNameProblem, RESERVED_NAMES } from '../../src/lib/load/file-name.ts';
import { loadTimelineFiles } from '../../src/timelines.ts';

const said = (file: string): string | undefined => {
  const problem = fileNameProblem(file);
  return problem && formatProblem(problem);
};

describe('a timeline file’s name', () => {
  it('may be a name in the id alphabet, with either extension', () => {
    for (const file of ['data/north-korea.yaml', 'data/large-10k.yml', 'data/2023.YAML', 'C:\\site\\data\\a.yaml']) expect(said(file)).toBeUndefined();
  });

  it('may not be one the site writes for itself', () => {
    expect(Object.keys(RESERVED_NAMES).map((name) => said(`data/${name}.yaml`))).toMatchInlineSnapshot(`
      [
        "data/_astro.yaml:1:1 file → is named _astro, which the site uses for its scripts and stylesheets (/_astro/). Rename the file, e.g. to data/astro-timeline.yaml: a timeline's file name is its address.",
        "data/_headers.yaml:1:1 file → is named _headers, which the site uses for its response headers (/_headers). Rename the file, e.g. to data/headers-timeline.yaml: a timeline's file name is its address.",
        "data/embed.yaml:1:1 file → is named embed, which the site uses for the embeds (/embed/<name>/). Rename the file, e.g. to data/embed-timeline.yaml: a timeline's file name is its address.",
        "data/embed.js.yaml:1:1 file → is named embed.js, which the site uses for the script host pages load (/embed.js). Rename the file, e.g. to data/embed-js-timeline.yaml: a timeline's file name is its address.",
        "data/images.yaml:1:1 file → is named images, which the site uses for events' pictures (/images/<file>). Rename the file, e.g. to data/images-timeline.yaml: a timeline's file name is its address.",
        "data/index.yaml:1:1 file → is named index, which the site uses for its home page (/index.html). Rename the file, e.g. to data/index-timeline.yaml: a timeline's file name is its address.",
        "data/oembed.yaml:1:1 file → is named oembed, which the site uses for the oEmbed files (/oembed/<name>.json). Rename the file, e.g. to data/oembed-timeline.yaml: a timeline's file name is its address.",
      ]
    `);
  });

  it('may not be one an address cannot hold, and says what it could be', () => {
    expect(['data/..yaml', 'data/.hidden.yaml', 'data/North Korea.yml', 'data/Pyŏngyang_2023.yaml', 'data/평양.yaml', 'data/a--b.yaml'].map(said))
      .toMatchInlineSnapshot(`
        [
          "data/..yaml:1:1 file → is named ".", which cannot be an address: a timeline's file name is its address (/<name>/). Rename the file with lower-case letters a-z, digits and single hyphens.",
          "data/.hidden.yaml:1:1 file → is named ".hidden", which cannot be an address: a timeline's file name is its address (/<name>/). Rename the file with lower-case letters a-z, digits and single hyphens, e.g. to data/hidden.yaml.",
          "data/North Korea.yml:1:1 file → is named "North Korea", which cannot be an address: a timeline's file name is its address (/<name>/). Rename the file with lower-case letters a-z, digits and single hyphens, e.g. to data/north-korea.yml.",
          "data/Pyŏngyang_2023.yaml:1:1 file → is named "Pyŏngyang_2023", which cannot be an address: a timeline's file name is its address (/<name>/). Rename the file with lower-case letters a-z, digits and single hyphens, e.g. to data/pyongyang-2023.yaml.",
          "data/평양.yaml:1:1 file → is named "평양", which cannot be an address: a timeline's file name is its address (/<name>/). Rename the file with lower-case letters a-z, digits and single hyphens.",
          "data/a--b.yaml:1:1 file → is named "a--b", which cannot be an address: a timeline's file name is its address (/<name>/). Rename the file with lower-case letters a-z, digits and single hyphens, e.g. to data/a-b.yaml.",
        ]
      `);
  });

  it('is checked with the file’s own problems, so nothing is published', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'timeline-names-'));
    writeFileSync(path.join(dir, '_headers.yaml'), 'title: T\nevents:\n  - id: a\n    title: A\n    date: 2023-02-30\n');
    const { problems } = loadTimelineFiles([path.join(dir, '_headers.yaml')]);
    expect(problems.map((p) => formatProblem(p).replaceAll(dir, '<dir>'))).toMatchInlineSnapshot(`
      [
        "<dir>/_headers.yaml:1:1 file → is named _headers, which the site uses for its response headers (/_headers). Rename the file, e.g. to <dir>/headers-timeline.yaml: a timeline's file name is its address.",
        "<dir>/_headers.yaml:5:11 events[0] "a" → date: 2023-02-30 has day 30, but February 2023 has 28 days. Check the day of the month.",
      ]
    `);
  });

  it('reserves exactly what src/pages, public/ and Astro write at the top of the site', () => {
    const pages = readdirSync('src/pages')
      .filter((entry) => !entry.includes('['))
      .map((entry) => entry.replace(/\.(astro|ts)$/, ''));
    const written = new Set([...pages, ...readdirSync('public'), '_astro']);
    expect(Object.keys(RESERVED_NAMES).sort()).toEqual([...written].sort());
  });
});
