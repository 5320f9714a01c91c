/**
 * Timeline model → what vis-timeline draws, as plain JSON: items, groups,
 * markers, and for a large timeline the summaries of its periods (the items
 * of most periods are fetched when the reader's window reaches them). Text
 * fields stay text: the page renders items with its own template
 * (vis-timeline's default would parse `content` as HTML).
 */
import type { DateFormatter } from '../dates/format-date.ts';
import type { Importance, LinkKind, Timeline, TimelineEvent } from '../model/model.ts';
import type { Period, PeriodSummary } from '../model/periods.ts';
import { linkCount } from '../model/links.ts';
import { stableSample } from '../model/stable-sample.ts';
import { planTimeline } from '../model/timeline-plan.ts';
import { isFuzzy, isImprecise } from '../model/uncertainty.ts';
import { axisScaleOf, extentOf, toDrawn, type AxisScale } from './axis-scale.ts';
import { PairCache } from './pair-cache.ts';

export interface VisItem {
  readonly id: string;
  /** What is drawn (the event's label, else its title): plain text, never parsed as HTML (see the page's item template). */
  readonly content: string;
  /** The event's title, when its label is shorter: read to screen readers and announced. */
  readonly title?: string;
  /** The date as readers see it, for the item's accessible name. */
  readonly dateText?: string;
  readonly start: number;
  /** `null` for a span still going on: the page ends it at the reader's "now". */
  readonly end?: number | null;
  readonly type: 'point' | 'range' | 'background';
  readonly group?: string;
  readonly className: string;
  /** Events only; absent means normal. */
  readonly importance?: Importance;
  /** Its links as it names them, for the connectors drawn to the other events. */
  readonly links?: ReadonlyArray<{ readonly to: string; readonly kind: LinkKind }>;
  /** How many links it has both ways, named by it or naming it: the announcement says. */
  readonly linked?: number;
}

export interface VisGroup {
  readonly id: string;
  readonly content: string;
  readonly className: string;
  readonly order: number;
}

export interface VisMarker {
  readonly id: string;
  readonly time: number;
  readonly title: string;
}

export interface VisData {
  /** Background bands. */
  readonly eras: readonly VisItem[];
  readonly groups: readonly VisGroup[];
  readonly markers: readonly VisMarker[];
  /** The opening view, or undefined to fit every event. */
  readonly window?: { readonly start: number; readonly end: number };
  /** From the first thing drawn to the last (an ongoing span counts to its start). */
  readonly extent: { readonly min: number; readonly max: number };
  /** How far the reader may zoom and pan: the extent with a margin. */
  readonly bounds: { readonly min: number; readonly max: number };
  readonly periods: readonly PeriodSummary[];
  /** The items of the periods this page carries, by period key. */
  readonly chunks: Readonly<Record<string, readonly VisItem[]>>;
  /** The high-importance events (an even sample past HIGHLIGHTS), for the zoomed-out view of a large timeline. */
  readonly highlights: readonly VisItem[];
  readonly highlightsComplete: boolean;
  /** Where a large timeline's other periods and id index are, relative to the page. */
  readonly remote?: { readonly base: string; readonly idShards: number };
  /** Deep time: how the axis is scaled (axis-scale.ts); every time above is where it is drawn. */
  readonly scale?: AxisScale;
  /** True when any event links to another: only then does the page draw connectors. */
  readonly hasLinks?: boolean;
}

/** Most highlights a page carries. */
export const HIGHLIGHTS = 1000;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Era and marker ids get a prefix with a character event ids cannot have. */
export const ERA_PREFIX = 'era:';
export const MARKER_PREFIX = 'marker:';

/**
 * A single day is drawn at its midday, so it sits inside its day on the axis,
 * not on the line between two days; a single month or year is drawn as the
 * range it covers, so it never looks more precise than written.
 */
function placeEvent(e: TimelineEvent): Pick<VisItem, 'start' | 'end' | 'type'> {
  const { start, end } = e.axis;
  if (e.when.end || e.when.ongoing || isImprecise(e)) return { start, end, type: 'range' };
  if (e.when.start.precision === 'day') return { start: start + DAY / 2, type: 'point' };
  return { start, type: 'point' };
}

function eventClasses(e: TimelineEvent, groupIndex: number | undefined): string {
  return [
    'tl-item',
    groupIndex === undefined ? 'tl-g-none' : `tl-g-${groupIndex}`,
    `tl-importance-${e.importance}`,
    isImprecise(e) ? 'tl-imprecise' : '',
    isFuzzy(e) ? 'tl-uncertain' : '',
    e.when.ongoing ? 'tl-ongoing' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One event as an item: `groupIndex` maps group ids to their lane's colour class. */
export function eventItem(
  e: TimelineEvent,
  groupIndex: ReadonlyMap<string, number>,
  formatter: DateFormatter,
  scale?: AxisScale,
  linked = e.links.length,
): VisItem {
  const { start, end, type } = placeEvent(e);
  return {
    id: e.id,
    content: e.label ?? e.title,
    ...(e.label !== undefined && e.label !== e.title && { title: e.title }),
    dateText: formatter.span(e.when, e.zone),
    start: toDrawn(start, scale),
    ...(end !== undefined && { end: end === null ? null : toDrawn(end, scale) }),
    type,
    ...(e.group !== undefined && { group: e.group }),
    className: eventClasses(e, e.group === undefined ? undefined : groupIndex.get(e.group)),
    ...(e.importance !== 'normal' && { importance: e.importance }),
    ...(e.links.length > 0 && { links: e.links.map((l) => ({ to: l.to, kind: l.kind })) }),
    ...(linked > 0 && { linked }),
  };
}

function groupIndexOf(timeline: Timeline): Map<string, number> {
  return new Map(timeline.groups.map((g) => [g.id, g.index]));
}

const itemsByPeriod = new PairCache<Period, VisItem[]>();

/** The items of one period: a large timeline's data file, and what its page carries (made once for both). */
export function periodItems(timeline: Timeline, period: Period, formatter: DateFormatter): VisItem[] {
  return itemsByPeriod.get(period, formatter, () => {
    const groupIndex = groupIndexOf(timeline);
    const scale = axisScaleOf(timeline);
    return timeline.events.slice(period.first, period.last).map((e) => eventItem(e, groupIndex, formatter, scale, linkCount(timeline, e.id)));
  });
}

export interface ToVisOptions {
  /** Keys of the periods whose items the page carries; a small timeline carries its one. */
  readonly embed?: readonly string[];
  /** The timeline's folder relative to the page, for fetching other periods: `./` on its main page. */
  readonly base?: string;
  /** The opening view, instead of the author's: a period's page opens on its period. */
  readonly window?: { readonly start: number; readonly end: number };
}

/**
 * @example toVis(timeline, createDateFormatter(timeline.locale)).chunks.all[0] // { id: 'new-year-address-2013', type: 'point', ... }
 */
export function toVis(timeline: Timeline, formatter: DateFormatter, options: ToVisOptions = {}): VisData {
  const plan = planTimeline(timeline);
  const embed = plan.large ? (options.embed ?? []) : plan.periods.map((p) => p.key);
  const chunks = Object.fromEntries(plan.periods.filter((p) => embed.includes(p.key)).map((p) => [p.key, periodItems(timeline, p, formatter)]));
  return {
    ...sharedData(timeline, formatter),
    ...(options.window && { window: options.window }),
    chunks,
    ...(plan.large && { remote: { base: options.base ?? './', idShards: plan.idShards } }),
  };
}

const sharedJson = new PairCache<Timeline, string>();

/** JSON for a script element: `<` escaped so no text in the data can close it. */
const scriptSafe = (json: string): string => json.replace(/</g, '\\u003c');

/** What a large timeline's pages fetch (`overview.json`) rather than carry: the same for all of them. */
export type VisOverview = Pick<VisData, 'periods' | 'highlights' | 'highlightsComplete'>;

/** What a page carries: a large timeline's leaves out its overview, which it fetches. */
export type PageVisData = Omit<VisData, keyof VisOverview> & Partial<VisOverview>;

export function visOverview(timeline: Timeline, formatter: DateFormatter): VisOverview {
  const { periods, highlights, highlightsComplete } = sharedData(timeline, formatter);
  return { periods, highlights, highlightsComplete };
}

/**
 * `toVis` as the JSON a page carries in its script element, less a large
 * timeline's overview. What every page of a timeline carries is serialised
 * once per timeline. (The overview was a third of each of a large timeline's
 * hundreds of pages: it now downloads once, for all of them.)
 */
export function toVisJson(timeline: Timeline, formatter: DateFormatter, options: ToVisOptions = {}): string {
  const data = toVis(timeline, formatter, options);
  const head = sharedJson.get(timeline, formatter, () => {
    // The window is the page's own (a period page opens on its period).
    const { eras, groups, markers, extent, bounds, periods, highlights, highlightsComplete, scale, hasLinks } = sharedData(timeline, formatter);
    const carried = {
      eras,
      groups,
      markers,
      extent,
      bounds,
      ...(scale && { scale }),
      ...(hasLinks && { hasLinks }),
      ...(!planTimeline(timeline).large && { periods, highlights, highlightsComplete }),
    };
    // Without its closing brace: the page's own fields follow.
    return scriptSafe(JSON.stringify(carried)).slice(0, -1);
  });
  const own = { ...(data.window && { window: data.window }), chunks: data.chunks, ...(data.remote && { remote: data.remote }) };
  return `${head},${scriptSafe(JSON.stringify(own)).slice(1)}`;
}

type SharedData = Omit<VisData, 'chunks' | 'remote'>;
const shared = new PairCache<Timeline, SharedData>();

/** What every page of a timeline carries: made once, as a large timeline has hundreds of pages. */
function sharedData(timeline: Timeline, formatter: DateFormatter): SharedData {
  return shared.get(timeline, formatter, () => makeSharedData(timeline, formatter));
}

function makeSharedData(timeline: Timeline, formatter: DateFormatter): SharedData {
  const plan = planTimeline(timeline);
  const groupIndex = groupIndexOf(timeline);
  const scale = axisScaleOf(timeline);
  const drawn = (ms: number): number => toDrawn(ms, scale);
  const high = plan.large ? timeline.events.filter((e) => e.importance === 'high') : [];
  // A stable sample keeps the same events at every build and as the reader pans.
  const sampled = stableSample(high, HIGHLIGHTS);
  const eras: VisItem[] = timeline.eras.map((era, i) => ({
    id: `${ERA_PREFIX}${era.id}`,
    content: era.title,
    dateText: formatter.span(era.when, timeline.timezone),
    start: drawn(era.axis.start),
    end: era.axis.end === null ? null : drawn(era.axis.end),
    type: 'background',
    // Overlapping eras put their labels on different rows.
    className: `tl-era tl-era-${i} tl-era-row-${i % 3}`,
  }));
  return {
    eras,
    groups: timeline.groups.map((g) => ({ id: g.id, content: g.title, className: `tl-g-${g.index}`, order: g.index })),
    markers: timeline.markers.map((m, i) => ({ id: `${MARKER_PREFIX}${m.id ?? i}`, time: drawn(m.axis), title: m.title })),
    ...(timeline.window && { window: { start: drawn(timeline.window.start), end: drawn(timeline.window.end ?? timeline.window.start) } }),
    ...extentAndBounds(timeline, drawn),
    // An ongoing span reaches Number.MAX_SAFE_INTEGER, wherever the present is drawn.
    periods: scale
      ? plan.summaries.map((p) => ({ ...p, start: drawn(p.start), end: drawn(p.end), reach: p.reach === Number.MAX_SAFE_INTEGER ? p.reach : drawn(p.reach) }))
      : plan.summaries,
    highlights: sampled.map((e) => eventItem(e, groupIndex, formatter, scale, linkCount(timeline, e.id))),
    highlightsComplete: sampled.length === high.length,
    ...(scale && { scale }),
    ...(timeline.events.some((e) => e.links.length > 0) && { hasLinks: true }),
  };
}

/** Everything drawn, and that with a tenth of its length (at least a month) either side. */
function extentAndBounds(timeline: Timeline, drawn: (ms: number) => number): Pick<VisData, 'extent' | 'bounds'> {
  const real = extentOf(timeline);
  const [min, max] = [drawn(real.min), drawn(real.max)];
  const margin = Math.max((max - min) / 10, 31 * DAY);
  return { extent: { min, max }, bounds: { min: min - margin, max: max + margin } };
}
