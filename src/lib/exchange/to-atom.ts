/**
 * The timeline's events as an Atom feed (`/<slug>/feed.xml`, RFC 4287),
 * newest first, each linking to its deep link `/<slug>/#<id>`.
 *
 * Atom rather than RSS: Atom resolves relative links against the feed's own
 * address, so a site built without SITE still gives working links (RSS 2.0
 * wants absolute ones). With SITE every link is absolute. Entry ids are
 * `urn:uuid:` names derived from the slug and the event's id, so they stay
 * the same when the site moves or SITE is set later.
 *
 * Each dated correction and update is an entry too, before the events, so a
 * reader subscribed to the feed learns of it: "Correction: <event title>",
 * filed under the day it was made, linking to the event it concerns.
 */
import { v5 as uuidV5 } from 'uuid';
import { isTimed, toInstant } from '../dates/dates.ts';
import { markdownToText } from '../render/markdown.ts';
import type { TimelineEvent } from '../model/model.ts';
import type { PageContext } from '../render/page-context.ts';
import { escapeHtml } from '../render/sanitize.ts';
import { LARGE_TIMELINE } from '../model/periods.ts';
import { dropUnwritable, firstDay, inFourDigitYears, isoDay } from './bounds.ts';
import { listChanges, type Change } from '../model/changes.ts';
import { describeEvent, eventPath, siteLink, type ExportOptions } from './event-text.ts';

/** The namespace of entry and feed ids (a fixed, random UUID: changing it would change every id). */
const ID_NAMESPACE = '886d8b0e-de8a-437e-8c4b-37413aae22e6';

/**
 * A feed is polled again and again: it carries the newest events, as many as
 * a small timeline has at most, so a small timeline's feed holds every event.
 * The JSON, CSV and iCalendar files hold every event of any timeline.
 */
export const FEED_LIMIT = LARGE_TIMELINE;

/** Text for XML 1.0 content and attributes: without the characters XML refuses, escaped as HTML is. */
export function escapeXml(text: string): string {
  return escapeHtml(dropUnwritable(text), '&apos;');
}

export function feedId(slug: string, eventId?: string): string {
  return `urn:uuid:${uuidV5(eventId === undefined ? slug : `${slug}#${eventId}`, ID_NAMESPACE)}`;
}

/**
 * When a reader's feed app files the entry: the event's start. A time is its
 * instant; a date is 12:00 UTC of its first day, which is that day from UTC−11
 * to UTC+11. Before 1 CE, or beyond four digits, there is no RFC 3339 date, and the entry has none.
 */
export function publishedOf(event: TimelineEvent): string | undefined {
  const start = event.when.start;
  if (!inFourDigitYears(start)) return undefined;
  if (isTimed(start)) return new Date(toInstant(start, event.zone)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${isoDay(firstDay(start))}T12:00:00Z`;
}

/** The newest events first (the last in time order), at most `limit`. */
export function newestFirst(events: readonly TimelineEvent[], limit = FEED_LIMIT): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) out.push(events[i] as TimelineEvent);
  return out;
}

function entry(event: TimelineEvent, ctx: PageContext, options: ExportOptions): string {
  const { slug } = ctx.timeline;
  const published = publishedOf(event);
  const group = event.group ? ctx.groups.get(event.group) : undefined;
  const categories = [
    ...(group ? [`<category term="${escapeXml(group.id)}" label="${escapeXml(group.title)}"/>`] : []),
    ...event.tags.map((t) => `<category term="${escapeXml(t)}"/>`),
  ];
  return [
    '  <entry>',
    `    <id>${feedId(slug, event.id)}</id>`,
    `    <title type="text">${escapeXml(event.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(siteLink(eventPath(slug, event.id), options.site, '../'))}"/>`,
    ...(published ? [`    <published>${published}</published>`] : []),
    `    <updated>${options.stamp}</updated>`,
    ...categories.map((c) => `    ${c}`),
    `    <summary type="text">${escapeXml(describeEvent(event, ctx))}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** A correction or update as an entry: its id names the event and the change's place among the event's changes. */
function changeEntry({ event, annotation, n }: Change, ctx: PageContext, options: ExportOptions): string {
  const { slug } = ctx.timeline;
  const label = ctx.t.kinds[annotation.kind];
  const day = inFourDigitYears(annotation.date) ? `${isoDay(firstDay(annotation.date))}T12:00:00Z` : undefined;
  const summary = `${ctx.format.date(annotation.date, ctx.timeline.timezone)}: ${markdownToText(annotation.text)}`;
  return [
    '  <entry>',
    `    <id>${feedId(slug, `${event.id}/${annotation.kind}/${n}`)}</id>`,
    `    <title type="text">${escapeXml(`${label}: ${event.title}`)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(siteLink(eventPath(slug, event.id), options.site, '../'))}"/>`,
    ...(day ? [`    <published>${day}</published>`] : []),
    `    <updated>${day ?? options.stamp}</updated>`,
    `    <category term="${annotation.kind}" label="${escapeXml(label)}"/>`,
    `    <summary type="text">${escapeXml(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The feed's text. Links are absolute with SITE, else relative to the feed (`../<slug>/#<id>`). */
export function writeAtom(ctx: PageContext, options: ExportOptions): string {
  const { timeline } = ctx;
  const { slug } = timeline;
  const subtitle = timeline.description ? markdownToText(timeline.description) : undefined;
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(timeline.locale)}">`,
    `  <id>${feedId(slug)}</id>`,
    `  <title type="text">${escapeXml(timeline.title)}</title>`,
    ...(subtitle ? [`  <subtitle type="text">${escapeXml(subtitle)}</subtitle>`] : []),
    `  <updated>${options.stamp}</updated>`,
    // Atom asks for an author; the format names none, so the timeline stands for itself.
    `  <author><name>${escapeXml(timeline.title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(siteLink(`${slug}/feed.xml`, options.site, '../'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(siteLink(`${slug}/`, options.site, '../'))}"/>`,
    '  <generator>timeline-publisher</generator>',
  ];
  const changes = listChanges(timeline).map((c) => changeEntry(c, ctx, options));
  const entries = [...changes, ...newestFirst(timeline.events).map((e) => entry(e, ctx, options))];
  return `${[...head, ...entries, '</feed>'].join('\n')}\n`;
}
