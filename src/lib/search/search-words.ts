/**
 * The parts of a large timeline's search index that the browser shares with
 * the build: how text becomes words, which shard holds a word, the files'
 * shapes. Kept apart from the builder, which reads Markdown, so the page's
 * script carries none of that.
 */
import { hashString } from '../model/hash.ts';
import { normalize } from './filters.ts';

/** `/<slug>/search/index.json`: what a search needs to know first. */
export interface SearchManifest {
  readonly version: 1;
  /** Events in all. */
  readonly total: number;
  /** Word shard files: `words-<n>.json`, n from 0. */
  readonly shards: number;
  /** Periods in time order with their number of events: event n is in the period its count reaches. */
  readonly periods: ReadonlyArray<readonly [key: string, count: number]>;
  /** Lanes and tags with events: `group-<n>.json`, `tag-<n>.json`, n their place here. */
  readonly groups: readonly string[];
  readonly tags: readonly string[];
}

/** A word shard: each word, with the gaps between the numbers of the events that have it. */
export type WordShard = Readonly<Record<string, readonly number[]>>;

/**
 * A text's words, normalised as the one-page search does (case and accents
 * aside), split at anything not a letter or digit.
 * @example searchWords('Kim’s “Plenum”, Pyŏngyang') // ['kim', 's', 'plenum', 'pyongyang']
 */
export function searchWords(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A word's first two letters, which place it in a shard. By code point: the
 * words are letters and digits already, with accents gone (see searchWords).
 */
export function prefixOf(word: string): string {
  let key = '';
  let n = 0;
  for (const ch of word) {
    if (n++ === 2) break;
    key += ch;
  }
  return key;
}

/** The shard a word is in: by its first two letters (a one-letter word, by itself). */
export function shardOf(word: string, shards: number): number {
  return hashString(prefixOf(word)) % shards;
}

export function toGaps(sorted: readonly number[]): number[] {
  return sorted.map((n, i) => n - (i === 0 ? 0 : (sorted[i - 1] as number)));
}

export function fromGaps(gaps: readonly number[]): number[] {
  let n = 0;
  return gaps.map((g) => (n += g));
}
