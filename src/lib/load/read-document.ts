/**
 * The careful way to read a file: the `yaml` package's Document, which
 * knows every line and column and words syntax problems well. It is slow
 * (about a megabyte a second) and large (a gigabyte and more for 60 MB), so
 * load.ts uses it for files up to DOCUMENT_LIMIT whose data needs placing:
 * files with problems or warnings, aliases or tags.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { DataPath, Problem } from '../format/problems.ts';
import { fileProblem } from '../format/problems.ts';
import { sentence, SYNTAX_FIX, SYNTAX_FIXES, syntaxFix, TOO_DEEP, UNCLOSED } from './syntax-problems.ts';

export type DocumentRead =
  { readonly problems: Problem[] } | { readonly data: unknown; readonly locate: (path: DataPath, atKey: boolean) => { line: number; column: number } };

export function readDocument(text: string, file: string, maxAliases: number): DocumentRead {
  const lines = new LineCounter();
  // YAML 1.2 core schema: `2023-12-26` stays a string, `yes` stays a word.
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', version: '1.2', merge: false, uniqueKeys: true, prettyErrors: false, strict: true });
  const pos = (offset: number): { file: string; line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const syntax = (offset: number, message: string, fix: string): Problem => ({ ...pos(offset), path: [], kind: 'syntax', message, fix });

  const errors = syntaxErrors(text, doc, lines);
  // yaml ran out of stack (js-yaml, which says so itself, left the file to it for an alias): once is enough.
  const deep = errors.find((e) => e.message.startsWith('Maximum call stack size exceeded'));
  if (deep) return { problems: [syntax(deep.pos[0], TOO_DEEP.message, TOO_DEEP.fix)] };
  if (errors.length > 0) return { problems: errors.map((e) => syntax(openingOffset(doc, e), sentence(e.message), syntaxFix(e))) };
  // Read into data, a list or mapping as a key would be text (`[a, b]` → "[ a, b ]"), with a warning on stderr.
  const complex = complexKeys(doc);
  if (complex.length > 0) return { problems: complex.map((c) => syntax(c.offset, COMPLEX_KEY(c.kind).message, COMPLEX_KEY(c.kind).fix)) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: maxAliases });
  } catch (error) {
    return { problems: [{ ...readProblem(doc, error, pos), path: [], kind: 'file' }] };
  }
  if (data === null || data === undefined) return { problems: [fileProblem(file, 'is empty.', 'A timeline needs at least title: and events:.')] };
  return { data, locate: (path, atKey) => pos(offsetOf(doc, path, atKey)) };
}

/** A key that is a list or a mapping, whichever reader finds it. */
export const COMPLEX_KEY = (kind: 'list' | 'mapping'): { message: string; fix: string } => ({
  message: `has a ${kind} where a key should be.`,
  fix: 'Keys are words, such as title: or events:; put text that starts with [ or { in quotes.',
});

/**
 * yaml's errors and warnings, each once. yaml can report one slip twice at
 * one place (an over-indented key): the first report is the telling one.
 * On a line indented with a tab, only the tab is said: what yaml makes of
 * the rest of the line (a "duplicate" key) follows from it.
 */
function syntaxErrors(text: string, doc: Document, lines: LineCounter): YAMLError[] {
  const errors = [...doc.errors, ...doc.warnings].filter((e, i, all) => all.findIndex((o) => o.pos[0] === e.pos[0]) === i);
  if (!errors.some((e) => e.code === 'TAB_AS_INDENT')) return errors;
  const tabbed = (e: YAMLError): boolean => {
    const start = lines.lineStarts[lines.linePos(e.pos[0]).line - 1] ?? 0;
    return /^ *\t/.test(text.slice(start, start + 200));
  };
  return errors.filter((e) => e.code === 'TAB_AS_INDENT' || !tabbed(e));
}

function complexKeys(doc: Document): Array<{ offset: number; kind: 'list' | 'mapping' }> {
  const found: Array<{ offset: number; kind: 'list' | 'mapping' }> = [];
  visit(doc, {
    Pair(_, pair) {
      if (isCollection(pair.key)) found.push({ offset: pair.key.range?.[0] ?? 0, kind: isSeq(pair.key) ? 'list' : 'mapping' });
    },
  });
  return found;
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
 * A missing key points at the item that should hold it. (Exported for the
 * test that holds locate-fast.ts to it.)
 */
export function offsetOf(doc: Document, path: DataPath, atKey: boolean): number {
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
