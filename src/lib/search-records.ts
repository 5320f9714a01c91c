/**
 * A large timeline's search index, as records: one per event, with the words
 * a reader searches (the same fields the one-page search reads: title,
 * summary, notes, place, tags), its lane and tags as filters, and what a
 * result shows. Pagefind turns these into a static index in chunks, so the
 * browser fetches only the parts a search needs.
 */
import type { DateFormatter } from './format-date.ts';
import { markdownToText } from './markdown.ts';
import type { Timeline, TimelineEvent } from './model.ts';
import type { Period } from './periods.ts';
import { periodItems } from './to-vis.ts';

export interface SearchRecord {
  /** The event on its period's page, relative to the timeline's folder: `2019/#some-event`. */
  readonly url: string;
  readonly content: string;
  /** ISO 639-1, as the index wants it: `en`, `ko`. */
  readonly language: string;
  readonly meta: {
    readonly id: string;
    readonly title: string;
    readonly date: string;
    readonly period: string;
    /** The event's timeline item as JSON, so the page draws a result without loading its period. */
    readonly item: string;
  };
  readonly filters: { readonly group?: string[]; readonly tag?: string[] };
  /** Time order, zero-padded so it sorts as text too. */
  readonly sort: { readonly order: string };
}

/** The words of an event, as the one-page search sees them. */
export function searchText(e: TimelineEvent): string {
  const parts = [e.title, e.summary && markdownToText(e.summary), ...e.annotations.flatMap((a) => [markdownToText(a.text), a.attribution]), e.place, ...e.tags];
  return parts.filter(Boolean).join('\n');
}

/** Every event of a timeline split into `periods`, in time order. */
export function searchRecords(timeline: Timeline, periods: readonly Period[], formatter: DateFormatter): SearchRecord[] {
  const language = timeline.locale.split('-')[0]?.toLowerCase() || 'en';
  const width = String(timeline.events.length).length;
  return periods.flatMap((period) => {
    const items = periodItems(timeline, period, formatter);
    return timeline.events.slice(period.first, period.last).map((e, i) => ({
      url: `${period.key}/#${e.id}`,
      content: searchText(e),
      language,
      meta: { id: e.id, title: e.title, date: formatter.span(e.when, e.zone), period: period.key, item: JSON.stringify(items[i]) },
      filters: { ...(e.group !== undefined && { group: [e.group] }), ...(e.tags.length > 0 && { tag: [...e.tags] }) },
      sort: { order: String(period.first + i).padStart(width, '0') },
    }));
  });
}
