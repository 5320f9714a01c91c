/**
 * The older layouts of TimelineJS JSON, read into today's (TimelineJS3's
 * `{ title, events, eras }`), as `timelinejs-sheet.ts` reads a sheet:
 *
 * - TimelineJS 2, the format of a decade of published timelines:
 *   `{ "timeline": { "headline", "text", "asset", "date": [...], "era": [...] } }`,
 *   each entry with `startDate`/`endDate` written `2011,12,10,07,02` (or a
 *   year alone, `12/10/2011`, or ISO 8601), `headline`, `text`, `tag` (a
 *   lane), `asset` (media) and `classname`.
 * - TimelineJS3 before 2015: `{ "timeline": { "scale", "slides": [...] } }`,
 *   the title a slide of type `title` (or `overview`), ids as `uniqueid`.
 *
 * Fields are moved, not interpreted: what has no place in a timeline file is
 * named by the import as it is for TimelineJS3 data.
 */
import type { TLDate } from './timelinejs.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object without these keys. */
function omit(o: Json, ...keys: string[]): Json {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/** Each entry of a list moved by `move`; what is not an object stays for the import's checks to name. */
const each = (list: readonly unknown[], move: (o: Json) => Json): unknown[] => list.map((x) => (isObject(x) ? move(x) : x));

export interface Layout {
  /** TimelineJS3's shape, for the import's own checks. */
  readonly data: unknown;
  /** Which layout it was read as, when not today's. */
  readonly note?: string;
}

/** Today's layout as it is; an older one moved into it. */
export function readLayout(input: unknown): Layout {
  const timeline = isObject(input) ? input['timeline'] : undefined;
  if (!isObject(timeline)) return { data: input };
  if (Array.isArray(timeline['date'])) {
    return { data: fromTimeline2(timeline), note: 'Read as TimelineJS 2 JSON ({"timeline": {"date": [...]}}).' };
  }
  if (Array.isArray(timeline['slides'])) {
    return { data: fromSlides(timeline), note: 'Read as early TimelineJS3 JSON ({"timeline": {"slides": [...]}}).' };
  }
  return { data: input };
}

/** TimelineJS3 before 2015: the same slides, in a wrapper, the title among them. */
function fromSlides(timeline: Json): Json {
  const slides = each(timeline['slides'] as unknown[], renameId);
  const isTitle = (s: unknown): boolean => isObject(s) && (s['type'] === 'title' || s['type'] === 'overview');
  const title = slides.find(isTitle);
  return {
    ...omit(timeline, 'slides'),
    // `type` only marked the title slide.
    ...(isObject(title) && { title: omit(title, 'type') }),
    events: each(
      slides.filter((s) => s !== title),
      (s) => omit(s, 'type'),
    ),
  };
}

/** `uniqueid` was `unique_id`'s first name. */
function renameId(slide: Json): Json {
  const { uniqueid, ...rest } = slide;
  return uniqueid === undefined || uniqueid === '' || 'unique_id' in rest ? rest : { ...rest, unique_id: uniqueid };
}

/** TimelineJS 2: an entry's fields under today's names. */
function fromTimeline2(timeline: Json): Json {
  const { headline, text, asset, date, era } = timeline;
  return {
    // The title's startDate only placed TimelineJS 2's title slide; type was always "default".
    ...omit(timeline, 'headline', 'text', 'asset', 'date', 'era', 'startDate', 'type'),
    title: { text: { headline, text }, ...media(asset) },
    events: each(date as unknown[], fromEntry),
    ...(Array.isArray(era) && { eras: each(era as unknown[], fromEntry) }),
  };
}

function fromEntry(entry: Json): Json {
  const { startDate, endDate, headline, text, tag, asset, ...rest } = entry;
  const start = timeline2Date(startDate);
  const end = timeline2Date(endDate);
  return {
    ...rest,
    ...(start && { start_date: start }),
    ...(end && { end_date: end }),
    // A date TimelineJS 2 read and this does not is named by the import, not dropped in silence.
    ...(!start && (typeof startDate === 'string' || typeof startDate === 'number') && startDate !== '' && { start_date: { display_date: String(startDate) } }),
    text: { headline, text },
    ...(typeof tag === 'string' && tag.trim() !== '' && { group: tag }),
    ...media(asset),
  };
}

/** `asset` is today's `media`, its `media` today's `url`. */
function media(asset: unknown): Json {
  if (!isObject(asset)) return {};
  const { media: url, ...rest } = asset;
  return typeof url === 'string' && url !== '' ? { media: { url, ...rest } } : {};
}

type Fields = Pick<TLDate, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>;

/**
 * A TimelineJS 2 date as TimelineJS 2 read it (VMM.Date.parse): numbers
 * separated by commas from the year down to the second (a 0 or an empty
 * field is absent), a year alone, `month/day/year` with a time after a
 * space, or ISO 8601. Anything else (`now`, the reader's clock) is not read.
 * @example timeline2Date('2011,12,10,07,02') // { year: 2011, month: 12, day: 10, hour: 7, minute: 2 }
 */
export function timeline2Date(value: unknown): Fields | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? { year: value } : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text.includes(',')) {
    const parts = text.split(',').map((n) => (/^\s*-?\d+\s*$/.test(n) ? Number(n) : 0));
    return parts[0] ? fields(parts, false) : undefined;
  }
  if (/^-?\d+$/.test(text)) return { year: Number(text) };
  const us = /^(\d{1,2})\/(\d{1,2})\/(-?\d+)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (us) return fields([us[3], us[1], us[2], us[4], us[5], us[6]].map(Number), us[4] !== undefined);
  const iso = /^(-?\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?$/.exec(text);
  if (iso) return fields(iso.slice(1).map(Number), iso[4] !== undefined);
  return undefined;
}

/** Year, month, day, hour, minute, second; a field left empty or 0 is not there, but for a time written out. */
function fields(parts: readonly number[], timeWritten: boolean): Fields {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.map((n) => (Number.isNaN(n) ? 0 : n));
  const dated = month > 0 && day > 0;
  const timed = dated && (timeWritten || hour > 0 || minute > 0);
  return {
    year,
    ...(month > 0 && { month }),
    ...(dated && { day }),
    ...(timed && { hour, minute }),
    ...(timed && second > 0 && { second }),
  };
}
