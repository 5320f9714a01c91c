/**
 * The vis-timeline options for a timeline's data, and the templates that keep
 * every text field text (vis-timeline's default template parses HTML).
 */
import type Moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/esnext';
import { drawnYears } from '../lib/vis/axis-scale.ts';
import type { VisData, VisGroup, VisItem } from '../lib/vis/to-vis.ts';
import { axisLabelFormatters } from './axis-labels.ts';

const DAY = 86_400_000;
/** Space above and below each item in its row, px (the stylesheet's --tl-row is the item and this). */
export const ROW_MARGIN = 4;

/**
 * An item as handed to vis-timeline: an ongoing span ends at the reader's
 * "now"; `subgroup` and `row` (the same, as a number vis-timeline sorts by)
 * place it on its lane's row; `hint` is read to screen readers after its text.
 */
export type DrawnItem = Omit<VisItem, 'end' | 'type'> & {
  end?: number;
  type: VisItem['type'] | 'box';
  subgroup?: string;
  row?: number;
  selectable?: boolean;
  hint?: string;
  style?: string;
};

/** The lane of a timeline without lanes: vis-timeline draws rows only inside a group. */
export const NO_LANE = '_';

export function itemTemplate(item: DrawnItem | undefined): HTMLElement {
  const label = document.createElement('span');
  label.className = 'tl-item__label';
  label.textContent = item?.content ?? '';
  const hidden = [item?.title, item?.dateText ?? item?.hint].filter(Boolean).join(', ');
  if (hidden) {
    const date = document.createElement('span');
    date.className = 'tl-visually-hidden';
    date.textContent = `, ${hidden}`;
    label.append(date);
  }
  return label;
}

/** A lane as vis-timeline holds it: `height` keeps every lane the height the view gives it. */
export type DrawnGroup = VisGroup & { readonly height: number; readonly subgroupOrder: 'row'; readonly visible: boolean };

/**
 * The lanes' column is empty (each lane's title is a row of its own, across
 * the lane): what is drawn there only holds the lane at its height.
 */
export function groupTemplate(group: DrawnGroup | undefined): HTMLElement {
  const spacer = document.createElement('span');
  spacer.className = 'tl-lane-spacer';
  spacer.style.height = `${group?.height ?? 0}px`;
  return spacer;
}

/** Where a selected event sits across the window: left of the middle, so its label, on its right, has room. */
export const SELECTED_AT = 0.35;

/** A window around an item, wide enough for its neighbours to read, the item at SELECTED_AT. */
export function zoomedWindow(item: Pick<VisItem, 'start' | 'end'>): { start: number; end: number } {
  const end = item.end ?? item.start;
  const width = Math.max((end - item.start) * 2, 90 * DAY);
  const start = item.start - (width - (end - item.start)) * SELECTED_AT;
  return { start, end: start + width };
}

/**
 * The window to show an item in, keeping the zoom: the same window when the
 * item is well inside it, else one with the item at SELECTED_AT.
 */
export function windowShowing(item: Pick<VisItem, 'start'>, window: { start: number; end: number }): { start: number; end: number } {
  const width = window.end - window.start;
  const at = (item.start - window.start) / width;
  if (at >= 0.08 && at <= 0.75) return window;
  const start = item.start - width * SELECTED_AT;
  return { start, end: start + width };
}

/** Everything, with a little room either side; ongoing spans reach "now". */
export function fullWindow(data: VisData, now: number): { start: number; end: number } {
  const ongoing = data.periods.some((p) => p.reach === Number.MAX_SAFE_INTEGER) || data.eras.some((e) => e.end === null);
  const max = ongoing ? Math.max(data.extent.max, now) : data.extent.max;
  const pad = Math.max((max - data.extent.min) / 25, 2 * DAY);
  return { start: data.extent.min - pad, end: max + pad };
}

/** An item as drawn: an ongoing span ends now, and `type` is what the zoom calls for. */
export function drawnItem(item: VisItem, now: number, type: VisItem['type']): DrawnItem {
  const { end, ...rest } = item;
  const drawnEnd = end === null ? Math.max(now, item.start + DAY) : end;
  return { ...rest, ...(drawnEnd !== undefined && { end: drawnEnd }), type };
}

export interface OptionsInput {
  readonly data: VisData;
  readonly locale: string;
  readonly now: number;
  readonly onReady: () => void;
  /** moment, passed in so that this module loads without it. */
  readonly moment: typeof Moment;
}

export function timelineOptions({ data, locale, now, onReady, moment }: OptionsInput): TimelineOptions {
  const max = Math.max(data.bounds.max, fullWindow(data, now).end + 31 * DAY);
  return {
    // Floating time: draw the axis in UTC so no reader's zone moves a day.
    moment: (date: Moment.MomentInput) => moment(date).utc(),
    template: itemTemplate,
    groupTemplate,
    format: axisLabelFormatters(locale, data.scale),
    min: data.bounds.min,
    max,
    zoomMin: 6 * 3_600_000,
    // Deep time is labelled in years, at most every tenth of the view, with room for "13.8B years ago".
    ...(data.scale && { zoomMin: drawnYears(10, undefined), maxMinorChars: 15 }),
    zoomMax: max - data.bounds.min,
    // The wheel scrolls the page; Ctrl + wheel (or a pinch) zooms.
    zoomKey: 'ctrlKey',
    // The axis above the lanes, under the strip of era titles and marker labels: with an event open
    // below (a sheet, or the embed's lower half), the dates stay in sight.
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 0, vertical: ROW_MARGIN }, axis: 0 },
    // Rows are laid out by the page (src/lib/vis/row-layout.ts): an item sits on its row, the rows stack.
    stack: false,
    stackSubgroups: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    editable: false,
    // No scrolling box inside the page: vis-timeline does not draw the lanes
    // scrolled out of such a box, and its focus cannot reach an item there.
    // The row layout keeps the lanes to the height of the view instead.
    xss: { disabled: false },
    // Each item's element names its event: the connectors between linked events find their ends by it.
    dataAttributes: ['id'],
    // vis-timeline calls this in the middle of its redraw; moving the window
    // from there leaves items drawn where they were, so wait a frame.
    onInitialDrawComplete: () => {
      requestAnimationFrame(onReady);
    },
  };
}
