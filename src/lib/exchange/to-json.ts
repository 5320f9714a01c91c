/**
 * The timeline as normalised JSON (`/<slug>.json`): every event, each date
 * both as written and as ISO bounds, lanes and sources listed once and cited
 * by id. The `format` field names the shape; a change that breaks readers
 * gets a new number.
 */
import { isTimed, type CalendarDate, type DateSpan } from '../dates/dates.ts';
import { defined } from '../model/defined.ts';
import type { Source, Timeline, TimelineEvent } from '../model/model.ts';
import { isoBounds, writtenSpan } from './bounds.ts';
import { eventPath, siteLink, type ExportOptions } from './event-text.ts';

export const JSON_FORMAT = 'timeline-publisher/1';

export interface DateJson {
  /** EDTF, as the author wrote it: `2023-12-26/2023-12-30`, `2023-11~`, `2019-12-28/..`. */
  readonly written: string;
  /** ISO 8601: the first day, or the time with its offset. */
  readonly start: string;
  /** ISO 8601: the last day (inclusive), or the time with its offset; null while still going on. */
  readonly end: string | null;
  /** The IANA zone of a time of day; absent for dates. */
  readonly timezone?: string;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

export interface EventJson {
  readonly id: string;
  readonly title: string;
  readonly date: DateJson;
  /** A group's id, from `groups`. */
  readonly group?: string;
  readonly tags: readonly string[];
  readonly place?: string;
  readonly importance: 'high' | 'normal' | 'low';
  /** Markdown. */
  readonly summary?: string;
  /** `sources` lists several (a dispute's); `date` is the day a correction or update was made, as written. */
  readonly annotations: ReadonlyArray<{ kind: string; text: string; attribution?: string; source?: string; sources?: readonly string[]; date?: string }>;
  /** Ids from `sources`. */
  readonly sources: readonly string[];
  readonly image?: { src: string; alt: string; credit?: string; license?: string };
  /** Its links to other events of the file, as written (the other end's reverse wording is the page's). */
  readonly links?: ReadonlyArray<{ to: string; kind: string; note?: string }>;
  /** The event's deep link. */
  readonly link: string;
}

export interface TimelineJson {
  readonly format: typeof JSON_FORMAT;
  readonly slug: string;
  readonly title: string;
  /** Markdown. */
  readonly description?: string;
  readonly locale: string;
  readonly timezone: string;
  readonly link: string;
  readonly date: DateJson;
  readonly groups: ReadonlyArray<{ id: string; title: string; color: string }>;
  readonly sources: ReadonlyArray<{ id: string; title?: string; publisher: string; url?: string; published?: string; accessed?: string }>;
  readonly eras: ReadonlyArray<{ id: string; title: string; date: DateJson; color: string; annotation?: string; sources: readonly string[] }>;
  readonly markers: ReadonlyArray<{ id?: string; title: string; date: DateJson; sources: readonly string[] }>;
  /** In time order. */
  readonly events: readonly EventJson[];
  /** Guided paths through the events, in the file's order; absent when the file has none. */
  readonly stories?: readonly StoryJson[];
}

export interface StoryJson {
  readonly id: string;
  readonly title: string;
  /** Markdown. */
  readonly summary?: string;
  /** The story's page. */
  readonly link: string;
  /** In reading order: each shows an event (its id) or a window of time. */
  readonly steps: ReadonlyArray<{ event?: string; window?: DateJson; title: string; text: string }>;
}

export function toDateJson(span: DateSpan, zone: string): DateJson {
  const dates = [span.start, ...(span.end ? [span.end] : [])];
  const { start, end } = isoBounds(span, zone);
  return defined<DateJson>({
    written: writtenSpan(span),
    start,
    end,
    timezone: dates.some(isTimed) ? zone : undefined,
    approximate: dates.some((d) => d.approximate),
    uncertain: dates.some((d) => d.uncertain),
  });
}

const single = (date: CalendarDate): DateSpan => ({ start: date });

function toSourceJson(s: Source): TimelineJson['sources'][number] {
  return defined<TimelineJson['sources'][number]>({
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    published: s.published?.text,
    accessed: s.accessed?.text,
  });
}

export function toEventJson(e: TimelineEvent, slug: string, options: Pick<ExportOptions, 'site'>): EventJson {
  return defined<EventJson>({
    id: e.id,
    title: e.title,
    date: toDateJson(e.when, e.zone),
    group: e.group,
    tags: e.tags,
    place: e.place,
    importance: e.importance,
    summary: e.summary,
    annotations: e.annotations.map((a) =>
      defined<EventJson['annotations'][number]>({
        kind: a.kind,
        text: a.text,
        attribution: a.attribution,
        source: a.source,
        sources: a.sources,
        date: a.date?.text,
      }),
    ),
    sources: e.sources,
    image: e.image && defined<NonNullable<EventJson['image']>>({ src: e.image.src, alt: e.image.alt, credit: e.image.credit, license: e.image.license }),
    links: e.links.length > 0 ? e.links.map((l) => defined<NonNullable<EventJson['links']>[number]>({ to: l.to, kind: l.kind, note: l.note })) : undefined,
    link: siteLink(eventPath(slug, e.id), options.site),
  });
}

/** The whole timeline, in one pass over its events. */
export function toTimelineJson(timeline: Timeline, options: Pick<ExportOptions, 'site'>): TimelineJson {
  const zone = timeline.timezone;
  return defined<TimelineJson>({
    format: JSON_FORMAT,
    slug: timeline.slug,
    title: timeline.title,
    description: timeline.description,
    locale: timeline.locale,
    timezone: zone,
    link: siteLink(`${timeline.slug}/`, options.site),
    date: toDateJson(timeline.span, zone),
    groups: timeline.groups.map((g) => ({ id: g.id, title: g.title, color: g.color })),
    sources: timeline.sources.map(toSourceJson),
    eras: timeline.eras.map((e) =>
      defined<TimelineJson['eras'][number]>({
        id: e.id,
        title: e.title,
        date: toDateJson(e.when, zone),
        color: e.color,
        annotation: e.annotation,
        sources: e.sources,
      }),
    ),
    markers: timeline.markers.map((m) =>
      defined<TimelineJson['markers'][number]>({ id: m.id, title: m.title, date: toDateJson(single(m.date), zone), sources: m.sources }),
    ),
    events: timeline.events.map((e) => toEventJson(e, timeline.slug, options)),
    stories:
      timeline.stories.length === 0
        ? undefined
        : timeline.stories.map((s) =>
            defined<StoryJson>({
              id: s.id,
              title: s.title,
              summary: s.summary,
              link: siteLink(`${timeline.slug}/story/${s.id}/`, options.site),
              steps: s.steps.map((step) =>
                defined<StoryJson['steps'][number]>({
                  event: step.event,
                  window: step.window && toDateJson(step.window.when, zone),
                  title: step.title,
                  text: step.text,
                }),
              ),
            }),
          ),
  });
}

/** The file's text: compact, one line, ending in a newline. */
export function writeTimelineJson(timeline: Timeline, options: Pick<ExportOptions, 'site'>): string {
  return `${JSON.stringify(toTimelineJson(timeline, options))}\n`;
}
