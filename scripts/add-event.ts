/**
 * `npm run add-event -- --title … --date … [--group …] [--tags a,b] [--place …]
 * [--summary …] [--source-url … [--publisher …]] [--file data/x.yaml] [--dry-run]`
 *
 * Adds an event to a timeline, in date order, leaving the rest of the file as
 * it was. Asks for what is missing when run in a terminal. Writes nothing when
 * the result would have problems, and lists them as `npm run validate` does.
 * Exit code 0 when added, 1 when refused, 2 for wrong arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { addEvent, type NewEvent } from '../src/lib/exchange/add-event.ts';
import { readYamlFast } from '../src/lib/load/read-yaml.ts';
import { decodeTimeline } from '../src/lib/load/read-text.ts';
import { formatReport } from '../src/lib/format/report.ts';
import { dataDirs, timelineFiles } from '../src/timelines.ts';

const USAGE = `Usage: npm run add-event -- --title "…" --date 2023-12-26 [--group id] [--tags a,b] [--place "…"]
         [--summary "…"] [--source-url https://… [--publisher "…"]] [--file data/x.yaml] [--dry-run]
Adds an event to a timeline in date order; asks for what is missing when run in a terminal.`;

const OPTIONS = {
  file: { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  group: { type: 'string' },
  tags: { type: 'string' },
  place: { type: 'string' },
  summary: { type: 'string' },
  'source-url': { type: 'string' },
  publisher: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
/** The flags, and what was asked for in their place. */
type Values = { [K in keyof Parsed]?: Parsed[K] | undefined };

/** Asks for each missing value in a terminal; elsewhere the flags are all there is. */
async function fillIn(values: Values): Promise<Values> {
  if (!process.stdin.isTTY) return values;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, current: string | undefined): Promise<string | undefined> =>
    current ?? ((await rl.question(question)).trim() || undefined);
  try {
    const files = timelineFiles(dataDirs());
    const file = values.file ?? (files.length === 1 ? files[0] : await ask(`Timeline file (${files.join(', ')}): `, undefined));
    const data = file ? readYamlFast(safeRead(file) ?? '') : undefined;
    const groups = groupIds(data);
    return {
      ...values,
      file,
      title: await ask('Title: ', values.title),
      date: await ask('Date (e.g. 2023-12-26, or 2023-12-26/2023-12-30): ', values.date),
      group: groups.length > 0 ? await ask(`Group (${groups.join(', ')}): `, values.group) : values.group,
      tags: await ask('Tags, comma-separated (optional): ', values.tags),
      place: await ask('Place (optional): ', values.place),
      summary: await ask('Summary, Markdown (optional): ', values.summary),
      'source-url': await ask('Source address (optional): ', values['source-url']),
    };
  } finally {
    rl.close();
  }
}

function groupIds(data: unknown): string[] {
  const groups = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['groups'] : undefined;
  return Array.isArray(groups)
    ? groups.flatMap((g: unknown) => (typeof g === 'object' && g !== null && 'id' in g && typeof g.id === 'string' ? [g.id] : []))
    : [];
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function defaultFile(): string | undefined {
  const files = timelineFiles(dataDirs());
  return files.length === 1 ? files[0] : undefined;
}

async function main(): Promise<number> {
  let values: Values;
  try {
    values = parseArgs({ options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  values = await fillIn(values);
  const file = values.file ?? defaultFile();
  if (!file || !values.title || !values.date) {
    const missing = [!file && '--file (there is more than one timeline)', !values.title && '--title', !values.date && '--date'].filter(Boolean);
    console.error(`Missing ${missing.join(', ')}.\n${USAGE}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`${file} cannot be read.`);
    return 2;
  }
  // Read as the build reads it: strictly UTF-8.
  const decoded = decodeTimeline(bytes, file);
  if (!decoded.ok) {
    console.log(formatReport({ files: [file], problems: [decoded.problem], warnings: [] }));
    console.log(`Nothing was written to ${file}.`);
    return 1;
  }
  const text = decoded.text;
  const input: NewEvent = {
    title: values.title,
    date: values.date,
    ...(values.group && { group: values.group }),
    ...(values.tags && {
      tags: values.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    }),
    ...(values.place && { place: values.place }),
    ...(values.summary && { summary: values.summary }),
    ...(values['source-url'] && { sourceUrl: values['source-url'] }),
    ...(values.publisher && { publisher: values.publisher }),
  };
  const result = addEvent(text, file, input);
  if (!result.ok) {
    console.log(formatReport({ files: [file], problems: result.problems, warnings: [] }));
    console.log(`Nothing was written to ${file}.`);
    return 1;
  }
  if (values['dry-run']) {
    process.stdout.write(result.text);
    return 0;
  }
  writeFileSync(file, result.text);
  const source = result.source ? (result.source.added ? `, citing the new source ${result.source.id}` : `, citing ${result.source.id}`) : '';
  console.log(`Added events[${result.index}] ${result.id} to ${file}${source}.`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  // A slip of this tool, not of the file: one line, not a stack trace through a minified bundle.
  console.error(`npm run add-event stopped: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
  return 1;
});
