/**
 * YAML text → timeline, or every problem in the file, each with its line and
 * column. The one door data comes in through: the build, the dev server and
 * the command-line tools all call `loadTimeline`.
 *
 * Two readers: js-yaml, fast, reads every file; when its data has something
 * to point at, it is placed by the `yaml` package's Document (read-document.ts),
 * or, past DOCUMENT_LIMIT, where that would take minutes and gigabytes, by
 * js-yaml once more (locate-fast.ts).
 */
import { fileProblem, type Problem } from '../format/problems.ts';
import { buildTimeline, type Timeline } from '../model/model.ts';
import { checkData, placeFindings, type CheckedData } from './check-data.ts';
import { slugOf } from './file-name.ts';
import { locatePaths } from './locate-fast.ts';
import { COMPLEX_KEY, readDocument } from './read-document.ts';
import { checkCharacters, decodeTimeline, lineIndex } from './read-text.ts';
import { readWithJsYaml, type JsYamlRead } from './read-yaml.ts';
import { jsYamlSyntax } from './syntax-problems.ts';

export interface LoadOptions {
  /** Larger files are refused: a timeline this size is a mistake or an attack. */
  readonly maxBytes?: number;
  /** Aliases allowed in one file ("billion laughs" protection). */
  readonly maxAliases?: number;
  /** Larger files are never read into a `yaml` Document (DOCUMENT_LIMIT; tests lower it). */
  readonly documentLimit?: number;
}

export interface LoadResult {
  readonly timeline?: Timeline;
  /** Errors: with any of these, nothing is published. */
  readonly problems: readonly Problem[];
  /** Worth saying, not worth stopping for: an unknown locale, a source without its date (see format/source-warnings.ts). */
  readonly warnings: readonly Problem[];
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_ALIASES = 100;
/**
 * Up to this size a file with problems is read again by the `yaml` package,
 * for its wording of syntax problems and its aliases; it reads about a
 * megabyte a second. Larger files stay with js-yaml, whose aliases and tags
 * are then refused.
 */
export const DOCUMENT_LIMIT = 1024 * 1024;
/** A binary file saved as .yaml holds a control character every few bytes: the first ones say enough. */
const MAX_CHARACTER_PROBLEMS = 100;

/**
 * @example loadTimeline('title: T\nevents: [{id: a, title: A, date: 2023}]', 'data/t.yaml').timeline?.events.length // 1
 */
export function loadTimeline(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  const tooLarge = sizeProblem(bytes, file, options.maxBytes);
  if (tooLarge) return fail([tooLarge]);

  // Bytes the two readers would read differently, or that are not text at all, stop here.
  const unreadable = checkCharacters(text, file, MAX_CHARACTER_PROBLEMS);
  if (unreadable.length > 0) return fail(unreadable);

  // Most files have no problems: read them fast, and only look for lines and columns when there is something to point at.
  const large = bytes > (options.documentLimit ?? DOCUMENT_LIMIT);
  const read = readWithJsYaml(text, large);
  if ('data' in read && read.data !== null && read.data !== undefined) {
    const checked = checkData(read.data);
    if (checked.parsed.success && checked.problems.length === 0 && checked.warnings.length === 0) {
      return { timeline: buildTimeline(checked.parsed.data, slugOf(file), file), problems: [], warnings: [] };
    }
    if (large) return placeLarge(text, file, read.data, checked);
  }
  if ('error' in read && read.error.startsWith('nesting exceeded maxDepth')) return fail([jsYamlProblem(text, file, read)]);
  if (large) return fail([jsYamlProblem(text, file, read)]);

  const doc = readDocument(text, file, options.maxAliases ?? DEFAULT_MAX_ALIASES);
  if ('problems' in doc) return fail(doc.problems);
  return placed(checkData(doc.data), doc.data, file, doc.locate);
}

/** The checked data of a large file, placed by js-yaml's second reading. */
function placeLarge(text: string, file: string, data: unknown, checked: CheckedData): LoadResult {
  const located = locatePaths(
    text,
    [...checked.problems, ...checked.warnings].map((f) => f.path),
  );
  const at = lineIndex(text);
  const syntax = (offset: number, message: string, fix: string): Problem => ({ file, ...at(offset), path: [], kind: 'syntax', message, fix });
  if (located.complexKeys.length > 0) return fail(located.complexKeys.map((c) => syntax(c.offset, COMPLEX_KEY(c.kind).message, COMPLEX_KEY(c.kind).fix)));
  return placed(checked, data, file, (path, atKey) => at(located.offsetOf(path, atKey)));
}

function placed(
  checked: CheckedData,
  data: unknown,
  file: string,
  locate: (path: Problem['path'], atKey: boolean) => { line: number; column: number },
): LoadResult {
  const problems = placeFindings(checked.problems, data, file, locate);
  if (problems.length > 0 || !checked.parsed.success) return fail(problems);
  return { timeline: buildTimeline(checked.parsed.data, slugOf(file), file), problems: [], warnings: placeFindings(checked.warnings, data, file, locate) };
}

/** Why js-yaml has no data for a file that only it reads (or that nests too deep for `yaml`). */
function jsYamlProblem(text: string, file: string, read: JsYamlRead): Problem {
  const at = (offset: number): { file: string; line: number; column: number } => ({ file, ...lineIndex(text)(offset) });
  if ('error' in read) return { ...at(read.offset), path: [], kind: 'syntax', ...jsYamlSyntax(read.error) };
  if ('aliasOrTag' in read) {
    const { offset, kind } = read.aliasOrTag;
    const [what, fix] =
      kind === 'alias'
        ? ['an alias (*name)', 'Write the value out where the alias is.']
        : ['a tag (!name)', 'Remove the tag: timeline files use plain values.'];
    const limit = `${Math.round(DOCUMENT_LIMIT / 1024 / 1024)} MB`;
    return { ...at(offset), path: [], kind: 'syntax', message: `has ${what}, which a file over ${limit} may not have.`, fix };
  }
  return fileProblem(file, 'is empty.', 'A timeline needs at least title: and events:.');
}

/**
 * A file as it is on disk: its size checked before its bytes are decoded,
 * which must be UTF-8 (see read-text.ts), then `loadTimeline`.
 */
export function loadTimelineBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadResult {
  const tooLarge = sizeProblem(bytes.length, file, options.maxBytes);
  if (tooLarge) return fail([tooLarge]);
  const decoded = decodeTimeline(bytes, file);
  return decoded.ok ? loadTimeline(decoded.text, file, options) : fail([decoded.problem]);
}

/** A file over the limit: a timeline this size is a mistake or an attack. */
export function sizeProblem(bytes: number, file: string, maxBytes = DEFAULT_MAX_BYTES): Problem | undefined {
  if (bytes <= maxBytes) return undefined;
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  // Rounded to 0.1 MB, a small limit (or a file just over it) would read "0.0 MB, over the limit of 0.0 MB".
  const [size, limit] = mb(bytes) === mb(maxBytes) ? [`${bytes} bytes`, `${maxBytes} bytes`] : [mb(bytes), mb(maxBytes)];
  return fileProblem(file, `is ${size}, over the limit of ${limit}.`, 'Split the timeline into several files.');
}

function fail(problems: Problem[]): LoadResult {
  return { problems, warnings: [] };
}
