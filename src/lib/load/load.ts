/**
 * YAML text → timeline, or every problem in the file, each with its line and
 * column. The one door data comes in through: the build, the dev server and
 * the command-line tools all call `loadTimeline`.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { ZodIssue } from 'zod';
import { checkReferences } from '../format/check-references.ts';
import { resolveLocale } from '../dates/locales.ts';
import { TRANSLATED } from '../i18n/index.ts';
import { buildTimeline, type Timeline } from '../model/model.ts';
import { fileProblem, type DataPath, type Finding, type Problem } from '../format/problems.ts';
import { timelineSchema } from '../format/schema.ts';
import { findSourceWarnings } from '../format/source-warnings.ts';
import { readYamlFast } from './read-yaml.ts';
import { checkCharacters, decodeTimeline } from './read-text.ts';
import { slugOf } from './file-name.ts';
import { findNotText } from '../format/characters.ts';
import { describeIssue } from '../format/zod-issues.ts';

export interface LoadOptions {
  /** Larger files are refused: a timeline this size is a mistake or an attack. */
  readonly maxBytes?: number;
  /** Aliases allowed in one file ("billion laughs" protection). */
  readonly maxAliases?: number;
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
/** A binary file saved as .yaml holds a control character every few bytes: the first ones say enough. */
const MAX_CHARACTER_PROBLEMS = 100;

/**
 * @example loadTimeline('title: T\nevents: [{id: a, title: A, date: 2023}]', 'data/t.yaml').timeline?.events.length // 1
 */
export function loadTimeline(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const tooLarge = sizeProblem(Buffer.byteLength(text, 'utf8'), file, options.maxBytes);
  if (tooLarge) return fail([tooLarge]);

  // Bytes the two readers below would read differently, or that are not text at all, stop here.
  const unreadable = checkCharacters(text, file, MAX_CHARACTER_PROBLEMS);
  if (unreadable.length > 0) return fail(unreadable);

  // Most files have no problems: read them fast, and only look for lines and columns when there is something to point at.
  const fast = readYamlFast(text);
  if (fast !== undefined && fast !== null) {
    const parsed = timelineSchema.safeParse(fast);
    // Warnings need lines and columns too: a file with any takes the slow road below.
    if (
      parsed.success &&
      checkReferences(fast).length === 0 &&
      findNotText(fast).length === 0 &&
      localeWarning(parsed.data.locale) === undefined &&
      findSourceWarnings(fast).length === 0
    ) {
      return { timeline: buildTimeline(parsed.data, slugOf(file), file), problems: [], warnings: [] };
    }
  }

  const lines = new LineCounter();
  // YAML 1.2 core schema: `2023-12-26` stays a string, `yes` stays a word.
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', version: '1.2', merge: false, uniqueKeys: true, prettyErrors: false, strict: true });
  const pos = (offset: number): Pick<Problem, 'file' | 'line' | 'column'> => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };

  // yaml can report one slip twice at one place (an over-indented key): the first report is the telling one.
  const errors = [...doc.errors, ...doc.warnings].filter((e, i, all) => all.findIndex((o) => o.pos[0] === e.pos[0]) === i);
  const syntax = errors.map((e): Problem => ({ ...pos(openingOffset(doc, e)), path: [], kind: 'syntax', message: sentence(e.message), fix: syntaxFix(e) }));
  if (syntax.length > 0) return fail(syntax);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: options.maxAliases ?? DEFAULT_MAX_ALIASES });
  } catch (error) {
    return fail([{ ...readProblem(doc, error, pos), path: [], kind: 'file' }]);
  }
  if (data === null || data === undefined) {
    return fail([fileProblem(file, 'is empty.', 'A timeline needs at least title: and events:.')]);
  }

  const locate = (path: DataPath, atKey = false): Pick<Problem, 'file' | 'line' | 'column'> => pos(offsetOf(doc, path, atKey));
  const itemId = (path: DataPath): { itemId?: string } => {
    if (path.length < 2 || typeof path[1] !== 'number') return {};
    const item: unknown = (data as Record<string, unknown[] | undefined>)[String(path[0])]?.[path[1]];
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
    return typeof id === 'string' ? { itemId: id } : {};
  };
  const problem = (path: DataPath, message: string, fix: string, atKey = false): Problem => ({
    ...locate(path, atKey),
    path,
    kind: 'data',
    message,
    fix,
    ...itemId(path),
  });

  const parsed = timelineSchema.safeParse(data);
  const problems = collectFindings(data, parsed.success ? [] : parsed.error.issues).map((d) => problem(d.path, d.message, d.fix, d.atKey));
  if (problems.length > 0 || !parsed.success) return fail(problems);

  const unknown = localeWarning(parsed.data.locale);
  const warnings = [
    ...(unknown ? [problem(['locale'], unknown.message, unknown.fix)] : []),
    ...findSourceWarnings(data).map((w) => problem(w.path, w.message, w.fix, w.atKey)),
  ];
  return { timeline: buildTimeline(parsed.data, slugOf(file), file), problems: [], warnings };
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

/** A locale the build cannot fully serve: worth a warning, not an error. */
function localeWarning(tag: string): { message: string; fix: string } | undefined {
  if (!resolveLocale(tag).known) {
    return {
      message: `${tag} is a locale this build does not know: dates and interface text fall back to English.`,
      fix: 'Use a tag that date-fns supports, such as en-GB, ko or de.',
    };
  }
  if (!TRANSLATED.includes(tag.split('-')[0]?.toLowerCase() ?? '')) {
    return {
      message: `${tag} has no interface translation yet: dates follow ${tag}, buttons and headings are in English.`,
      fix: `Translations are in src/lib/i18n/, a file per language (now: ${TRANSLATED.join(', ')}).`,
    };
  }
  return undefined;
}

function fail(problems: Problem[]): LoadResult {
  return { problems, warnings: [] };
}

/** Schema issues and cross-field findings, less those another problem already says. */
function collectFindings(data: unknown, issues: readonly ZodIssue[]): Finding[] {
  const findings = checkReferences(data);
  // `group: Party` is both a malformed id and an unknown group: "Did you mean party?" says all there is to say.
  const unknownRefs = new Set(findings.filter((f) => f.message.includes(' is not the id of a ')).map((f) => JSON.stringify(f.path)));
  const described = dedupe(issues)
    .filter((i) => !unknownRefs.has(JSON.stringify(i.path)))
    .flatMap((i) => describeIssue(i, data));
  // `titel:` with "Did you mean title?" already says that title: is missing.
  const meant = new Set(
    described.flatMap((d) =>
      d.atKey && /^Did you mean .+\?$/.test(d.fix) ? [JSON.stringify([...d.path.slice(0, -1), d.fix.slice('Did you mean '.length, -1)])] : [],
    ),
  );
  const all = [...described.filter((d) => !(d.message === 'is missing.' && meant.has(JSON.stringify(d.path)))), ...findings];
  const notText = findNotText(data);
  return notText.length > 0 ? [...notText, ...without(notText, all)] : all;
}

/**
 * Findings less those at or inside the paths of `first`: a value holding a
 * control character is said to, not also quoted (raw) in another message.
 */
function without(first: readonly Finding[], findings: readonly Finding[]): Finding[] {
  const paths = first.map((f) => JSON.stringify(f.path).slice(0, -1));
  return findings.filter((f) => {
    const path = JSON.stringify(f.path).slice(0, -1);
    return !paths.some((p) => path === p || path.startsWith(`${p},`));
  });
}

/** `toJS` throws for an alias bomb, and for an alias whose anchor is not defined (yet): say which, and where. */
function readProblem(
  doc: Document,
  error: unknown,
  pos: (offset: number) => Pick<Problem, 'file' | 'line' | 'column'>,
): Pick<Problem, 'file' | 'line' | 'column' | 'message' | 'fix'> {
  const text = error instanceof Error ? error.message : String(error);
  const unresolved = /^Unresolved alias.*: (.+)$/.exec(text)?.[1];
  if (unresolved === undefined) {
    const message = /alias/i.test(text) ? `uses aliases (*name) too many times.` : `could not be read: ${text}.`;
    return { ...pos(0), message, fix: 'Write the values out instead of repeating aliases.' };
  }
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (node.source !== unresolved) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return { ...pos(offset), message: `uses the alias *${unresolved} before an anchor &${unresolved} is defined.`, fix: SYNTAX_FIXES['BAD_ALIAS'] ?? SYNTAX_FIX };
}

/** A union reports the same fault once per branch; say it once. */
function dedupe(issues: readonly ZodIssue[]): ZodIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path.join('.')}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The yaml package words its messages well but without a final full stop (and once with advice for programmers). */
function sentence(message: string): string {
  const first =
    message
      .split('\n')[0]
      ?.replace(/; please use YAML\.parseAllDocuments\(\)$/, '')
      .trim() ?? message;
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

const SYNTAX_FIX = 'Check the indentation and punctuation on this line; put text containing ": " or starting with [ { > | * & ! % @ ` in quotes.';
const SYNTAX_FIXES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'Each key appears once per item: remove or rename one.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  BAD_INDENT: 'Line the key up with the other keys of its item.',
  MULTIPLE_DOCS: 'A file holds one timeline: remove the second --- or move it to its own file.',
  // `title: A` followed by an over-indented `date:` reads as the value `A date: …`; so does `title: a: b`.
  BLOCK_AS_IMPLICIT_KEY: 'Put a value that contains ": " in quotes, and line each key up with the other keys of its item.',
  BAD_DQ_ESCAPE: 'In double quotes, write a backslash as \\\\, or use single quotes.',
  TAG_RESOLVE_FAILED: 'Remove the !tag: timeline files use plain values.',
  BAD_ALIAS: 'Define the anchor (&name) before using the alias (*name).',
};

const UNCLOSED = /^Missing closing .?quote|end with a [\]}]$/;

/** yaml files several different faults under one code: pick the fix by what it says. */
function syntaxFix(error: YAMLError): string {
  if (UNCLOSED.test(error.message)) return 'Close the quote, bracket or brace that was opened.';
  if (error.message === 'Sequence item without - indicator') return 'Start each list item with "- ", or line the key up with the other keys of its item.';
  return SYNTAX_FIXES[error.code] ?? SYNTAX_FIX;
}

/** yaml reports an unclosed quote or bracket where it gave up (often the end of the file): point at the one that was opened. */
function openingOffset(doc: Document, error: YAMLError): number {
  const end = error.pos[0];
  if (!UNCLOSED.test(error.message)) return end;
  let opening = end;
  const quote = error.message.endsWith('quote');
  const flowMap = error.message.startsWith('Flow map');
  const consider = (node: Node): void => {
    if (node.range?.[1] === end && node.range[0] < opening) opening = node.range[0];
  };
  visit(doc, {
    Scalar: (_, node) => (quote && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? consider(node) : undefined),
    Collection: (_, node) => (!quote && node.flow === true && isMap(node) === flowMap ? consider(node) : undefined),
  });
  return opening;
}

/**
 * Where `path` is in the file: the value there, or the key when `atKey`.
 * A missing key points at the item that should hold it.
 */
function offsetOf(doc: Document, path: DataPath, atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    // Past an alias the data lives at its anchor, in another item: the alias itself is the place to fix.
    if (isAlias(node)) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const last = i === path.length - 1;
      node = last && atKey ? pair.key : (pair.value ?? pair.key);
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) break;
    } else {
      break;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return typeof node === 'object' && node !== null && 'range' in node ? (node as Node).range?.[0] : undefined;
}
