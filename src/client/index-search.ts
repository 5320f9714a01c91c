/**
 * Search over a large timeline's static index (`<timeline>/search/`, see
 * src/lib/search/search-index.ts). Each file is fetched once (a failure
 * tried again), when a search first needs it: the manifest, a shard per
 * word, a file per lane or tag chosen, and the period files of the results
 * listed. The same filters as a one-page timeline: all words, any of the
 * chosen lanes, any of the tags.
 */
import { isFiltering, type Filters } from '../lib/search/filters.ts';
import type { SearchManifest, WordShard } from '../lib/search/search-words.ts';
import { findEvents, locateEvent } from '../lib/search/search-query.ts';
import type { VisItem } from '../lib/vis/to-vis.ts';
import { fetchJson, rememberOnSuccess } from './fetch-retry.ts';

/** A result: the event's timeline item, and the period whose page lists it. */
export interface Hit {
  readonly period: string;
  readonly item: VisItem;
}

export interface Found {
  readonly total: number;
  /** The results from `start`, in time order. */
  readonly hits: (start: number, count: number) => Promise<Hit[]>;
}

export class IndexSearch {
  private readonly files = new Map<string, Promise<unknown>>();

  /** `base`: the timeline's folder, e.g. `/my-timeline/`. */
  constructor(private readonly base: URL) {}

  private fetch<T>(path: string): Promise<T> {
    return rememberOnSuccess(this.files, path, () => fetchJson(new URL(path, this.base))) as Promise<T>;
  }

  async find(filters: Filters): Promise<Found> {
    if (!isFiltering(filters)) return { total: 0, hits: () => Promise.resolve([]) };
    const manifest = await this.fetch<SearchManifest>('search/index.json');
    const found = await findEvents(filters, {
      manifest: () => Promise.resolve(manifest),
      words: (n) => this.fetch<WordShard>(`search/words-${n}.json`),
      list: (kind, n) => this.fetch<number[]>(`search/${kind}-${n}.json`),
    });
    return { total: found.length, hits: (start, count) => this.hits(manifest, found.slice(start, start + count)) };
  }

  private async hits(manifest: SearchManifest, numbers: readonly number[]): Promise<Hit[]> {
    const hits = await Promise.all(
      numbers.map(async (n) => {
        const at = locateEvent(manifest, n);
        const item = at && (await this.fetch<VisItem[]>(`${at.period}/items.json`))[at.offset];
        return at && item ? { period: at.period, item } : undefined;
      }),
    );
    return hits.filter((h): h is Hit => h !== undefined);
  }
}
