/**
 * The vis-timeline options for a timeline's data, and the templates that keep
 * every text field text (vis-timeline's default template parses HTML).
 */
import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { VisData, VisGroup, VisItem } from '../lib/to-vis.ts';
import { axisLabelFormatters } from './axis-labels.ts';

const DAY = 86_400_000;

/** An item as handed to vis-timeline: an ongoing span ends at the reader's "now". */
export type DrawnItem = Omit<VisItem, 'end'> & { end?: number };

export function itemTemplate(item: DrawnItem | undefined): HTMLElement {
  const label = document.createElement('span');
  label.className = 'tl-item__label';
  label.textContent = item?.content ?? '';
  if (item?.dateText) {
    const date = document.createElement('span');
    date.className = 'tl-visually-hidden';
    date.textContent = `, ${item.dateText}`;
    label.append(date);
  }
  return label;
}

export function groupTemplate(group: VisGroup | undefined): HTMLElement {
  const label = document.createElement('span');
  label.textContent = group?.content ?? '';
  return label;
}

/** A window around an item, wide enough for its neighbours to read. */
export function zoomedWindow(item: Pick<VisItem, 'start' | 'end'>): { start: number; end: number } {
  const end = item.end ?? item.start;
  const pad = Math.max((end - item.start) / 2, 45 * DAY);
  return { start: item.start - pad, end: end + pad };
}

/** Everything, with a little room either side; ongoing spans reach "now". */
export function fullWindow(data: VisData, now: number): { start: number; end: number } {
  const max = data.items.some((i) => i.end === null) ? Math.max(data.extent.max, now) : data.extent.max;
  const pad = Math.max((max - data.extent.min) / 25, 2 * DAY);
  return { start: data.extent.min - pad, end: max + pad };
}

/** Items as drawn: ongoing spans end now; short spans start as points when `types` says so. */
export function drawnItems(data: VisData, now: number, types: ReadonlyMap<string, VisItem['type']>): DrawnItem[] {
  return data.items.map(({ end, ...item }) => {
    const drawnEnd = end === null ? Math.max(now, item.start + DAY) : end;
    return { ...item, ...(drawnEnd !== undefined && { end: drawnEnd }), type: types.get(item.id) ?? item.type };
  });
}

export interface OptionsInput {
  readonly data: VisData;
  readonly locale: string;
  readonly now: number;
  readonly opening: { start: number; end: number };
  readonly onReady: () => void;
}

export function timelineOptions({ data, locale, now, opening, onReady }: OptionsInput): TimelineOptions {
  const max = data.items.some((i) => i.end === null) ? Math.max(data.bounds.max, now + 31 * DAY) : data.bounds.max;
  return {
    // Floating time: draw the axis in UTC so no reader's zone moves a day.
    moment: (date: moment.MomentInput) => moment(date).utc(),
    template: itemTemplate,
    ...(data.groups.length > 0 && { groupTemplate }),
    format: axisLabelFormatters(locale),
    min: data.bounds.min,
    max,
    zoomMin: 6 * 3_600_000,
    zoomMax: max - data.bounds.min,
    // The wheel scrolls the page; Ctrl + wheel (or a pinch) zooms.
    zoomKey: 'ctrlKey',
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
    stack: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    editable: false,
    verticalScroll: true,
    // Tall lanes scroll inside the timeline, keeping the axis in view.
    maxHeight: Math.max(420, Math.round(window.innerHeight * 0.7)),
    xss: { disabled: false },
    // vis-timeline calls this in the middle of its redraw; moving the window
    // from there leaves items drawn where they were, so wait a frame.
    onInitialDrawComplete: () => {
      requestAnimationFrame(onReady);
    },
    ...opening,
  };
}
