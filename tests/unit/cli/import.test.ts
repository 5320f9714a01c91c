/** `npm run import`, run as a process: it writes a valid timeline file from each TimelineJS layout, or says why not. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
const importFile = (...args: string[]): ReturnType<typeof runTool> => {
  const run = runTool('import', args);
  return { ...run, stdout: run.stdout.replaceAll(dir, '<dir>'), stderr: run.stderr.replaceAll(dir, '<dir>') };
};

describe('npm run import', { timeout: 30_000 }, () => {
  it('writes a timeline from TimelineJS JSON that npm run validate accepts', () => {
    const out = path.join(dir, 'summits.yaml');
    expect(importFile('tests/fixtures/timelinejs/kim-xi-summits.json', '--out', out)).toMatchInlineSnapshot(`
      {
        "status": 0,
        "stderr": "",
        "stdout": "Wrote <dir>/summits.yaml: 6 events.
        Not imported from the title slide: media https://upload.wikimedia.org/wikipedia/commons/example-summit.jpg (Beijing, March 2018; credit: Example Photo Agency), background {"color":"#1b2a49"}.
        1 slide has no group: put in the group Other, as every event needs one when there are groups.
      ",
      }
    `);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${path.relative(dir, path.resolve('schema/timeline.schema.json'))}`);
    expect(runTool('validate', [out]).status).toBe(0);
  });

  it('writes a timeline from the Google Sheets layout, and will not overwrite it without --force', () => {
    const out = path.join(dir, 'speeches.yaml');
    expect(importFile('tests/fixtures/timelinejs/new-year-speeches.csv', '--out', out).status).toBe(0);
    expect(runTool('validate', [out]).status).toBe(0);
    expect(importFile('tests/fixtures/timelinejs/new-year-speeches.csv', '--out', out)).toMatchInlineSnapshot(`
      {
        "status": 2,
        "stderr": "<dir>/speeches.yaml exists already: choose another --out, or add --force to replace it.
      ",
        "stdout": "",
      }
    `);
    expect(importFile('tests/fixtures/timelinejs/new-year-speeches.csv', '--out', out, '--force').status).toBe(0);
  });

  it('refuses input it cannot read, and writes nothing', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"events": [{"start_date": {"year": 2019}, "unique_id": "a"}, {"start_date": {"year": 2019, "month": 13}}]}');
    expect(importFile(bad, '--out', path.join(dir, 'bad.yaml'))).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "",
        "stdout": "<dir>/bad.yaml:11:11 events[1] "untitled-2019-13" → date: 2019-13 has month 13. Months run from 01 to 12.
      1 problem in 1 file (1 file checked). Fix it and run again.
      Nothing was written to <dir>/bad.yaml.
      ",
      }
    `);
    expect(existsSync(path.join(dir, 'bad.yaml'))).toBe(false);
    expect(importFile('tests/fixtures/timelinejs/README.md', '--out', path.join(dir, 'readme.yaml'))).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "",
        "stdout": "tests/fixtures/timelinejs/README.md is not JSON: Unexpected token '#', "# Timeline"... is not valid JSON.
      ",
      }
    `);
  });
});
