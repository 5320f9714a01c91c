/**
 * Where values are in a file too large for the `yaml` package's Document,
 * which takes about a minute and gigabytes for a 60 MB file: js-yaml reads
 * the file once more (seconds), calling back as each node opens and closes,
 * and the nodes on the paths asked for keep where they start. Positions
 * are those `yaml` gives (load.ts's `offsetOf`); a unit test holds the two
 * together on every fixture.
 */
import jsYaml from 'js-yaml';
import type { DataPath } from '../format/problems.ts';
import { CORE, skipSpace } from './read-yaml.ts';

/** A wanted node: where its value starts, and its key's start when it is a mapping's value. */
interface Place {
  value?: number;
  key?: number;
  readonly below: Map<string, Place>;
  /** Found, or known not to be in the file. */
  settled: boolean;
}

/** Thrown from js-yaml's callback once every wanted node is settled: the rest of the file need not be read. */
const FOUND_ALL = new Error('found all');

/** A node being read. */
interface Frame {
  /** Where js-yaml opened it, and its first character (past spaces, comments and an anchor). */
  readonly opened: number;
  readonly start: number;
  /** `[` or `- ` start a sequence, `{` a mapping; else a block mapping (once a key is seen) or a scalar. */
  container: 'seq' | 'map' | 'maybe';
  readonly role: 'root' | 'first' | 'key' | 'value' | 'item';
  /** The wanted node it is, if any. */
  readonly place: Place | undefined;
  /** Children seen: the next item's index in a sequence. */
  children: number;
  /** A mapping's key whose value comes next. */
  key?: string | undefined;
  /** In a block sequence, where the text not yet searched for `-` of empty items starts. */
  dashesFrom: number;
}

export interface Located {
  /** The offset of the value at `path`, or of its key; where the path leaves the data, the last node on it (as load.ts's `offsetOf`). */
  readonly offsetOf: (path: DataPath, atKey: boolean) => number;
  /** Keys that are lists or mappings (`[a, b]: 1`), which js-yaml turns into text: where, and which. */
  readonly complexKeys: ReadonlyArray<{ readonly offset: number; readonly kind: 'list' | 'mapping' }>;
}

/**
 * Reads `text` (which js-yaml has read without error) and finds where the
 * values on `paths` are.
 */
export function locatePaths(text: string, paths: readonly DataPath[]): Located {
  const { root, count } = placesOf(paths);
  const complexKeys: Array<{ offset: number; kind: 'list' | 'mapping' }> = [];
  const stack: Frame[] = [];
  let unsettled = count;
  const settle = (place: Place, value?: number): void => {
    if (value !== undefined) place.value = value;
    if (place.settled) return;
    place.settled = true;
    unsettled--;
  };
  /** Once a node is read, what was not found below it is not in the file. */
  const settleBelow = (place: Place): void => {
    for (const below of place.below.values()) {
      settle(below);
      settleBelow(below);
    }
  };

  /** A block sequence's items js-yaml skipped without a node (`-` and nothing): counted, and placed where `yaml` places them. */
  const emptyItems = (seq: Frame, until: number, beforeItem: boolean): void => {
    if (seq.container !== 'seq' || text[seq.start] !== '-') return;
    const dashes = dashesIn(text, seq.dashesFrom, until);
    // Before an item, the last `-` is its own.
    if (beforeItem) dashes.pop();
    for (const dash of dashes) {
      const place = seq.place?.below.get(String(seq.children++));
      if (place) settle(place, skipInline(text, dash + 1));
    }
  };

  const open = (at: number): void => {
    const start = skipSpace(text, at);
    const parent = stack.at(-1);
    let role: Frame['role'] = 'root';
    let place: Place | undefined = root;
    if (!parent) {
      // the root
    } else if (parent.children === 0 && parent.start === start && parent.role !== 'first') {
      // js-yaml reads a block mapping's first key, or the node itself again, inside the node: which, its close says.
      role = 'first';
      place = parent.place;
    } else if (parent.container === 'seq') {
      emptyItems(parent, start, true);
      role = 'item';
      place = parent.place?.below.get(String(parent.children++));
    } else if (parent.key !== undefined) {
      role = 'value';
      place = parent.place?.below.get(parent.key);
      parent.key = undefined;
      parent.children++;
    } else {
      role = 'key';
      place = undefined;
      parent.children++;
    }
    stack.push({ opened: at, start, container: containerAt(text, start), role, place, children: 0, dashesFrom: at });
    // Where it starts is known now: ancestors need not wait for their end.
    if (place && role !== 'first') settle(place, start);
  };

  const close = (at: number, kind: string | null, result: unknown): void => {
    const frame = stack.pop();
    const parent = stack.at(-1);
    if (!frame) return;
    emptyItems(frame, at, false);
    const isKey = frame.role === 'key' || (frame.role === 'first' && text[skipInline(text, at)] === ':');
    if (isKey && parent) {
      closeKey(frame, parent, at, result);
      return;
    }
    if (frame.role === 'item' && parent) parent.dashesFrom = at;
    if (!frame.place) return;
    // An empty value (`key:` and nothing) is where it would have been, as `yaml` says: past the spaces after the colon.
    if (frame.role !== 'first' && kind === null) frame.place.value = skipInline(text, frame.opened);
    settleBelow(frame.place);
    if (unsettled === 0) throw FOUND_ALL;
  };

  const closeKey = (frame: Frame, parent: Frame, at: number, key: unknown): void => {
    if (typeof key === 'object' && key !== null) complexKeys.push({ offset: frame.start, kind: Array.isArray(key) ? 'list' : 'mapping' });
    if (frame.role === 'first') {
      parent.children++;
      parent.container = 'map';
    }
    const place = parent.place?.below.get(String(key));
    // `{a, b: 1}`: a key with no value; `yaml` then points at the key.
    if (text[skipSpace(text, at)] === ':') parent.key = String(key);
    if (place) {
      place.key = frame.start;
      if (parent.key === undefined) settle(place, frame.start);
    }
  };

  try {
    jsYaml.load(text, {
      schema: CORE,
      json: false,
      listener: (event, state) => (event === 'open' ? open(state.position) : close(state.position, state.kind, state.result)),
    });
  } catch (error) {
    if (error !== FOUND_ALL) throw error;
  }

  return {
    complexKeys,
    offsetOf(path, atKey) {
      let place = root;
      let offset = root.value ?? 0;
      for (const [i, segment] of path.entries()) {
        const next = place.below.get(String(segment));
        if (next?.value === undefined) break;
        offset = i === path.length - 1 && atKey ? (next.key ?? next.value) : next.value;
        place = next;
      }
      return offset;
    },
  };
}

/** The paths as a tree, each node to be given its place, and how many there are below the root. */
function placesOf(paths: readonly DataPath[]): { root: Place; count: number } {
  // The root is read to its end anyway: not counted.
  const root: Place = { below: new Map(), settled: true };
  let count = 0;
  for (const path of paths) {
    let place = root;
    for (const segment of path) {
      const key = String(segment);
      let next = place.below.get(key);
      if (!next) {
        place.below.set(key, (next = { below: new Map(), settled: false }));
        count++;
      }
      place = next;
    }
  }
  return { root, count };
}

/** The `-` indicators between two nodes of a block sequence, where nothing else but spaces and comments can be. */
function dashesIn(text: string, from: number, to: number): number[] {
  const dashes: number[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] === '#') while (i < to && text[i] !== '\n') i++;
    else if (text[i] === '-') dashes.push(i);
  }
  return dashes;
}

/** Past spaces and tabs. */
function skipInline(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

function containerAt(text: string, at: number): Frame['container'] {
  const ch = text[at];
  if (ch === '[') return 'seq';
  if (ch === '{') return 'map';
  if (ch === '-' && /^[\s]?$/.test(text[at + 1] ?? '')) return 'seq';
  return 'maybe';
}
