/**
 * `npm run add-event`: a new event in a timeline file, with its id made from
 * its title and date, its source entry when it cites a new address, placed
 * in date order among the events. The file is edited as text (see
 * `yaml-splice.ts`), and the result must pass the loader's checks.
 */
import { compareDates, isTimeZone, parseSpan } from '../dates/dates.ts';
import { parseDocument } from 'yaml';
import { DEFAULT_MAX_ALIASES, loadTimeline } from '../load/load.ts';
import { fileProblem, type Problem } from '../format/problems.ts';
import { readYamlFast } from '../load/read-yaml.ts';
import { dateId, joinIds, slugify, uniqueId } from './slug.ts';
import { insertByDocument, insertListItem, insertListKey } from './yaml-splice.ts';

export interface NewEvent {
  readonly title: string;
  /** As authors write it: `2023-12-26`, or a span `2023-12-26/2023-12-30`. */
  readonly date: string;
  readonly group?: string;
  readonly tags?: readonly string[];
  readonly place?: string;
  readonly summary?: string;
  readonly sourceUrl?: string;
  /** Who published the source; by default its host name. */
  readonly publisher?: string;
}

export type AddedEvent =
  | { readonly ok: true; readonly text: string; readonly id: string; readonly index: number; readonly source?: { id: string; added: boolean } }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (data: Obj, key: string): Obj[] => (Array.isArray(data[key]) ? (data[key] as unknown[]).filter(isObj) : []);
const idsOf = (items: readonly Obj[]): Set<string> => new Set(items.flatMap((i) => (typeof i['id'] === 'string' ? [i['id']] : [])));

/** `https://www.scmp.com/news/…` → `scmp.com`: the publisher, until the author names it. */
function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** `scmp.com` → `scmp`, `english.hani.co.kr` → `english-hani`: the name before the public suffix, roughly. */
function hostSlug(host: string): string {
  const labels = host.split('.');
  // Drop the top-level domain and short second levels under it (co.uk, com.au, or.kr).
  labels.pop();
  while (labels.length > 1 && (labels.at(-1)?.length ?? 0) <= 3) labels.pop();
  return slugify(labels.join('-'));
}

/** Where the date falls among the events: after every event that starts no later. */
function insertionIndex(events: readonly Obj[], date: string, zone: string): number {
  const span = parseSpan(date);
  if (!span.ok) return events.length;
  const startOf = (e: Obj): unknown => e['start'] ?? (typeof e['date'] === 'string' ? e['date'].split('/')[0] : e['date']);
  const later = events.findIndex((e) => {
    const other = parseSpan(startOf(e));
    return other.ok && compareDates(other.value.start, span.value.start, zone) > 0;
  });
  return later === -1 ? events.length : later;
}

function citedSource(data: Obj, input: NewEvent): { id: string; added: boolean; entry?: Obj } | undefined {
  const url = input.sourceUrl?.trim();
  if (!url) return undefined;
  const sources = listOf(data, 'sources');
  const existing = sources.find((s) => s['url'] === url);
  if (typeof existing?.['id'] === 'string') return { id: existing['id'], added: false };
  const host = hostName(url);
  const id = uniqueId(joinIds(host ? hostSlug(host) : 'source', dateId(input.date)), idsOf(sources));
  return { id, added: true, entry: { id, publisher: input.publisher?.trim() || host || url, url } };
}

function eventEntry(id: string, input: NewEvent, sourceId: string | undefined): Obj {
  const date = input.date.trim();
  // A year is written as a number, as authors do (`date: 2019`); quoted, it would read the same.
  const entry: Obj = { id, title: input.title.trim(), date: /^\d{4}$/.test(date) ? Number(date) : date };
  if (input.group) entry['group'] = input.group;
  if (input.tags?.length) entry['tags'] = [...input.tags];
  if (input.place) entry['place'] = input.place;
  if (input.summary) entry['summary'] = input.summary.trim();
  if (sourceId) entry['sources'] = [sourceId];
  return entry;
}

/** The file's text with the event added, or the problems the result would have (then nothing should be written). */
export function addEvent(text: string, file: string, input: NewEvent): AddedEvent {
  // A file with problems already is fixed first: the tool cannot tell its own slips from the author's.
  const before = loadTimeline(text, file);
  if (before.problems.length > 0) return { ok: false, problems: before.problems };
  const data: unknown =
    readYamlFast(text) ?? parseDocument(text, { version: '1.2', schema: 'core', merge: false }).toJS({ maxAliasCount: DEFAULT_MAX_ALIASES });
  const timeline = isObj(data) ? data : {};
  const events = listOf(timeline, 'events');
  const zone = typeof timeline['timezone'] === 'string' && isTimeZone(timeline['timezone']) ? timeline['timezone'] : 'UTC';
  const title = slugify(input.title) || 'event';
  // `Plenum 2023-12` on 2023-12 is plenum-2023-12, not plenum-2023-12-2023-12.
  const id = uniqueId(title.endsWith(dateId(input.date)) ? title : joinIds(title, dateId(input.date)), idsOf(events));
  const source = citedSource(timeline, input);
  const index = insertionIndex(events, input.date, zone);

  let next: string | undefined = text;
  if (source?.entry) {
    const sources = listOf(timeline, 'sources');
    next = 'sources' in timeline ? insertListItem(next, 'sources', sources.length, source.entry) : insertListKey(next, 'sources', source.entry, 'events');
    next ??= insertByDocument(text, 'sources', sources.length, source.entry);
  }
  const event = eventEntry(id, input, source?.id);
  if (next !== undefined) next = insertListItem(next, 'events', index, event) ?? insertByDocument(next, 'events', index, event);
  if (next === undefined) {
    return { ok: false, problems: [fileProblem(file, 'is not a list this tool can add to.', 'Add the event by hand.', ['events'])] };
  }

  const { problems } = loadTimeline(next, file);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, text: next, id, index, ...(source && { source: { id: source.id, added: source.added } }) };
}
