/**
 * The timeline as code reads it: checked data with spans joined, events in
 * time order, colours resolved and every date placed on the axis. Plain data
 * only (strings, numbers, arrays, objects), so it can cross to the browser.
 */
import { DARK_SURFACE, DEFAULT_ERA_COLORS, DEFAULT_GROUP_COLORS, LIGHT_SURFACE, readableOn, readableTextOn } from './colors.ts';
import { axisEnd, axisStart, compareDates, type CalendarDate, type DateSpan } from '../dates/dates.ts';
import type { ANNOTATION_KINDS, LINK_KINDS, EraData, EventData, TimelineData } from '../format/schema.ts';
import { defined } from './defined.ts';
import { buildStories, type Story } from './stories.ts';

/** Where something sits on the axis: floating ms in the timeline's zone, end exclusive; `null` while ongoing. */
export interface AxisRange {
  readonly start: number;
  readonly end: number | null;
}

export interface Group {
  readonly id: string;
  readonly title: string;
  readonly color: string;
  /** Black or white, whichever reads on `color`. */
  readonly textColor: string;
  /** `color` adjusted to stand out (3:1) on the light and on the dark background, for dots and lane bars. */
  readonly onLight: string;
  readonly onDark: string;
  readonly index: number;
}

export interface Source {
  readonly id: string;
  readonly title?: string;
  readonly publisher: string;
  readonly url?: string;
  readonly published?: CalendarDate;
  readonly accessed?: CalendarDate;
}

export interface Annotation {
  readonly kind: (typeof ANNOTATION_KINDS)[number];
  readonly text: string;
  readonly attribution?: string;
  readonly source?: string;
  /** Several sources (a dispute lists those that differ). */
  readonly sources?: readonly string[];
  /** The day a correction or update was made. */
  readonly date?: CalendarDate;
}

/** The sources an annotation cites: `source`, then `sources`, each once. */
export function annotationSources(a: Pick<Annotation, 'source' | 'sources'>): string[] {
  return [...new Set([...(a.source ? [a.source] : []), ...(a.sources ?? [])])];
}

export type Importance = 'high' | 'normal' | 'low';

export type LinkKind = (typeof LINK_KINDS)[number];

/** A link as the event that names it writes it (links.ts reads it from both ends). */
export interface Link {
  readonly to: string;
  readonly kind: LinkKind;
  readonly note?: string;
}

export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  /** What the timeline draws, when shorter than the title. */
  readonly label?: string;
  readonly when: DateSpan;
  /** The zone its times of day are read and shown in. */
  readonly zone: string;
  readonly group?: string;
  readonly tags: readonly string[];
  readonly place?: string;
  readonly importance: Importance;
  readonly summary?: string;
  readonly annotations: readonly Annotation[];
  readonly sources: readonly string[];
  readonly image?: { readonly src: string; readonly alt: string; readonly credit?: string; readonly license?: string };
  /** The links it names (links.ts reads them from both ends). */
  readonly links: readonly Link[];
  readonly axis: AxisRange;
}

export interface Era {
  readonly id: string;
  readonly title: string;
  readonly when: DateSpan;
  readonly color: string;
  readonly annotation?: string;
  readonly sources: readonly string[];
  readonly axis: AxisRange;
}

export interface Marker {
  readonly id?: string;
  readonly date: CalendarDate;
  readonly title: string;
  readonly sources: readonly string[];
  readonly axis: number;
}

export interface Timeline {
  /** The file name less `.yaml`: the page is `/<slug>/`. */
  readonly slug: string;
  readonly file: string;
  readonly title: string;
  readonly kicker?: string;
  readonly description?: string;
  readonly credit?: string;
  readonly locale: string;
  readonly timezone: string;
  readonly window?: AxisRange;
  readonly groups: readonly Group[];
  readonly sources: readonly Source[];
  readonly eras: readonly Era[];
  readonly markers: readonly Marker[];
  /** In time order. */
  readonly events: readonly TimelineEvent[];
  /** From the first event's start to the last one's end. */
  readonly span: DateSpan;
  /** Guided paths through the timeline, in the file's order (format 1.1). */
  readonly stories: readonly Story[];
}

/** `date:` or `start`/`end`, joined into one span (the checks have run: one of them is there). */
export function toSpan(item: Pick<EventData | EraData, 'date' | 'start' | 'end'>): DateSpan {
  if (item.date) return item.date;
  const start = item.start as CalendarDate;
  if (item.end === '..') return { start, ongoing: true };
  return item.end ? { start, end: item.end } : { start };
}

function toAxis(when: DateSpan, zone: string, axisZone: string): AxisRange {
  const start = axisStart(when.start, zone, axisZone);
  if (when.ongoing) return { start, end: null };
  return { start, end: axisEnd(when.end ?? when.start, zone, axisZone) };
}

export function buildTimeline(data: TimelineData, slug: string, file: string): Timeline {
  const zone = data.timezone;
  const groups = (data.groups ?? []).map((g, index) => {
    const color = g.color ?? DEFAULT_GROUP_COLORS[index % DEFAULT_GROUP_COLORS.length] ?? '#0072b2';
    return {
      id: g.id,
      title: g.title,
      color,
      textColor: readableTextOn(color),
      onLight: readableOn(color, LIGHT_SURFACE),
      onDark: readableOn(color, DARK_SURFACE),
      index,
    };
  });
  const events = data.events
    .map((e, order) => {
      const when = toSpan(e);
      const eventZone = e.timezone ?? zone;
      const event = defined<TimelineEvent>({
        id: e.id,
        title: e.title,
        label: e.label,
        when,
        zone: eventZone,
        group: e.group,
        tags: e.tags ?? [],
        place: e.place,
        importance: e.importance,
        summary: e.summary,
        annotations: (e.annotations ?? []).map((a) => defined<Annotation>(a)),
        sources: e.sources ?? [],
        image: e.image && defined<NonNullable<TimelineEvent['image']>>(e.image),
        links: (e.links ?? []).map((l) => defined<Link>(l)),
        axis: toAxis(when, eventZone, zone),
      });
      return { event, order };
    })
    // Time order; the file's order breaks ties, so the list never reshuffles.
    .sort((a, b) => a.event.axis.start - b.event.axis.start || compareEnds(a.event.axis, b.event.axis) || a.order - b.order)
    .map(({ event }) => event);
  const eras = (data.eras ?? []).map((e, i) => {
    const when = toSpan(e);
    return defined<Era>({
      id: e.id,
      title: e.title,
      when,
      color: e.color ?? DEFAULT_ERA_COLORS[i % DEFAULT_ERA_COLORS.length] ?? '#fde68a',
      annotation: e.annotation,
      sources: e.sources ?? [],
      axis: toAxis(when, zone, zone),
    });
  });
  const markers = (data.markers ?? []).map((m) =>
    defined<Marker>({ id: m.id, date: m.date, title: m.title, sources: m.sources ?? [], axis: axisStart(m.date, zone, zone) }),
  );
  return defined<Timeline>({
    slug,
    file,
    title: data.title,
    kicker: data.kicker,
    description: data.description,
    credit: data.credit,
    locale: data.locale,
    timezone: zone,
    window: data.window && { start: axisStart(data.window.start, zone, zone), end: axisEnd(data.window.end, zone, zone) },
    groups,
    sources: (data.sources ?? []).map((s) => defined<Source>(s)),
    eras,
    markers,
    events,
    span: overallSpan(events, zone),
    stories: buildStories(data.stories, new Map(events.map((e) => [e.id, e.title])), zone),
  });
}

function compareEnds(a: AxisRange, b: AxisRange): number {
  return (a.end ?? Infinity) - (b.end ?? Infinity);
}

function overallSpan(events: readonly TimelineEvent[], zone: string): DateSpan {
  const first = events[0];
  if (!first) throw new Error('A timeline has at least one event.');
  let last = first.when.end ?? first.when.start;
  let ongoing = false;
  for (const e of events) {
    if (e.when.ongoing) ongoing = true;
    const end = e.when.end ?? e.when.start;
    if (axisEnd(end, zone, zone) > axisEnd(last, zone, zone)) last = end;
  }
  if (ongoing) return { start: first.when.start, ongoing: true };
  return compareDates(last, first.when.start, zone) === 0 ? { start: first.when.start } : { start: first.when.start, end: last };
}

const tagLists = new WeakMap<Timeline, readonly string[]>();

/** Every tag of a timeline's events, once each, in its language's order; made once per timeline, as every page asks. */
export function timelineTags(timeline: Timeline): readonly string[] {
  let tags = tagLists.get(timeline);
  if (!tags) {
    tags = [...new Set(timeline.events.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b, timeline.locale));
    tagLists.set(timeline, tags);
  }
  return tags;
}
