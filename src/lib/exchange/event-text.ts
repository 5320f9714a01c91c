/**
 * What the exports share about an event beyond its dates: where it lives on
 * the site, its sources, and a plain-text description for calendars and feeds.
 */
import { citationsOf, citedSources } from '../model/citations.ts';
import type { Source, TimelineEvent } from '../model/model.ts';
import type { PageContext } from '../render/page-context.ts';
import { summaryText } from '../render/plain-text.ts';

export interface ExportOptions {
  /**
   * The site's public address (Astro's `site`, from SITE), e.g. `https://example.org/`.
   * Without it links are relative to the export file, and iCalendar events have no URL.
   */
  readonly site?: string;
  /** RFC 3339 UTC timestamp for DTSTAMP and the feed's `updated` (see `exportStamp`). */
  readonly stamp: string;
}

/**
 * A path under the site: absolute when the site is known, else relative to
 * the export file (`prefix` climbs out of its folder).
 * @example siteLink('north-korea/#plenum-2023-12', 'https://example.org/') // 'https://example.org/north-korea/#plenum-2023-12'
 */
export function siteLink(path: string, site: string | undefined, prefix = ''): string {
  // A slug is a file name: a space in it must not end the address.
  const encoded = encodeURI(path);
  if (!site) return `${prefix}${encoded}`;
  return new URL(encoded, site.endsWith('/') ? site : `${site}/`).href;
}

/** The deep link to an event's entry, relative to the site's root. */
export function eventPath(slug: string, id: string): string {
  return `${slug}/#${id}`;
}

/** An event's sources, its own then those its annotations cite, each once. */
export function sourcesOf(event: TimelineEvent, ctx: PageContext): Source[] {
  return citationsOf(citedSources(event), ctx.citations).map((c) => c.source);
}

/** `KCNA, Report on … <http://…>`: one source on one line. */
export function describeSource(s: Source): string {
  const name = s.title ? `${s.publisher}, ${s.title}` : s.publisher;
  return s.url ? `${name} <${s.url}>` : name;
}

/**
 * The event as plain text: its date as readers see it and its place (each
 * unless left out: a calendar has fields of its own for them), its summary,
 * then its sources with their addresses, one per line.
 */
export function describeEvent(event: TimelineEvent, ctx: PageContext, { date = true, place = true } = {}): string {
  const first = [...(date ? [ctx.format.span(event.when, event.zone)] : []), ...(place && event.place ? [event.place] : [])].join(' · ');
  const lines = first ? [first] : [];
  const summary = summaryText(event);
  if (summary) lines.push(...(lines.length > 0 ? [''] : []), summary);
  const sources = sourcesOf(event, ctx);
  if (sources.length > 0) lines.push(...(lines.length > 0 ? [''] : []), `${ctx.t.sources}:`, ...sources.map(describeSource));
  return lines.join('\n');
}
