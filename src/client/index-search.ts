/**
 * Search over a large timeline's static index (Pagefind, built with the
 * site at `<timeline>/pagefind/`). The index is fetched in chunks as
 * searches need them, so no page holds every event. The same filters as a
 * one-page timeline: all words, any of the chosen lanes, any of the tags.
 */
import { isFiltering, type Filters } from '../lib/filters.ts';
import type { VisItem } from '../lib/to-vis.ts';

/** What a result shows, from its record in the index. */
export interface Hit {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  /** The event on its period's page, relative to the timeline's folder. */
  readonly url: string;
  /** Pagefind's excerpt: text with the words found in `<mark>`. */
  readonly excerpt: string;
  /** What the timeline draws for it. */
  readonly item: VisItem | undefined;
}

/** The item a record carries, if it reads as one. */
function parseItem(json: string | undefined, id: string): VisItem | undefined {
  try {
    const item = JSON.parse(json ?? '') as Partial<VisItem> | null;
    return item?.id === id && typeof item.start === 'number' && typeof item.content === 'string' ? (item as VisItem) : undefined;
  } catch {
    return undefined;
  }
}

export interface Found {
  readonly total: number;
  /** Loads the hits from `start` (in order of relevance, or time without words). */
  readonly hits: (start: number, count: number) => Promise<Hit[]>;
}

interface PagefindResult {
  data(): Promise<{ excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

export class IndexSearch {
  private loaded: Promise<Pagefind> | undefined;

  /** `bundle`: the index's folder, e.g. `/my-timeline/pagefind/`. */
  constructor(private readonly bundle: URL) {}

  private pagefind(): Promise<Pagefind> {
    this.loaded ??= (async () => {
      const pf = (await import(/* @vite-ignore */ new URL('pagefind.js', this.bundle).href)) as Pagefind;
      await pf.options({ excerptLength: 24 });
      await pf.init();
      return pf;
    })();
    // A failed load (offline) is tried again on the next search.
    this.loaded.catch(() => (this.loaded = undefined));
    return this.loaded;
  }

  /** Undefined when a newer search has replaced this one (Pagefind's own rule). */
  async find(filters: Filters): Promise<Found | undefined> {
    if (!isFiltering(filters)) return { total: 0, hits: () => Promise.resolve([]) };
    const pf = await this.pagefind();
    const words = filters.q.trim();
    const chosen: Record<string, { any: readonly string[] }> = {};
    if (filters.groups.length > 0) chosen['group'] = { any: filters.groups };
    if (filters.tags.length > 0) chosen['tag'] = { any: filters.tags };
    const search = await pf.search(words || null, { filters: chosen, ...(!words && { sort: { order: 'asc' } }) });
    if (!search) return undefined;
    const { results } = search;
    return {
      total: results.length,
      hits: async (start, count) =>
        Promise.all(
          results.slice(start, start + count).map(async (r) => {
            const { meta, excerpt } = await r.data();
            const id = meta['id'] ?? '';
            const item = parseItem(meta['item'], id);
            return { id, title: meta['title'] ?? '', date: meta['date'] ?? '', url: `${meta['period'] ?? ''}/#${id}`, excerpt, item };
          }),
        ),
    };
  }
}
