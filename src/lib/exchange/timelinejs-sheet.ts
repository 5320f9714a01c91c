/**
 * A TimelineJS Google Sheets template, downloaded as CSV, read into the
 * TimelineJS JSON shape, row by row as TimelineJS itself reads the sheet
 * (its ConfigFactory): one row a slide; the Type column makes a row the
 * `title` slide or an `era`; a row needs a Year; an end needs an End Year.
 *
 * Columns: Year, Month, Day, Time, End Year, End Month, End Day, End Time,
 * Display Date, Headline, Text, Media, Media Credit, Media Caption,
 * Media Thumbnail, Type, Group, Background.
 */
import { parse } from 'csv-parse/sync';
import type { TimelineJSData, TLDate, TLEra, TLSlide } from './timelinejs.ts';

export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** `End Year` → `endyear`, as TimelineJS matches headers. */
const keyOf = (header: string): string => header.toLowerCase().replace(/\s+/g, '');

export interface SheetResult {
  readonly data?: TimelineJSData;
  /** Why the file cannot be read, or what was passed over; each one sentence. */
  readonly notes: readonly string[];
  readonly error?: string;
}

/** `1,815` → 1815, as TimelineJS cleans numbers; empty → undefined. */
function number(text: string | undefined): number | undefined {
  const clean = (text ?? '').replace(/[\s,]+/g, '');
  return /^-?\d+$/.test(clean) ? Number(clean) : undefined;
}

/** `14:30`, `14:30:05`, `2:30 PM`. */
export function parseTime(text: string): Pick<TLDate, 'hour' | 'minute' | 'second'> | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const pm = m[4]?.toLowerCase().startsWith('p');
  if (m[4]) hour = (hour % 12) + (pm ? 12 : 0);
  return { hour, minute: Number(m[2] ?? 0), ...(m[3] !== undefined && { second: Number(m[3]) }) };
}

function dateOf(row: Record<string, string>, prefix: '' | 'end', notes: string[], label: string): TLDate | undefined {
  const year = number(row[`${prefix}year`]);
  const month = number(row[`${prefix}month`]);
  const day = number(row[`${prefix}day`]);
  const timeText = row[`${prefix}time`]?.trim() ?? '';
  if (year === undefined) {
    if (prefix === 'end' && (month !== undefined || day !== undefined || timeText)) notes.push(`${label}: an end without an End Year was left out.`);
    return undefined;
  }
  const time = timeText ? parseTime(timeText) : undefined;
  if (timeText && !time) notes.push(`${label}: the time "${timeText}" was not understood and was left out.`);
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }), ...time };
}

/** @example readSheet('Year,Headline\n2019,Hanoi summit\n').data?.events[0]?.text?.headline // 'Hanoi summit' */
export function readSheet(csv: string): SheetResult {
  let rows: string[][];
  try {
    rows = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return { notes: [], error: `is not a CSV file this tool can read (${error instanceof Error ? error.message : String(error)}).` };
  }
  const [header = [], ...body] = rows;
  const keys = header.map(keyOf);
  if (!keys.includes('year') || !keys.includes('headline')) {
    return { notes: [], error: `does not have TimelineJS's sheet columns: expected ${SHEET_COLUMNS.join(', ')}.` };
  }
  const known = new Set(SHEET_COLUMNS.map(keyOf));
  const notes: string[] = header.filter((h) => !known.has(keyOf(h))).map((h) => `The column "${h}" is not one of TimelineJS's and was left out.`);
  const events: TLSlide[] = [];
  const eras: TLEra[] = [];
  let title: TLSlide | undefined;

  body.forEach((cells, i) => {
    const row = Object.fromEntries(keys.map((k, j) => [k, cells[j]?.trim() ?? '']));
    if (Object.values(row).every((v) => v === '')) return;
    const label = `Row ${i + 2}`;
    const slide: TLSlide = {
      ...optional('start_date', dateOf(row, '', notes, label)),
      ...optional('end_date', dateOf(row, 'end', notes, label)),
      text: { headline: row['headline'] ?? '', text: row['text'] ?? '' },
      ...(row['media'] && {
        media: { url: row['media'], caption: row['mediacaption'] ?? '', credit: row['mediacredit'] ?? '', thumbnail: row['mediathumbnail'] ?? '' },
      }),
      ...(row['group'] && { group: row['group'] }),
      ...(row['displaydate'] && { display_date: row['displaydate'] }),
      ...(row['background'] && { background: /^(https?:)?\/\/?/.test(row['background']) ? { url: row['background'] } : { color: row['background'] } }),
    };
    const type = row['type']?.toLowerCase();
    if (type === 'title' && !title) title = slide;
    else if (type === 'era' && slide.start_date && slide.end_date)
      eras.push({ start_date: slide.start_date, end_date: slide.end_date, ...optional('text', slide.text) });
    else events.push(slide);
  });
  return { data: { ...optional('title', title), events, ...(eras.length > 0 && { eras }) }, notes };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
