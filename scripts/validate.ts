/**
 * `npm run validate [--json] [file or folder…]`: checks timeline files as the
 * build does, without building. With no arguments it checks the folders the
 * build reads (data/, or TIMELINE_DATA). Exit code 0 when there are no
 * problems (warnings allowed), 1 when there are, 2 for a wrong argument.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileProblem, type Problem } from '../src/lib/format/problems.ts';
import { formatReport, toJsonReport, type Checked } from '../src/lib/format/report.ts';
import { dataDirs, loadTimelineFiles, timelineFiles } from '../src/timelines.ts';

const USAGE = `Usage: npm run validate -- [--json] [file.yaml or folder …]
Checks timeline files as the build does and lists every problem as file:line:column.
With no files it checks ${dataDirs().join(', ')}. --json prints the problems as a JSON array.`;

function check(args: readonly string[]): Checked {
  const missing: Problem[] = [];
  const files = (args.length > 0 ? args : dataDirs()).flatMap((arg) => {
    if (!existsSync(arg)) {
      missing.push(fileProblem(arg, 'does not exist.', 'Check the path.'));
      return [];
    }
    if (!statSync(arg).isDirectory()) return [arg];
    const found = timelineFiles([arg]);
    if (found.length === 0) missing.push(fileProblem(arg, 'holds no .yaml files.', 'Check the folder.'));
    return found;
  });
  const { problems, warnings } = loadTimelineFiles(files);
  return { files, problems: [...missing, ...problems], warnings };
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const checked = check(parsed.positionals);
  console.log(parsed.values.json ? JSON.stringify(toJsonReport(checked), null, 2) : formatReport(checked));
  return checked.problems.length > 0 ? 1 : 0;
}

process.exitCode = main();
