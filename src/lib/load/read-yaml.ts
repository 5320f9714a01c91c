/**
 * The fast way to read a timeline file: js-yaml with a schema that is exactly
 * YAML 1.2's core schema (the same values the `yaml` package gives), about
 * twenty times faster and ten times leaner than building a `yaml` Document.
 * Positions are not needed for a file without problems; when there are any,
 * `load.ts` reads the file again with `yaml`, which knows every line and column.
 */
import jsYaml from 'js-yaml';

const { Schema, Type } = jsYaml;

/** YAML 1.2 core schema, 10.3.2: the only plain scalars that are not strings. */
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function toInt(text: string): number {
  if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
  if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
  return parseInt(text, 10);
}

function toFloat(text: string): number {
  const t = text.toLowerCase();
  if (t.endsWith('.inf')) return t.startsWith('-') ? -Infinity : Infinity;
  if (t === '.nan') return NaN;
  return parseFloat(text);
}

const isString = (data: unknown): data is string => typeof data === 'string';

export const CORE = new Schema({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (d: unknown) => d === null || (isString(d) && NULL.test(d)), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (d: unknown) => isString(d) && BOOL.test(d),
      construct: (d: string) => d.toLowerCase() === 'true',
    }),
    // Integers before floats: "2023" is an integer, as in the `yaml` package.
    new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (d: unknown) => isString(d) && INT.test(d), construct: toInt }),
    new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: (d: unknown) => isString(d) && FLOAT.test(d), construct: toFloat }),
  ],
});

/**
 * An alias (`*name`), or something that looks like one. js-yaml shares the
 * aliased value rather than copying it, so a few nested aliases stand for an
 * exponential amount of data ("billion laughs"); `yaml` counts the expansion
 * and stops it, so files with aliases (rare in timelines) are left to it.
 */
const ALIAS = new RegExp(`${valueStart()}\\*[^\\s,[\\]{}]`, 'm');
/** An explicit tag (`!!binary`, `!custom`): the two libraries resolve them differently. */
const TAG = new RegExp(`${valueStart()}!`, 'm');

/**
 * Where a node can start: a line's start, after `- ` or a plain `key: `, and
 * in a flow collection. Markdown's `*emphasis*` inside a text is not there,
 * so it does not count (a false alarm only costs the slow path).
 */
function valueStart(): string {
  return String.raw`(?:^[ \t]*(?:-[ \t]+)*(?:[^\s#"'-][^:#\n]*:[ \t]+)?|[[{,][ \t]*)`;
}

/** What js-yaml makes of a file. */
export type JsYamlRead =
  /** Its data. */
  | { readonly data: unknown }
  /** The error that stopped it, and where. */
  | { readonly error: string; readonly offset: number }
  /** An alias or a tag, or something like one: left to `yaml`, which reads them as the format means. */
  | { readonly unsure: true }
  /** Asked to look closer (`lookCloser`): the first alias or tag, where it is. */
  | { readonly aliasOrTag: { readonly offset: number; readonly kind: 'alias' | 'tag' } };

/**
 * Reads a file with js-yaml. A file that seems to hold an alias or a tag is
 * left unread, unless `lookCloser`: then it is read, and the first node
 * that really is one is found (`**bold**` in a block of text is not).
 */
export function readWithJsYaml(text: string, lookCloser = false): JsYamlRead {
  const suspect = ALIAS.test(text) || TAG.test(text);
  if (suspect && !lookCloser) return { unsure: true };
  let found: { offset: number; kind: 'alias' | 'tag' } | undefined;
  const listener = (event: 'open' | 'close', state: { position: number }): void => {
    if (event !== 'open' || found) return;
    const at = skipSpace(text, state.position);
    if (text[at] === '*' || text[at] === '!') found = { offset: at, kind: text[at] === '*' ? 'alias' : 'tag' };
  };
  try {
    // js-yaml stops at MAX_DEPTH levels of nesting by itself (its maxDepth, 100 by default).
    const data: unknown = jsYaml.load(text, { schema: CORE, json: false, ...(suspect && { listener }) });
    return found ? { aliasOrTag: found } : { data };
  } catch (error) {
    if (found) return { aliasOrTag: found };
    const mark = (error as { mark?: { position?: number } }).mark;
    const reason = (error as { reason?: unknown }).reason;
    return { error: typeof reason === 'string' ? reason : String(error), offset: mark?.position ?? 0 };
  }
}

/**
 * The data of a file, or undefined when the fast path cannot vouch for it
 * (a syntax error, several documents, an alias, a tag): then `yaml` reads it.
 */
export function readYamlFast(text: string): unknown {
  const read = readWithJsYaml(text);
  return 'data' in read ? read.data : undefined;
}

/** Past spaces, tabs, line breaks, comments and an anchor (`&name`): where a node's own text starts, from where js-yaml opened it. */
export function skipSpace(text: string, at: number): number {
  let i = at;
  for (;;) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') i++;
    else if (ch === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (ch === '&') while (i < text.length && !/\s/.test(text[i] ?? ' ')) i++;
    else return i;
  }
}
