/**
 * A timeline as TimelineJS3 reads it (Knight Lab's JSON format,
 * https://timeline.knightlab.com/docs/json-format.html): a title slide,
 * event slides and eras. Text there is HTML, so titles are escaped and
 * Markdown is rendered with the site's own safe renderer.
 *
 * What TimelineJS cannot say travels as its `display_date`: approximate and
 * uncertain dates (`c. 2023`) and spans still going on. Times of day are
 * given as wall-clock fields in the timeline's zone (TimelineJS has none).
 */
import { axisStart, type CalendarDate, type DateSpan } from '../dates/dates.ts';
import { createDateFormatter } from '../dates/format-date.ts';
import { renderMarkdown } from '../render/markdown.ts';
import type { Timeline, TimelineEvent } from '../model/model.ts';
import { escapeHtml } from '../render/sanitize.ts';

/** TimelineJS's date object: the calendar fields, as numbers (month 1–12). */
export type TLDate = Pick<CalendarDate, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'> & { readonly display_date?: string };

export interface TLText {
  readonly headline?: string;
  readonly text?: string;
}

export interface TLMedia {
  readonly url: string;
  readonly caption?: string;
  readonly credit?: string;
  readonly alt?: string;
  readonly thumbnail?: string;
}

export interface TLSlide {
  readonly unique_id?: string;
  readonly start_date?: TLDate;
  readonly end_date?: TLDate;
  readonly text?: TLText;
  readonly media?: TLMedia;
  readonly group?: string;
  readonly display_date?: string;
  readonly background?: { readonly url?: string; readonly color?: string; readonly alt?: string };
  readonly autolink?: boolean;
}

export interface TLEra {
  readonly start_date: TLDate;
  readonly end_date: TLDate;
  readonly text?: TLText;
}

export interface TimelineJSData {
  readonly title?: TLSlide;
  readonly events: readonly TLSlide[];
  readonly eras?: readonly TLEra[];
  readonly scale?: 'human' | 'cosmological';
}

export interface TimelineJSOptions {
  /** The site's address, to make image paths absolute (TimelineJS may be hosted elsewhere). */
  readonly site?: URL | string | undefined;
}

/** The fields as written; a time of day as the wall clock shows it in the timeline's zone. */
function toTLDate(date: CalendarDate, zone: string, axisZone: string): TLDate {
  if (date.hour === undefined) {
    return { year: date.year, ...(date.month !== undefined && { month: date.month }), ...(date.day !== undefined && { day: date.day }) };
  }
  const wall = new Date(axisStart(date, zone, axisZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    ...(date.second !== undefined && { second: wall.getUTCSeconds() }),
  };
}

const isPlain = (d: CalendarDate): boolean => !d.approximate && !d.uncertain;

function needsDisplayDate(when: DateSpan): boolean {
  return when.ongoing === true || !isPlain(when.start) || (when.end !== undefined && !isPlain(when.end));
}

function eventText(event: TimelineEvent, timeline: Timeline): string {
  const notes = event.annotations.map((a) => {
    const body = renderMarkdown(a.text);
    const by = a.attribution ? `<p>— ${escapeHtml(a.attribution)}</p>` : '';
    if (a.kind === 'quote') return `<blockquote>${body}${by}</blockquote>`;
    // Sources that differ and changes to the timeline say so: a reader must not take them for narration.
    const label = { dispute: 'Sources differ', correction: 'Correction', update: 'Update' }[a.kind as string];
    return label ? `<p><strong>${label}${a.date ? ` (${a.date.text})` : ''}:</strong></p>${body}` : body;
  });
  const cited = event.sources.flatMap((id) => timeline.sources.filter((s) => s.id === id));
  const links = cited.map((s) => {
    const label = escapeHtml([s.publisher, s.title].filter(Boolean).join(': '));
    return s.url ? `<a href="${escapeHtml(s.url)}">${label}</a>` : label;
  });
  const sources = links.length > 0 ? `<p>Sources: ${links.join('; ')}</p>` : '';
  return [event.summary ? renderMarkdown(event.summary) : '', ...notes, sources].join('').trim();
}

/** Years TimelineJS draws with JavaScript dates (its human scale); beyond, it counts years alone (cosmological). */
const HUMAN_YEARS = { min: -271_820, max: 275_759 };

function isHumanScale(timeline: Timeline): boolean {
  const dates = [...timeline.events, ...timeline.eras].flatMap(({ when }) => [when.start, ...(when.end ? [when.end] : [])]);
  return dates.every((d) => d.year >= HUMAN_YEARS.min && d.year <= HUMAN_YEARS.max);
}

/** @example toTimelineJS(timeline).events[0]?.unique_id // 'new-year-address-2013-01-01' */
export function toTimelineJS(timeline: Timeline, options: TimelineJSOptions = {}): TimelineJSData {
  const axisZone = timeline.timezone;
  const format = createDateFormatter(timeline.locale);
  const groupTitles = new Map(timeline.groups.map((g) => [g.id, g.title]));
  const span = (when: DateSpan, zone: string): Pick<TLSlide, 'start_date' | 'end_date' | 'display_date'> => ({
    start_date: toTLDate(when.start, zone, axisZone),
    ...(when.end && { end_date: toTLDate(when.end, zone, axisZone) }),
    ...(needsDisplayDate(when) && { display_date: format.span(when, zone) }),
  });

  const events = timeline.events.map((event): TLSlide => {
    const group = event.group === undefined ? undefined : groupTitles.get(event.group);
    const image = event.image;
    return {
      unique_id: event.id,
      ...span(event.when, event.zone),
      text: { headline: escapeHtml(event.title), text: eventText(event, timeline) },
      ...(group !== undefined && { group: escapeHtml(group) }),
      ...(image && {
        media: {
          url: options.site ? new URL(image.src, options.site).href : image.src,
          alt: image.alt,
          ...((image.credit ?? image.license) && { credit: escapeHtml([image.credit, image.license].filter(Boolean).join(' · ')) }),
        },
      }),
      // Our text is already safe HTML with its links: TimelineJS need not add any.
      autolink: false,
    };
  });

  // TimelineJS needs an end: an era still going on runs to the latest date of the timeline.
  const ends = [...timeline.events, ...timeline.eras].map((item) => ({ at: item.axis.end ?? item.axis.start, date: item.when.end ?? item.when.start }));
  const lastEnd = ends.reduce((a, b) => (b.at > a.at ? b : a), { at: -Infinity, date: timeline.span.start }).date;
  const eras = timeline.eras.map((era): TLEra => ({
    start_date: toTLDate(era.when.start, axisZone, axisZone),
    end_date: toTLDate(era.when.end ?? (era.when.ongoing ? lastEnd : era.when.start), axisZone, axisZone),
    text: { headline: escapeHtml(era.title) },
  }));

  // A file with one story is presented as that story: its title slide, then its steps in its order.
  const story = timeline.stories.length === 1 ? timeline.stories[0] : undefined;
  if (story) {
    const slides = new Map(events.map((slide) => [slide.unique_id, slide]));
    const used = new Set<string>();
    const steps = story.steps.flatMap((step): TLSlide[] => {
      const text = renderMarkdown(step.text).trim();
      const slide = step.event === undefined ? undefined : slides.get(step.event);
      if (slide && step.event !== undefined) {
        // An event shown twice is two slides: TimelineJS needs each id once.
        const id = used.has(step.event) ? `step-${step.n}` : step.event;
        used.add(id);
        return [{ ...slide, unique_id: id, text: { headline: escapeHtml(step.title), text: `${text}${slide.text?.text ?? ''}` } }];
      }
      if (!step.window) return [];
      return [{ unique_id: `step-${step.n}`, ...span(step.window.when, axisZone), text: { headline: escapeHtml(step.title), text }, autolink: false }];
    });
    return {
      title: { text: { headline: escapeHtml(story.title), ...(story.summary && { text: renderMarkdown(story.summary).trim() }) } },
      events: steps,
      ...(eras.length > 0 && { eras }),
      scale: isHumanScale(timeline) ? 'human' : 'cosmological',
    };
  }

  return {
    title: { text: { headline: escapeHtml(timeline.title), ...(timeline.description && { text: renderMarkdown(timeline.description).trim() }) } },
    events,
    ...(eras.length > 0 && { eras }),
    scale: isHumanScale(timeline) ? 'human' : 'cosmological',
  };
}
