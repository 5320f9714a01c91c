/**
 * What every component of a timeline page needs, computed once per page:
 * the date formatter, interface strings, source numbers and group lookup.
 */
import { numberSources, type Citation } from '../model/citations.ts';
import type { CalendarDate } from '../dates/dates.ts';
import { toDatetimeAttribute } from '../dates/iso.ts';
import { createDateFormatter, type DateFormatter } from '../dates/format-date.ts';
import type { Group, Timeline } from '../model/model.ts';
import { uiStrings } from '../i18n/index.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';

/** An event's picture as the build made it: a sized file in a modern format, and the widths it is also made in. */
export interface BuiltImage {
  readonly src: string;
  readonly srcset?: string;
  readonly width: number;
  readonly height: number;
  /** The picture at its full size, which the shown one links to. */
  readonly full?: string;
}

export interface PageContext {
  readonly timeline: Timeline;
  /**
   * Events' pictures the build has made, by the path the file gives
   * (`/images/plenum.png`); filled once per timeline by the pages
   * (src/event-images.ts), which alone can reach Astro's image pipeline. A path not
   * here is shown as it is, from public/.
   */
  readonly images: Map<string, BuiltImage>;
  readonly format: DateFormatter;
  readonly t: UiStrings;
  readonly citations: ReadonlyMap<string, Citation>;
  readonly groups: ReadonlyMap<string, Group>;
}

const contexts = new WeakMap<Timeline, PageContext>();

/** Made once per timeline: a large one has a page per period, and they share it. */
export function createPageContext(timeline: Timeline): PageContext {
  let ctx = contexts.get(timeline);
  if (!ctx) {
    ctx = {
      timeline,
      format: createDateFormatter(timeline.locale),
      t: uiStrings(timeline.locale),
      citations: numberSources(timeline),
      groups: new Map(timeline.groups.map((g) => [g.id, g])),
      images: new Map(),
    };
    contexts.set(timeline, ctx);
  }
  return ctx;
}

/** `<time datetime>` takes years 1 and later only; earlier dates go without. */
export function datetimeAttr(date: CalendarDate, zone?: string): string | undefined {
  return date.year >= 1 ? toDatetimeAttribute(date, zone) : undefined;
}
