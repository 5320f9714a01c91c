/**
 * The timeline as an iCalendar file (`/<slug>.ics`, RFC 5545) for calendar
 * apps to import or subscribe to.
 *
 * - Dates are all-day events: a day is that day; a month or a year is every
 *   day of it (2023-12 runs from 1 December to 31 December). DTEND is
 *   exclusive, so it is the day after the inclusive end.
 * - Times become UTC instants (`20231226T053000Z`). Every calendar app reads
 *   UTC right and shows it in the reader's zone; TZID would need a VTIMEZONE
 *   with the zone's rules written out, which we do not carry. The zone the
 *   author wrote stays in the description ("14:30 GMT+9").
 * - The description starts with the date as the page shows it ("c. November
 *   2023") when the calendar's days cannot say it all; not for exact days.
 * - A span still going on shows on its first day (a DATE start without an end
 *   lasts one day): calendars have no open end. Its description says "present".
 * - Events before 1 CE, or beyond four digits, are left out: iCalendar writes
 *   years as four digits from 0000, and no calendar app counts years before
 *   the common era.
 */
import { isTimed, toInstant, type DateSpan } from '../dates/dates.ts';
import { isoYear } from '../dates/iso.ts';
import { linkEnds } from '../model/links.ts';
import type { LinkKind, Timeline, TimelineEvent } from '../model/model.ts';
import type { PageContext } from '../render/page-context.ts';
import { addDays, firstDay, inFourDigitYears, lastDay, startOfDayIn, type Day } from './bounds.ts';
import { describeEvent, eventPath, siteLink, type ExportOptions } from './event-text.ts';
import { markdownToText } from '../render/markdown.ts';
import { escapeText, joinLines } from './ics-text.ts';

export const PRODID = '-//Timeline publisher//timeline-publisher 1//EN';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `20231226`. */
function icsDay(d: Day): string {
  return `${isoYear(d.year)}${pad(d.month)}${pad(d.day)}`;
}

/** `20231226T053000Z`, from milliseconds since the epoch, in UTC fields only. */
export function icsUtc(ms: number): string {
  const d = new Date(ms);
  return `${isoYear(d.getUTCFullYear())}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** DTSTART and DTEND of a span. Both must be of one type: a span mixing a date and a time is timed throughout. */
export function icsTiming(when: DateSpan, zone: string): string[] {
  const { start, end, ongoing } = when;
  const last = end ?? start;
  if (!isTimed(start) && (ongoing || !isTimed(last))) {
    const dtstart = `DTSTART;VALUE=DATE:${icsDay(firstDay(start))}`;
    return ongoing ? [dtstart] : [dtstart, `DTEND;VALUE=DATE:${icsDay(addDays(lastDay(last), 1))}`];
  }
  const from = isTimed(start) ? toInstant(start, zone) : startOfDayIn(firstDay(start), zone);
  const dtstart = `DTSTART:${icsUtc(from)}`;
  // A single time is a moment: a DATE-TIME start without an end lasts no time at all.
  if (ongoing || !end) return [dtstart];
  const to = isTimed(end) ? toInstant(end, zone) : startOfDayIn(addDays(lastDay(end), 1), zone);
  return [dtstart, `DTEND:${icsUtc(to)}`];
}

/**
 * Whether the description should say the date as the page does: when the
 * calendar's own days cannot (a month, a year, a time and its zone, a
 * qualifier, a span still going on). An exact day or span of days it shows as is.
 */
export function needsDateLine(when: DateSpan): boolean {
  const dates = [when.start, ...(when.end ? [when.end] : [])];
  return Boolean(when.ongoing) || dates.some((d) => d.precision !== 'day' || d.approximate || d.uncertain);
}

/** True for events a calendar can hold: those from 1 CE to the year 9999. */
export function isCalendarEvent(event: TimelineEvent): boolean {
  return inFourDigitYears(event.when.start) && inFourDigitYears(event.when.end ?? event.when.start);
}

function eventLines(event: TimelineEvent, ctx: PageContext, options: ExportOptions, dtstamp: string): string[] {
  const { timeline } = ctx;
  const group = event.group ? ctx.groups.get(event.group)?.title : undefined;
  const categories = [...(group ? [group] : []), ...event.tags];
  // The place is in LOCATION already.
  const description = describeEvent(event, ctx, { date: needsDateLine(event.when), place: false });
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${timeline.slug}`)}`,
    `DTSTAMP:${dtstamp}`,
    ...icsTiming(event.when, event.zone),
    `SUMMARY:${escapeText(event.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(event.place ? [`LOCATION:${escapeText(event.place)}`] : []),
    ...(categories.length > 0 ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
    ...(options.site ? [`URL:${siteLink(eventPath(timeline.slug, event.id), options.site)}`] : []),
    ...relatedTo(event, ctx),
    // Past events do not make anyone busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * RELATED-TO for the links a calendar has a word for: `part-of` is RFC 5545's
 * PARENT (and CHILD on the other end), `responds-to` RFC 9253's DEPENDS-ON.
 * `led-to` and `see-also` have none (RFC 9253's FINISHTOSTART and the like
 * schedule tasks, SIBLING means a shared parent): left out, as are links to
 * events the calendar leaves out. See docs/exports.md.
 */
function relatedTo(event: TimelineEvent, ctx: PageContext): string[] {
  const { timeline } = ctx;
  const calendar = calendarIds(timeline);
  const lines: string[] = [];
  for (const end of linkEnds(timeline).get(event.id) ?? []) {
    const type = RELTYPES[end.kind]?.[end.direction];
    if (type && calendar.has(end.other)) lines.push(`RELATED-TO;RELTYPE=${type}:${escapeText(`${end.other}@${timeline.slug}`)}`);
  }
  return lines;
}

/** The RELTYPE of a link from each end, where iCalendar has one. */
const RELTYPES: Partial<Record<LinkKind, { out: string; in?: string }>> = {
  'part-of': { out: 'PARENT', in: 'CHILD' },
  'responds-to': { out: 'DEPENDS-ON' },
};

const calendarIdsOf = new WeakMap<Timeline, ReadonlySet<string>>();

/** Ids of the events the calendar holds: those it can date. */
function calendarIds(timeline: Timeline): ReadonlySet<string> {
  let ids = calendarIdsOf.get(timeline);
  if (!ids) {
    ids = new Set(timeline.events.filter(isCalendarEvent).map((e) => e.id));
    calendarIdsOf.set(timeline, ids);
  }
  return ids;
}

/** The calendar's text, CRLF line endings, in one pass over the events. */
export function writeIcs(ctx: PageContext, options: ExportOptions): string {
  const { timeline } = ctx;
  const dtstamp = icsUtc(Date.parse(options.stamp));
  const description = timeline.description ? markdownToText(timeline.description) : undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    // NAME and DESCRIPTION are RFC 7986; the X-WR- pair is what Apple, Google and Outlook read.
    `NAME:${escapeText(timeline.title)}`,
    `X-WR-CALNAME:${escapeText(timeline.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`, `X-WR-CALDESC:${escapeText(description)}`] : []),
    ...(options.site ? [`URL:${siteLink(`${timeline.slug}/`, options.site)}`] : []),
  ];
  for (const event of timeline.events) {
    // Before 1 CE: left out (see the top of this file); the JSON and CSV carry them.
    if (isCalendarEvent(event)) lines.push(...eventLines(event, ctx, options, dtstamp));
  }
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}
