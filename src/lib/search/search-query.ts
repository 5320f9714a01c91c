/**
 * Answering a search from a large timeline's index files (see
 * search-index.ts): pure steps, so they are tested without a browser. The
 * page fetches the files; these say which events match and where they are.
 */
import type { Filters } from './filters.ts';
import { fromGaps, searchWords, shardOf, type SearchManifest, type WordShard } from './search-words.ts';

/**
 * Events with a word that begins with `word` (a one-letter word: that word
 * only, as longer words live by their first two letters), in order.
 */
export function eventsWithWord(shard: WordShard, word: string): number[] {
  const oneLetter = String.fromCodePoint(word.codePointAt(0) ?? 0).length === word.length;
  if (oneLetter) return fromGaps(shard[word] ?? []);
  const lists: number[][] = [];
  for (const [w, gaps] of Object.entries(shard)) if (w.startsWith(word)) lists.push(fromGaps(gaps));
  return union(lists);
}

/** Every number in any of the sorted lists, sorted, once each. */
export function union(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...(lists[0] as number[])];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The numbers in both sorted lists. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** The period holding event `n`, and its place there. */
export function locateEvent(manifest: Pick<SearchManifest, 'periods'>, n: number): { period: string; offset: number } | undefined {
  let before = 0;
  for (const [period, count] of manifest.periods) {
    if (n < before + count) return { period, offset: n - before };
    before += count;
  }
  return undefined;
}

/** The index's files, however they are read: fetched by the page, from memory in tests. */
export interface IndexFiles {
  readonly manifest: () => Promise<SearchManifest>;
  readonly words: (shard: number) => Promise<WordShard>;
  /** Gap-encoded event numbers of a lane or a tag, by its place in the manifest. */
  readonly list: (kind: 'group' | 'tag', n: number) => Promise<readonly number[]>;
}

/**
 * The numbers of the events that match, in time order: every word begins a
 * word of the event, its lane is one of those chosen, and it has one of the
 * tags chosen (each part only when asked).
 */
export async function findEvents(filters: Filters, files: IndexFiles): Promise<number[]> {
  const manifest = await files.manifest();
  const chosen = async (kind: 'group' | 'tag', values: readonly string[], known: readonly string[]): Promise<number[]> => {
    const lists = values.map((v) => known.indexOf(v)).filter((n) => n >= 0);
    return union(await Promise.all(lists.map(async (n) => fromGaps(await files.list(kind, n)))));
  };
  const lists = await Promise.all([
    ...searchWords(filters.q).map(async (word) => eventsWithWord(await files.words(shardOf(word, manifest.shards)), word)),
    ...(filters.groups.length > 0 ? [chosen('group', filters.groups, manifest.groups)] : []),
    ...(filters.tags.length > 0 ? [chosen('tag', filters.tags, manifest.tags)] : []),
  ]);
  // Words of only punctuation, and nothing else, ask for nothing.
  if (lists.length === 0) return Array.from({ length: manifest.total }, (_, n) => n);
  return lists.reduce((all, list) => intersect(all, list));
}
