/**
 * `npm run validate`, run as a process: what it prints and its exit code, for
 * the sample, the valid fixtures and the broken ones. Its lines are the
 * build's: the last test proves each one is the loader's own wording.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/lib/load/load.ts';
import { formatProblem, sortProblems } from '../../../src/lib/format/problems.ts';
import { runTool } from './run-tool.ts';

const validate = (...args: string[]): ReturnType<typeof runTool> => runTool('validate', args);

describe('npm run validate', { timeout: 30_000 }, () => {
  it('checks data/ when given no files', () => {
    expect(validate()).toMatchInlineSnapshot(`
      {
        "status": 0,
        "stderr": "",
        "stdout": "data/north-korea.yaml:54:5 sources[2] "kbs-2023-12-27" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it. (warning)
      data/north-korea.yaml:153:5 sources[22] "ref38north-2019-address" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it. (warning)
      data/north-korea.yaml:284:5 sources[49] "kcna-greetings-to-xi-2024" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it. (warning)
      1 file checked: no problems.
      ",
      }
    `);
  });

  it('checks the folders in TIMELINE_DATA, as the build does', () => {
    expect(runTool('validate', [], { env: { TIMELINE_DATA: 'tests/fixtures/valid,tests/e2e/timelines' } })).toMatchInlineSnapshot(`
      {
        "status": 0,
        "stderr": "",
        "stdout": "tests/e2e/timelines/cosmos.yaml:12:5 events[0] "the-big-bang-y-13800000000" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/cosmos.yaml:17:5 events[1] "the-dark-ages-and-large-scale-structure-y-13799630000" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/cosmos.yaml:24:5 events[2] "the-universe-as-it-appears-today-y-12800000000" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/cosmos.yaml:28:5 events[3] "the-formation-of-the-solar-system-y-4600000000" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/cosmos.yaml:32:5 events[4] "paleozoic-era-y-538800000" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/cosmos.yaml:37:5 events[5] "approximate-date-of-appearance-of-homo-sapiens-y-315000" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/cosmos.yaml:41:5 events[6] "oldest-known-depiction-of-a-wheeled-vehicle-3500" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/hostile-text.yaml:9:5 sources[0] "src" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it. (warning)
      tests/e2e/timelines/hostile-text.yaml:30:5 events[1] "onerror-title" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/korean-bce.yaml:5:5 events[0] "gojoseon-falls" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/korean-bce.yaml:8:5 events[1] "silla-founded" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/korean-bce.yaml:11:5 events[2] "goguryeo-founded" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/korean-bce.yaml:14:5 events[3] "baekje-founded" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/korean-bce.yaml:17:5 events[4] "nangnang-expelled" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/one-day.yaml:7:5 events[0] "the-day" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/one-day.yaml:10:5 events[1] "the-evening" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/search-fields.yaml:20:5 events[1] "by-summary" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/search-fields.yaml:25:5 events[2] "by-note" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/search-fields.yaml:33:5 events[3] "by-place" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/e2e/timelines/search-fields.yaml:38:5 events[4] "by-tag" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/core-schema.yaml:4:5 events[0] "unquoted-date" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/deep-time.yaml:14:5 events[0] "big-bang" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/deep-time.yaml:17:5 events[1] "solar-system" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/deep-time.yaml:20:5 events[2] "homo-sapiens" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/deep-time.yaml:23:5 events[3] "last-glacial-maximum" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/deep-time.yaml:26:5 events[4] "wheel" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/deep-time.yaml:29:5 events[5] "far-future" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:28:5 sources[1] "bbc-2013-address" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it. (warning)
      tests/fixtures/valid/every-feature.yaml:86:5 events[1] "london-time" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:91:5 events[2] "utc-instant" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:95:5 events[3] "offset-instant" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:100:5 events[4] "bce" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:104:5 events[5] "ides-of-march" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:108:5 events[6] "approximate" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:112:5 events[7] "uncertain" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:116:5 events[8] "both-qualifiers" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:120:5 events[9] "date-span" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:124:5 events[10] "ongoing" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/every-feature.yaml:128:5 events[11] "bare-year" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      tests/fixtures/valid/minimal.yaml:4:5 events[0] "plenum-2023-12" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      10 files checked: no problems.
      ",
      }
    `);
  });

  it('lists every problem in every file as file:line:column, then a count, and exits 1', () => {
    expect(validate('tests/fixtures/invalid/unknown-time-zone.yaml', 'tests/fixtures/valid', 'tests/fixtures/invalid/syntax-several.yaml'))
      .toMatchInlineSnapshot(`
        {
          "status": 1,
          "stderr": "",
          "stdout": "tests/fixtures/invalid/syntax-several.yaml:3:1 YAML syntax → Map keys must be unique. Each key appears once per item: remove or rename one.
        tests/fixtures/invalid/syntax-several.yaml:7:5 YAML syntax → Map keys must be unique. Each key appears once per item: remove or rename one.
        tests/fixtures/invalid/syntax-several.yaml:8:27 YAML syntax → Invalid escape sequence \\q. In double quotes, write a backslash as \\\\, or use single quotes.
        tests/fixtures/invalid/unknown-time-zone.yaml:3:11 timeline → timezone: Asia/Pyongang is not an IANA time zone. Did you mean Asia/Pyongyang?
        tests/fixtures/invalid/unknown-time-zone.yaml:8:15 events[0] "plenum-2023-12" → timezone: Asia/Pyongang is not an IANA time zone. Did you mean Asia/Pyongyang?
        tests/fixtures/invalid/unknown-time-zone.yaml:12:15 events[1] "speech" → timezone: Mars/Olympus_Mons is not an IANA time zone. Use a name from the IANA database, e.g. Asia/Pyongyang or UTC.
        tests/fixtures/valid/core-schema.yaml:4:5 events[0] "unquoted-date" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/deep-time.yaml:14:5 events[0] "big-bang" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/deep-time.yaml:17:5 events[1] "solar-system" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/deep-time.yaml:20:5 events[2] "homo-sapiens" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/deep-time.yaml:23:5 events[3] "last-glacial-maximum" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/deep-time.yaml:26:5 events[4] "wheel" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/deep-time.yaml:29:5 events[5] "far-future" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:28:5 sources[1] "bbc-2013-address" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it. (warning)
        tests/fixtures/valid/every-feature.yaml:86:5 events[1] "london-time" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:91:5 events[2] "utc-instant" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:95:5 events[3] "offset-instant" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:100:5 events[4] "bce" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:104:5 events[5] "ides-of-march" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:108:5 events[6] "approximate" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:112:5 events[7] "uncertain" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:116:5 events[8] "both-qualifiers" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:120:5 events[9] "date-span" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:124:5 events[10] "ongoing" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/every-feature.yaml:128:5 events[11] "bare-year" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        tests/fixtures/valid/minimal.yaml:4:5 events[0] "plenum-2023-12" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
        6 problems in 2 files (6 files checked). Fix them and run again.
        ",
        }
      `);
  });

  it('prints JSON for editors and CI', () => {
    const run = validate('--json', 'tests/fixtures/invalid/unknown-references.yaml');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchInlineSnapshot(`
      [
        {
          "column": 15,
          "file": "tests/fixtures/invalid/unknown-references.yaml",
          "fix": "Did you mean kcna?",
          "itemId": "addresses",
          "kind": "data",
          "line": 15,
          "message": "kcan is not the id of a source.",
          "path": "eras[0].sources[0]",
          "severity": "error",
          "text": "tests/fixtures/invalid/unknown-references.yaml:15:15 eras[0] "addresses" → sources[0]: kcan is not the id of a source. Did you mean kcna?",
        },
        {
          "column": 21,
          "file": "tests/fixtures/invalid/unknown-references.yaml",
          "fix": "Known sources: kcna.",
          "kind": "data",
          "line": 19,
          "message": "reuters is not the id of a source.",
          "path": "markers[0].sources[1]",
          "severity": "error",
          "text": "tests/fixtures/invalid/unknown-references.yaml:19:21 markers[0] → sources[1]: reuters is not the id of a source. Known sources: kcna.",
        },
        {
          "column": 12,
          "file": "tests/fixtures/invalid/unknown-references.yaml",
          "fix": "Did you mean party?",
          "itemId": "plenum-2023-12",
          "kind": "data",
          "line": 24,
          "message": "partty is not the id of a group.",
          "path": "events[0].group",
          "severity": "error",
          "text": "tests/fixtures/invalid/unknown-references.yaml:24:12 events[0] "plenum-2023-12" → group: partty is not the id of a group. Did you mean party?",
        },
        {
          "column": 21,
          "file": "tests/fixtures/invalid/unknown-references.yaml",
          "fix": "Did you mean kcna?",
          "itemId": "plenum-2023-12",
          "kind": "data",
          "line": 25,
          "message": "kcan is not the id of a source.",
          "path": "events[0].sources[1]",
          "severity": "error",
          "text": "tests/fixtures/invalid/unknown-references.yaml:25:21 events[0] "plenum-2023-12" → sources[1]: kcan is not the id of a source. Did you mean kcna?",
        },
        {
          "column": 17,
          "file": "tests/fixtures/invalid/unknown-references.yaml",
          "fix": "Did you mean kcna?",
          "itemId": "plenum-2023-12",
          "kind": "data",
          "line": 29,
          "message": "knca is not the id of a source.",
          "path": "events[0].annotations[0].source",
          "severity": "error",
          "text": "tests/fixtures/invalid/unknown-references.yaml:29:17 events[0] "plenum-2023-12" → annotations[0].source: knca is not the id of a source. Did you mean kcna?",
        },
        {
          "column": 5,
          "file": "tests/fixtures/invalid/unknown-references.yaml",
          "fix": "This timeline has groups, so each event names one: party, diplomacy.",
          "itemId": "no-group",
          "kind": "data",
          "line": 30,
          "message": "has no group.",
          "path": "events[1]",
          "severity": "error",
          "text": "tests/fixtures/invalid/unknown-references.yaml:30:5 events[1] "no-group" → has no group. This timeline has groups, so each event names one: party, diplomacy.",
        },
        {
          "column": 12,
          "file": "tests/fixtures/invalid/unknown-references.yaml",
          "fix": "Did you mean party?",
          "itemId": "malformed-group",
          "kind": "data",
          "line": 36,
          "message": "Party is not the id of a group.",
          "path": "events[2].group",
          "severity": "error",
          "text": "tests/fixtures/invalid/unknown-references.yaml:36:12 events[2] "malformed-group" → group: Party is not the id of a group. Did you mean party?",
        },
      ]
    `);
  });

  it('prints, for a file without problems, only its warnings as JSON, each with line and column', () => {
    expect(validate('--json', 'data/north-korea.yaml')).toMatchInlineSnapshot(`
      {
        "status": 0,
        "stderr": "",
        "stdout": "[
        {
          "severity": "warning",
          "kind": "data",
          "file": "data/north-korea.yaml",
          "line": 54,
          "column": 5,
          "path": "sources[2]",
          "itemId": "kbs-2023-12-27",
          "message": "has no published date.",
          "fix": "Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it.",
          "text": "data/north-korea.yaml:54:5 sources[2] \\"kbs-2023-12-27\\" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it."
        },
        {
          "severity": "warning",
          "kind": "data",
          "file": "data/north-korea.yaml",
          "line": 153,
          "column": 5,
          "path": "sources[22]",
          "itemId": "ref38north-2019-address",
          "message": "has no published date.",
          "fix": "Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it.",
          "text": "data/north-korea.yaml:153:5 sources[22] \\"ref38north-2019-address\\" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it."
        },
        {
          "severity": "warning",
          "kind": "data",
          "file": "data/north-korea.yaml",
          "line": 284,
          "column": 5,
          "path": "sources[49]",
          "itemId": "kcna-greetings-to-xi-2024",
          "message": "has no published date.",
          "fix": "Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it.",
          "text": "data/north-korea.yaml:284:5 sources[49] \\"kcna-greetings-to-xi-2024\\" → has no published date. Add published: with the day it was published, e.g. published: 2023-12-28, so that readers can place it."
        }
      ]
      ",
      }
    `);
  });

  it('says which files do not exist, which folders hold none, and which arguments it does not know', () => {
    expect(validate('data/nowhere.yaml')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "",
        "stdout": "data/nowhere.yaml:1:1 file → does not exist. Check the path.
      1 problem in 1 file (0 files checked). Fix it and run again.
      ",
      }
    `);
    const empty = mkdtempSync(path.join(tmpdir(), 'validate-empty-'));
    expect(validate(empty).stdout.replaceAll(empty, '<empty>')).toMatchInlineSnapshot(`
      "<empty>:1:1 file → holds no .yaml files. Check the folder.
      1 problem in 1 file (0 files checked). Fix it and run again.
      "
    `);
    expect(validate('--jsn')).toMatchInlineSnapshot(`
      {
        "status": 2,
        "stderr": "Unknown option '--jsn'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--jsn"
      Usage: npm run validate -- [--json] [file.yaml or folder …]
      Checks timeline files as the build does and lists every problem as file:line:column.
      With no files it checks data. --json prints the problems as a JSON array.
      ",
        "stdout": "",
      }
    `);
  });

  it('lists warnings without failing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    writeFileSync(path.join(dir, 'french.yaml'), 'title: Français\nlocale: fr\nevents:\n  - id: a\n    title: A\n    date: 2023\n');
    const run = validate(dir);
    expect(run.status).toBe(0);
    expect(run.stdout.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(`
      "<dir>/french.yaml:2:9 timeline → locale: fr has no interface translation yet: dates follow fr, buttons and headings are in English. Translations are in src/lib/i18n/, a file per language (now: en, ko). (warning)
      <dir>/french.yaml:4:5 events[0] "a" → cites no source. Add sources: with the ids of the sources that support it, e.g. sources: [kcna-plenum-2023]. (warning)
      1 file checked: no problems.
      "
    `);
  });

  it('prints, for every broken fixture, exactly the problems the build reports', () => {
    const dir = 'tests/fixtures/invalid';
    const files = readdirSync(dir).map((f) => `${dir}/${f}`);
    const run = validate(...files);
    expect(run.status).toBe(1);
    const expected = files.flatMap((file) => loadTimeline(readFileSync(file, 'utf8'), file).problems);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(sortProblems(expected).map(formatProblem));
    expect(lines.at(-1)).toBe(`${expected.length} problems in ${files.length} files (${files.length} files checked). Fix them and run again.`);
  });
});
