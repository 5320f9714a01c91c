/**
 * `npm run import -- <file.json or file.csv> [--out data/<slug>.yaml] [--force]`
 *
 * Reads a TimelineJS JSON file, or a TimelineJS Google Sheets template saved
 * as CSV, and writes a timeline file, checked as the build checks it. What
 * could not be carried over is named in comments in the file. Exit code 0
 * when written, 1 when the input cannot be read or the result has problems,
 * 2 for wrong arguments.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTimeline } from '../src/lib/load/load.ts';
import { formatReport } from '../src/lib/format/report.ts';
import { slugify } from '../src/lib/exchange/slug.ts';
import { importTimelineJS, type ImportResult } from '../src/lib/exchange/timelinejs-import.ts';
import { readSheet } from '../src/lib/exchange/timelinejs-sheet.ts';

const USAGE = `Usage: npm run import -- <timeline.json or sheet.csv> [--out data/<slug>.yaml] [--force]
Reads TimelineJS JSON, or TimelineJS's Google Sheets template saved as CSV, and writes a timeline file.`;

// npm runs the tools from the project's root.
const SCHEMA = path.resolve('schema/timeline.schema.json');

function convert(file: string, text: string, out: string): ImportResult {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const common = {
    fallbackTitle: base,
    schemaPath: path
      .relative(path.dirname(path.resolve(out)), SCHEMA)
      .split(path.sep)
      .join('/'),
  };
  if (/\.csv$/i.test(file)) {
    const sheet = readSheet(text);
    if (!sheet.data) return { ok: false, error: sheet.error ?? 'could not be read.' };
    return importTimelineJS(sheet.data, { ...common, source: `${path.basename(file)} (TimelineJS sheet layout)`, notes: sheet.notes });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `is not JSON: ${error instanceof Error ? error.message : String(error)}.` };
  }
  return importTimelineJS(data, { ...common, source: `${path.basename(file)} (TimelineJS JSON)` });
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [file, ...rest] = parsed.positionals;
  if (parsed.values.help || !file || rest.length > 0) {
    (parsed.values.help ? console.log : console.error)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const out = parsed.values.out ?? path.join('data', `${slugify(path.basename(file).replace(/\.[^.]+$/, '')) || 'imported'}.yaml`);
  if (existsSync(out) && !parsed.values.force) {
    console.error(`${out} exists already: choose another --out, or add --force to replace it.`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`${file} cannot be read.`);
    return 2;
  }
  const result = convert(file, text, out);
  if (!result.ok) {
    console.log(`${file} ${result.error}`);
    return 1;
  }
  const { problems, warnings } = loadTimeline(result.yaml, out);
  if (problems.length > 0) {
    console.log(formatReport({ files: [out], problems, warnings }));
    console.log(`Nothing was written to ${out}.`);
    return 1;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, result.yaml);
  console.log(`Wrote ${out}: ${result.events} event${result.events === 1 ? '' : 's'}.`);
  for (const note of result.notes) console.log(`  ${note}`);
  return 0;
}

process.exitCode = main();
