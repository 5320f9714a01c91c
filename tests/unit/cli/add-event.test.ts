/** `npm run add-event`, run as a process on copies of the sample: what it writes, says and exits with. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';

/** A frozen copy of the sample: these tests pin line numbers. */
const FIXTURE = 'tests/fixtures/authoring/sample.yaml';

function copyOfSample(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'add-event-')), 'north-korea.yaml');
  copyFileSync(FIXTURE, file);
  return file;
}

const addEvent = (file: string, ...args: string[]): ReturnType<typeof runTool> => {
  const run = runTool('add-event', ['--file', file, ...args]);
  return { ...run, stdout: run.stdout.replaceAll(path.dirname(file), '<dir>') };
};

describe('npm run add-event', { timeout: 30_000 }, () => {
  it('adds the event from flags and says where', () => {
    const file = copyOfSample();
    const args = ['--title', 'Test event', '--date', '2024-06-19', '--group', 'russia', '--tags', 'summit, treaty', '--source-url', 'https://example.org/x'];
    expect(addEvent(file, ...args)).toMatchInlineSnapshot(`
      {
        "status": 0,
        "stderr": "",
        "stdout": "Added events[41] test-event-2024-06-19 to <dir>/north-korea.yaml, citing the new source example-2024-06-19.
      ",
      }
    `);
    expect(addEvent(file, ...args).stdout).toMatchInlineSnapshot(`
      "Added events[42] test-event-2024-06-19-2 to <dir>/north-korea.yaml, citing example-2024-06-19.
      "
    `);
    expect(runTool('validate', [file]).status).toBe(0);
  });

  it('writes nothing and exits 1 when the result would have problems', () => {
    const file = copyOfSample();
    expect(addEvent(file, '--title', 'Bad', '--date', '2024-02-30', '--group', 'rusia')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "",
        "stdout": "<dir>/north-korea.yaml:1310:11 events[45] "bad-2024-02-30" → date: 2024-02-30 has day 30, but February 2024 has 29 days. Check the day of the month.
      <dir>/north-korea.yaml:1311:12 events[45] "bad-2024-02-30" → group: rusia is not the id of a group. Did you mean russia?
      2 problems in 1 file (1 file checked). Fix them and run again.
      Nothing was written to <dir>/north-korea.yaml.
      ",
      }
    `);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('refuses a lone carriage return or bytes that are not UTF-8 with their line and column, never a stack trace', () => {
    const file = copyOfSample();
    writeFileSync(file, 'title: T\rlocale: ko\nevents:\n  - id: a\n    title: A\n    date: 2023\n');
    expect(addEvent(file, '--title', 'New', '--date', '2024')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "",
        "stdout": "<dir>/north-korea.yaml:1:9 YAML syntax → has a carriage return (CR) without a line feed after it. Save the file with LF or CRLF line endings: YAML readers disagree about where a lone CR ends a line.
      1 problem in 1 file (1 file checked). Fix it and run again.
      Nothing was written to <dir>/north-korea.yaml.
      ",
      }
    `);
    writeFileSync(file, Buffer.concat([Buffer.from('title: T\nplace: '), Buffer.from([0xc3, 0x28])]));
    expect(addEvent(file, '--title', 'New', '--date', '2024')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "",
        "stdout": "<dir>/north-korea.yaml:2:8 YAML syntax → has the byte 0xC3, which is not UTF-8 here. Save the file as UTF-8 (in most editors: Save with Encoding, UTF-8).
      1 problem in 1 file (1 file checked). Fix it and run again.
      Nothing was written to <dir>/north-korea.yaml.
      ",
      }
    `);
  });

  it('asks for nothing outside a terminal: a missing title or date is an error', () => {
    const file = copyOfSample();
    expect(addEvent(file, '--date', '2024')).toMatchInlineSnapshot(`
      {
        "status": 2,
        "stderr": "Missing --title.
      Usage: npm run add-event -- --title "…" --date 2023-12-26 [--group id] [--tags a,b] [--place "…"]
               [--summary "…"] [--source-url https://… [--publisher "…"]] [--file data/x.yaml] [--dry-run]
      Adds an event to a timeline in date order; asks for what is missing when run in a terminal.
      ",
        "stdout": "",
      }
    `);
  });

  it('prints the result without writing it with --dry-run', () => {
    const file = copyOfSample();
    const run = addEvent(file, '--title', 'Dry', '--date', '2024', '--group', 'party', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  - id: dry-2024\n    title: Dry\n    date: 2024\n    group: party\n');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });
});
