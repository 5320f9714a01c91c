/**
 * Timeline model → what vis-timeline draws, as plain JSON: items, groups,
 * markers and options. Text fields stay text: the page renders items with its
 * own template (vis-timeline's default would parse `content` as HTML).
 */
import type { DateFormatter } from './format-date.ts';
import type { Timeline, TimelineEvent } from './model.ts';

export interface VisItem {
  readonly id: string;
  /** Plain text; never parsed as HTML (see the page's item template). */
  readonly content: string;
  /** The date as readers see it, for the item's accessible name. */
  readonly dateText?: string;
  readonly start: number;
  /** `null` for a span still going on: the page ends it at the reader's "now". */
  readonly end?: number | null;
  readonly type: 'point' | 'range' | 'background';
  readonly group?: string;
  readonly className: string;
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
  readonly items: readonly VisItem[];
  readonly groups: readonly VisGroup[];
  readonly markers: readonly VisMarker[];
  /** The opening view, or undefined to fit every event. */
  readonly window?: { readonly start: number; readonly end: number };
  /** From the first thing drawn to the last (an ongoing span counts to its start). */
  readonly extent: { readonly min: number; readonly max: number };
  /** How far the reader may zoom and pan: the extent with a margin. */
  readonly bounds: { readonly min: number; readonly max: number };
}

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
  if (e.when.end || e.when.ongoing) return { start, end, type: 'range' };
  const precision = e.when.start.precision;
  if (precision === 'day') return { start: start + DAY / 2, type: 'point' };
  if (precision === 'month' || precision === 'year') return { start, end, type: 'range' };
  return { start, type: 'point' };
}

function eventClasses(e: TimelineEvent, groupIndex: number | undefined): string {
  const { start } = e.when;
  const imprecise = e.when.end === undefined && !e.when.ongoing && (start.precision === 'month' || start.precision === 'year');
  const fuzzy = start.approximate || start.uncertain || e.when.end?.approximate || e.when.end?.uncertain;
  return [
    'tl-item',
    groupIndex === undefined ? 'tl-g-none' : `tl-g-${groupIndex}`,
    `tl-importance-${e.importance}`,
    imprecise ? 'tl-imprecise' : '',
    fuzzy ? 'tl-uncertain' : '',
    e.when.ongoing ? 'tl-ongoing' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * @example toVis(timeline, createDateFormatter(timeline.locale)).items[0] // { id: 'new-year-address-2013', type: 'point', ... }
 */
export function toVis(timeline: Timeline, formatter: DateFormatter): VisData {
  const groupIndex = new Map(timeline.groups.map((g) => [g.id, g.index]));
  const events: VisItem[] = timeline.events.map((e) => ({
    id: e.id,
    content: e.title,
    dateText: formatter.span(e.when, e.zone),
    ...placeEvent(e),
    ...(e.group !== undefined && { group: e.group }),
    className: eventClasses(e, e.group === undefined ? undefined : groupIndex.get(e.group)),
  }));
  const eras: VisItem[] = timeline.eras.map((era, i) => ({
    id: `${ERA_PREFIX}${era.id}`,
    content: era.title,
    dateText: formatter.span(era.when, timeline.timezone),
    start: era.axis.start,
    end: era.axis.end,
    type: 'background',
    // Overlapping eras put their labels on different rows.
    className: `tl-era tl-era-${i} tl-era-row-${i % 3}`,
  }));
  const markers = timeline.markers.map((m, i) => ({ id: `${MARKER_PREFIX}${m.id ?? i}`, time: m.axis, title: m.title }));
  const groups = timeline.groups.map((g) => ({ id: g.id, content: g.title, className: `tl-g-${g.index}`, order: g.index }));
  return {
    items: [...eras, ...events],
    groups,
    markers,
    ...(timeline.window && { window: { start: timeline.window.start, end: timeline.window.end ?? timeline.window.start } }),
    ...extentAndBounds(timeline),
  };
}

/** Everything drawn, and that with a tenth of its length (at least a month) either side. */
function extentAndBounds(timeline: Timeline): Pick<VisData, 'extent' | 'bounds'> {
  let min = Infinity;
  let max = -Infinity;
  const take = (start: number, end: number | null): void => {
    min = Math.min(min, start);
    max = Math.max(max, end ?? start);
  };
  for (const e of timeline.events) take(e.axis.start, e.axis.end);
  for (const e of timeline.eras) take(e.axis.start, e.axis.end);
  for (const m of timeline.markers) take(m.axis, m.axis);
  const margin = Math.max((max - min) / 10, 31 * DAY);
  return { extent: { min, max }, bounds: { min: min - margin, max: max + margin } };
}
