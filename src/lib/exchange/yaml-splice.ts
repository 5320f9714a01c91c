/**
 * Edits a timeline file as a person would: new lines are spliced into the
 * text, so every other byte (comments, blank lines, quoting, folding) stays
 * as the author wrote it. Re-serialising the whole document, even with the
 * `yaml` package's comment-keeping Document API, reflows some of it.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node, type YAMLSeq } from 'yaml';

/** How the items of a block list are laid out in the file. */
interface Layout {
  /** Column of the `-`. */
  readonly dash: number;
  /** Columns from the `-` to the item's keys. */
  readonly step: number;
  /** Items are separated by a blank line. */
  readonly spaced: boolean;
}

/** Files written on Windows keep their CRLF line endings. */
const lineEnding = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** The start of the line after the one `offset` is on (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * `start` (a line's start) moved up over the comment lines right above it
 * that belong to what follows: those no further in than `column`. A comment
 * indented deeper belongs to the item before.
 */
function withCommentsAbove(text: string, start: number, column: number): number {
  let at = start;
  while (at > 0) {
    const above = lineStart(text, at - 1);
    const line = text.slice(above, at);
    const indent = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith('#') || indent > column) break;
    at = above;
  }
  return at;
}

/** The first line of an item: its `-` line, or the comments right above it. */
function itemStart(text: string, item: Node): number {
  const dash = text.lastIndexOf('-', item.range?.[0] ?? 0);
  const start = lineStart(text, dash);
  return withCommentsAbove(text, start, dash - start);
}

/** Where an item's own lines end (its block scalars included, trailing blank lines and comments not). */
function itemEnd(text: string, item: Node): number {
  const end = item.range?.[1] ?? 0;
  return text[end - 1] === '\n' ? end : nextLineStart(text, end);
}

function layoutOf(text: string, seq: YAMLSeq): Layout {
  const first = seq.items[0] as Node;
  const valueAt = first.range?.[0] ?? 0;
  const dashAt = text.lastIndexOf('-', valueAt);
  const dash = dashAt - lineStart(text, dashAt);
  const step = lineStart(text, valueAt) === lineStart(text, dashAt) ? valueAt - dashAt : 2;
  const second = seq.items[1] as Node | undefined;
  const spaced = second !== undefined && /\n[ \t\r]*\n/.test(text.slice(itemEnd(text, first) - 1, itemStart(text, second)));
  return { dash, step: Math.max(2, step), spaced };
}

/** Markdown fields, written as blocks when long. */
const MARKDOWN_KEYS = new Set(['description', 'summary', 'text', 'annotation']);
const FOLD_AFTER = 60;

/**
 * Values written as authors write them: short lists of words on one line
 * (`tags: [a, b]`), long Markdown folded over several lines (`>-`), and
 * Markdown with line breaks as a literal block (`|-`).
 */
export function styleForAuthors(doc: Document): void {
  visit(doc, {
    Seq: (_, seq) => {
      if (seq.items.length > 0 && seq.items.every(isScalar)) seq.flow = true;
    },
    Pair: (_, pair) => {
      const { key, value } = pair;
      if (!isScalar(key) || !MARKDOWN_KEYS.has(String(key.value)) || !isScalar(value) || typeof value.value !== 'string') return;
      if (value.value.includes('\n')) value.type = 'BLOCK_LITERAL';
      else if (value.value.length > FOLD_AFTER) value.type = 'BLOCK_FOLDED';
    },
  });
}

/** How `styleForAuthors` documents are written out. */
export const AUTHOR_OPTIONS = { lineWidth: 80, flowCollectionPadding: false } as const;

/** `value` as a block list item, at the file's indentation. */
function renderItem(value: Record<string, unknown>, layout: Layout, eol: string): string {
  const doc = new Document([value], { version: '1.2' });
  styleForAuthors(doc);
  const yaml = doc.toString(AUTHOR_OPTIONS);
  // yaml writes `- key:` with the keys two columns in; the file may put them further.
  const extra = ' '.repeat(layout.step - 2);
  return yaml
    .trimEnd()
    .split('\n')
    .map((line, i) => (line === '' ? line : ' '.repeat(layout.dash) + (i === 0 ? line.replace(/^- /, `-${extra} `) : extra + line)))
    .join(eol)
    .concat(eol);
}

function blockSequence(doc: Document, key: string): YAMLSeq | undefined {
  const seq = isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
  return isSeq(seq) && !seq.flow && seq.items.length > 0 && seq.items.every((i) => isMap(i)) ? seq : undefined;
}

const readDocument = (text: string): Document => parseDocument(text, { version: '1.2', schema: 'core', merge: false });

/**
 * `text` with `value` added to the top-level list `key` before its item
 * `index` (or after the last), every other line unchanged. Undefined when the
 * list is not a block list of mappings (then `insertByDocument`).
 */
export function insertListItem(text: string, key: string, index: number, value: Record<string, unknown>): string | undefined {
  const seq = blockSequence(readDocument(text), key);
  if (!seq) return undefined;
  const layout = layoutOf(text, seq);
  const eol = lineEnding(text);
  const next = seq.items[index] as Node | undefined;
  const item = renderItem(value, layout, eol);
  const gap = layout.spaced ? eol : '';
  if (next) {
    const at = itemStart(text, next);
    return text.slice(0, at) + item + gap + text.slice(at);
  }
  const at = itemEnd(text, seq.items[seq.items.length - 1] as Node);
  const before = text.slice(0, at) + (at === text.length && !text.endsWith('\n') ? eol : '');
  return before + gap + item + text.slice(at);
}

/**
 * `text` with a new top-level list `key` holding `value`, written just above
 * the key `before` (and the comments right above it).
 */
export function insertListKey(text: string, key: string, value: Record<string, unknown>, before: string): string | undefined {
  const doc = readDocument(text);
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === before) : undefined;
  const keyNode = pair?.key as Node | undefined;
  if (!keyNode?.range || lineStart(text, keyNode.range[0]) !== keyNode.range[0]) return undefined;
  const beforeSeq = blockSequence(doc, before);
  const layout = beforeSeq ? layoutOf(text, beforeSeq) : { dash: 2, step: 2, spaced: false };
  const at = withCommentsAbove(text, keyNode.range[0], 0);
  const eol = lineEnding(text);
  return `${text.slice(0, at)}${key}:${eol}${renderItem(value, layout, eol)}${eol}${text.slice(at)}`;
}

/**
 * The fallback for lists the splice cannot place an item in (`events: [ … ]`
 * written in flow style): the `yaml` Document API, which keeps comments but
 * may re-wrap that list.
 */
export function insertByDocument(text: string, key: string, index: number, value: Record<string, unknown>): string | undefined {
  const doc = readDocument(text);
  // A document with errors cannot be written back (yaml throws): the caller says so instead.
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const seq = doc.contents.get(key, true);
  if (seq === undefined || (isScalar(seq) && seq.value === null)) {
    doc.contents.set(key, doc.createNode([value]));
  } else if (isSeq(seq)) {
    seq.items.splice(index, 0, doc.createNode(value));
  } else {
    return undefined;
  }
  return doc.toString();
}
