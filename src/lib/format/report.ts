/**
 * What `npm run validate` prints: the build's own problem lines, for people,
 * or the same problems as JSON, for editors and CI.
 */
import { countProblems, formatPath, formatProblem, listProblems, sortProblems, type Problem } from './problems.ts';

/**
 * One problem in `npm run validate --json`. `line` and `column` are 1-based;
 * `path` is where it is in the data (`events[5].end`, empty for syntax and
 * whole-file problems); `text` is the line the build prints.
 */
export interface JsonProblem {
  readonly severity: 'error' | 'warning';
  readonly kind: Problem['kind'];
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly itemId?: string;
  readonly message: string;
  readonly fix: string;
  readonly text: string;
}

export interface Checked {
  /** The files read. */
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** Errors and warnings together, in file order. */
export function toJsonReport({ problems, warnings }: Checked): JsonProblem[] {
  return sortProblems([...problems.map((p) => toJson(p, 'error')), ...warnings.map((p) => toJson(p, 'warning'))]);
}

function toJson(p: Problem, severity: JsonProblem['severity']): JsonProblem {
  return {
    severity,
    kind: p.kind,
    file: p.file,
    line: p.line,
    column: p.column,
    path: formatPath(p.path),
    ...(p.itemId !== undefined && { itemId: p.itemId }),
    message: p.message,
    fix: p.fix,
    text: formatProblem(p),
  };
}

/**
 * Every problem a line (the first LISTED_PROBLEMS of them, and as many
 * warnings), then a verdict:
 * @example formatReport({ files: ['data/a.yaml'], problems: [], warnings: [] }) // '1 file checked: no problems.'
 */
export function formatReport({ files, problems, warnings }: Checked): string {
  const checked = `${files.length} file${files.length === 1 ? '' : 's'} checked`;
  const lines = [
    ...listProblems(problems),
    ...listProblems(warnings, (w) => `${formatProblem(w)} (warning)`),
    problems.length === 0 ? `${checked}: no problems.` : `${countProblems(problems)} (${checked}). Fix ${problems.length === 1 ? 'it' : 'them'} and run again.`,
  ];
  return lines.join('\n');
}
