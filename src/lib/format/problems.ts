/**
 * How a problem in a timeline file is located and worded:
 *
 *     data/north-korea.yaml:42:11 events[5] "plenum-2023-12" → end: 2023-12-20 is before start 2023-12-26. An end date is inclusive and must not come before the start.
 *
 * file:line:column, where it is in the data, what is wrong, how to fix it.
 */

export type DataPath = ReadonlyArray<string | number>;

export interface Problem {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** Where in the data; empty for syntax problems and whole-file problems. */
  readonly path: DataPath;
  /** What is wrong, e.g. `2023-12-20 is before start 2023-12-26.` */
  readonly message: string;
  /** How to fix it, e.g. `An end date is inclusive and must not come before the start.` */
  readonly fix: string;
  /** For items in lists: their `id`, quoted after the path to help find them. */
  readonly itemId?: string;
  /** Syntax problems are located but not in the data. */
  readonly kind: 'syntax' | 'file' | 'data';
}

/**
 * A problem not located in the text, put at the file's start: with the
 * whole file (too large, empty, a name shared with another, not there), or,
 * given a path, with a part of the data a tool cannot work on.
 * @example fileProblem('data/a.yaml', 'is empty.', 'A timeline needs at least title: and events:.')
 */
export function fileProblem(file: string, message: string, fix: string, path: DataPath = []): Problem {
  return { file, line: 1, column: 1, path, kind: path.length === 0 ? 'file' : 'data', message, fix };
}

/**
 * A problem found in the data, before it is located in the file: where it
 * is in the data, what is wrong, how to fix it. The schema's issues
 * (zod-issues.ts) and the checks across fields (check-references.ts) both
 * say what they find so; the loader adds the file, line and column.
 */
export interface Finding {
  readonly path: DataPath;
  readonly message: string;
  readonly fix: string;
  /** Point at the key rather than its value (for keys that should not be there). */
  readonly atKey?: boolean;
}

/** `events[5].annotations[0].kind`; a key holding a control character is written as JSON (`"k\u001b"`), so a terminal never receives it raw. */
export function formatPath(path: DataPath): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const key = (p: string): string => (/[\x00-\x1F\x7F-\x9F]/.test(p) ? JSON.stringify(p) : p);
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? key(p) : `.${key(p)}`)).join('');
}

/**
 * Splits a path at the item it belongs to: `events[5]` | `annotations[0].kind`.
 * Top-level keys belong to `timeline`.
 */
export function splitPath(path: DataPath): { item: string; field: string } {
  if (path.length >= 2 && typeof path[1] === 'number') return { item: formatPath(path.slice(0, 2)), field: formatPath(path.slice(2)) };
  return { item: 'timeline', field: formatPath(path) };
}

export function formatProblem(p: Problem): string {
  const at = `${p.file}:${p.line}:${p.column}`;
  const text = [p.message, p.fix].filter(Boolean).join(' ');
  if (p.kind === 'syntax') return `${at} YAML syntax → ${text}`;
  if (p.kind === 'file') return `${at} file → ${text}`;
  const { item, field } = splitPath(p.path);
  const where = p.itemId ? `${item} ${JSON.stringify(p.itemId)}` : item;
  return `${at} ${where} → ${field ? `${field}: ` : ''}${text}`;
}

/** Ordered by file and position, as they are listed. */
export function sortProblems<T extends Pick<Problem, 'file' | 'line' | 'column'>>(problems: readonly T[]): T[] {
  // localeCompare only between files: with 100,000 problems in one file it would take seconds.
  return [...problems].sort((a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column);
}

/** A count as people read it, the same on every machine: `100,000`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** `2 problems in 1 file` */
export function countProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${formatCount(problems.length)} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

/**
 * How many problems (or warnings) a listing prints before it counts the
 * rest: a generated file with 100,000 mistakes would otherwise print 100,000
 * lines, which nobody reads, and the first ones are usually one slip repeated.
 */
export const LISTED_PROBLEMS = 100;

/**
 * The first problems in file order, one line each, then how many are left
 * out (`npm run validate -- --json` lists them all).
 * @example listProblems(problems, formatProblem, 2) // [line 1, line 2, '… and 3 more (npm run validate -- --json lists every one).']
 */
export function listProblems(problems: readonly Problem[], format: (p: Problem) => string = formatProblem, limit = LISTED_PROBLEMS): string[] {
  const sorted = sortProblems(problems);
  const lines = sorted.slice(0, limit).map(format);
  const more = sorted.length - lines.length;
  return more > 0 ? [...lines, `… and ${formatCount(more)} more (npm run validate -- --json lists every one).`] : lines;
}

/** The problems, one per line (the first LISTED_PROBLEMS of them), ordered by file and position, and a count. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = listProblems(problems).join('\n');
  return `${lines}\n${countProblems(problems)}: nothing was published. Fix ${problems.length === 1 ? 'it' : 'them'} and run again.`;
}

/** Thrown when timeline files have problems; its message lists them all. */
export class TimelineProblemsError extends Error {
  readonly problems: readonly Problem[];
  /** Astro's dev error page shows this under the message. */
  readonly hint = 'Fix the timeline file and save it: this page reloads by itself.';
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'TimelineProblemsError';
    this.problems = problems;
  }
}

/** Edit distance counting a swap of two neighbours as one edit (`titel` → `title`), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The closest candidate within a third of the word's length (at least 1, at most 3 edits). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance && d <= limit) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** "Did you mean title?", or the list to choose from. */
export function suggest(word: string, candidates: readonly string[], noun: string): string {
  const near = closest(word, candidates);
  if (near) return `Did you mean ${near}?`;
  if (candidates.length === 0) return `This timeline defines no ${noun}s.`;
  // A format's keys are few and all worth seeing; ids (sources, groups) can run to hundreds.
  const cap = noun === 'key' ? Infinity : 12;
  const list = candidates.length > cap ? `${candidates.slice(0, cap).join(', ')}, …` : candidates.join(', ');
  return `Known ${noun}s: ${list}.`;
}
