/**
 * Search and filters: what a reader asks for, as it lives in the URL
 * (`?q=plenum&groups=party,russia&tags=kcna`), and whether an event matches.
 * The query is allow-listed and parsed, never passed on: unknown parameters
 * stay in the URL untouched and are ignored here.
 */
// zod's tree-shakable build: this parser runs on every timeline page, where zod 3 would add 13 KB gzip.
import { z } from '../format/zod-mini.ts';
import { TAG_PATTERN } from '../format/patterns.ts';

export interface Filters {
  /** Words that must all appear, in any order, case and accents aside. */
  readonly q: string;
  readonly groups: readonly string[];
  readonly tags: readonly string[];
}

export const NO_FILTERS: Filters = { q: '', groups: [], tags: [] };

/** A comma list of lane or tag ids (the tag pattern covers both); anything else in it is dropped. */
const list = z.catch(
  z.pipe(
    z.string().check(z.maxLength(2000)),
    z.transform((s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => TAG_PATTERN.test(x)),
    ),
  ),
  [],
);

const querySchema = z.object({
  q: z._default(z.catch(z.string().check(z.maxLength(200)), ''), ''),
  groups: z._default(list, []),
  tags: z._default(list, []),
});

/**
 * @example parseFilters('?q=Plenum&groups=party,,russia&evil=1') // { q: 'Plenum', groups: ['party', 'russia'], tags: [] }
 */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const raw = { q: params.get('q') ?? undefined, groups: params.get('groups') ?? undefined, tags: params.get('tags') ?? undefined };
  return querySchema.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
}

/** The query string for filters, keeping any other parameters as they were. */
export function filtersToSearch(filters: Filters, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string): void => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  set('q', filters.q.trim());
  set('groups', filters.groups.join(','));
  set('tags', filters.tags.join(','));
  const out = params.toString();
  return out ? `?${out}` : '';
}

export function isFiltering(filters: Filters): boolean {
  return filters.q.trim() !== '' || filters.groups.length > 0 || filters.tags.length > 0;
}

/** Lower case, without accents: "Pyŏngyang" finds "pyongyang". */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/**
 * Where a one-page timeline's list entry (src/lib/render/render-event.ts)
 * holds the words a search reads: the fields of `searchText` in
 * search-index.ts. Not the date, the lane, the note kinds or the sources
 * the entry also shows.
 */
export const SEARCHED_PARTS =
  '.tl-event__title, .tl-event__summary, .tl-annotation blockquote, .tl-annotation__text, .tl-annotation__attribution, .tl-event__facts dd';

/** What an event is searched and filtered by. */
export interface Searchable {
  /** Its words: title, summary, notes, place, tags (normalised or not). */
  readonly text: string;
  readonly group?: string | undefined;
  readonly tags: readonly string[];
}

/** Groups: any of those chosen; tags: any of those chosen; words: all of them. */
export function matches(event: Searchable, filters: Filters): boolean {
  if (filters.groups.length > 0 && (event.group === undefined || !filters.groups.includes(event.group))) return false;
  if (filters.tags.length > 0 && !event.tags.some((t) => filters.tags.includes(t))) return false;
  const words = normalize(filters.q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = normalize(event.text);
  return words.every((w) => text.includes(w));
}
