/**
 * TimelineJS data (its JSON in any of its layouts, see `timelinejs-layouts.ts`,
 * or a sheet read by `timelinejs-sheet.ts`) as a timeline file. Headlines
 * become plain text, texts Markdown; slides keep their `unique_id` when it is
 * a valid id; `group` texts become groups; years beyond four digits (a
 * cosmological timeline's) are written in EDTF's Y form. What has no place
 * in this format (media, backgrounds, display dates) is named in YAML
 * comments where it was.
 */
import { Document, isMap, isSeq } from 'yaml';
import { z } from 'zod';
import { isoYear } from '../dates/iso.ts';
import { cutText } from '../format/cut-text.ts';
import { htmlToMarkdown, htmlToText } from '../render/html-text.ts';
import { idSchema } from '../format/schema.ts';
import { dateId, joinIds, slugify, uniqueId } from './slug.ts';
import { readLayout } from './timelinejs-layouts.ts';
import { AUTHOR_OPTIONS, styleForAuthors } from './yaml-splice.ts';

// Allow-list, then parse: only these fields are read; the rest is reported, never passed on.
const numeric = z.union([z.number(), z.string()]).optional();
const tlDate = z.object({ year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric }).passthrough();
const slide = z
  .object({
    unique_id: z.union([z.string(), z.number()]).optional(),
    start_date: tlDate.optional(),
    end_date: tlDate.optional(),
    text: z.object({ headline: z.string().optional(), text: z.string().optional() }).passthrough().optional(),
    group: z.string().optional(),
  })
  .passthrough();
const tlData = z.object({ title: slide.optional(), events: z.array(slide), eras: z.array(slide).optional(), scale: z.string().optional() }).passthrough();
type Slide = z.infer<typeof slide>;

/** Fields of a slide this format has a place for; anything else is named in a comment. */
const MAPPED = new Set(['unique_id', 'start_date', 'end_date', 'text', 'group', 'autolink']);
const DATE_FIELDS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second']);

export interface ImportOptions {
  /** For the title when there is no title slide. */
  readonly fallbackTitle: string;
  /** Where schema/timeline.schema.json is from the written file, for the editor comment. */
  readonly schemaPath: string;
  /** Named in the file's first comment, e.g. `women.csv (TimelineJS sheet)`. */
  readonly source: string;
  /** Said in that comment too (from reading the sheet). */
  readonly notes?: readonly string[];
}

export type ImportResult =
  { readonly ok: true; readonly yaml: string; readonly events: number; readonly notes: readonly string[] } | { readonly ok: false; readonly error: string };

const toNumber = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v.replace(/,/g, '')) ? Number(v.replace(/,/g, '')) : undefined;
  return n !== undefined && Number.isInteger(n) ? n : undefined;
};
const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** Years this format writes: beyond four digits in the Y form, up to a trillion. */
const MAX_YEAR = 999_999_999_999;

/**
 * `{ year: 2023, month: 12, day: 26 }` → `2023-12-26`; a year alone stays a
 * number, as authors write it; a year beyond four digits is all a date of
 * it says (`Y-13800000000`), as in TimelineJS's cosmological scale.
 */
export function dateFromTimelineJS(date: z.infer<typeof tlDate> | undefined): string | number | undefined {
  const year = toNumber(date?.year);
  if (year === undefined || Math.abs(year) > MAX_YEAR) return undefined;
  if (Math.abs(year) > 9999) return `Y${year}`;
  const [month, day, hour, minute, second] = (['month', 'day', 'hour', 'minute', 'second'] as const).map((k) => toNumber(date?.[k]));
  if (month === undefined) return year;
  let text = `${isoYear(year)}-${pad(month)}`;
  if (day === undefined) return text;
  text += `-${pad(day)}`;
  if (hour === undefined) return text;
  return `${text}T${pad(hour)}:${pad(minute ?? 0)}${second === undefined ? '' : `:${pad(second)}`}`;
}

/** Fields of a slide with no place here, as a comment: `media https://… (credit: AP)`. */
function unmapped(s: Slide, what: string): string[] {
  const extra = Object.keys(s).filter((k) => !MAPPED.has(k) && s[k] !== undefined && s[k] !== '');
  const dateExtras = (['start_date', 'end_date'] as const).flatMap((k) =>
    Object.entries(s[k] ?? {})
      .filter(([f, v]) => !DATE_FIELDS.has(f) && v !== '' && v !== undefined)
      .map(([f, v]) => `${k.replace('_date', ' date')}'s ${f.replace(/_/g, ' ')} ${JSON.stringify(v)}`),
  );
  const describe = (k: string): string => {
    const v = s[k];
    if (k === 'media' && typeof v === 'object' && v !== null) {
      const m = v as Record<string, unknown>;
      const text = (x: unknown): string => (typeof x === 'string' ? htmlToText(x) : '');
      const bits = [text(m['caption']), text(m['credit']) && `credit: ${text(m['credit'])}`].filter(Boolean);
      return `media ${text(m['url'])}${bits.length ? ` (${bits.join('; ')})` : ''}`;
    }
    return `${k.replace(/_/g, ' ')} ${typeof v === 'string' ? JSON.stringify(htmlToText(v)) : JSON.stringify(v)}`;
  };
  const parts = [...extra.map(describe), ...dateExtras];
  return parts.length ? [`Not imported from ${what}: ${parts.join(', ')}.`] : [];
}

/** A note for a date beyond four digits that says more than its year: only the year is kept. */
function finerThanYear(date: z.infer<typeof tlDate> | undefined, what: string): string[] {
  const year = toNumber(date?.year);
  const finer = (['month', 'day', 'hour', 'minute', 'second'] as const).filter((k) => toNumber(date?.[k]) !== undefined);
  return year !== undefined && Math.abs(year) > 9999 && finer.length > 0 ? [`${what}: a year beyond four digits keeps no ${finer.join(' or ')}.`] : [];
}

export function importTimelineJS(input: unknown, options: ImportOptions): ImportResult {
  const layout = readLayout(input);
  const parsed = tlData.safeParse(layout.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `is not TimelineJS data: ${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'unreadable'}.` };
  }
  const data = parsed.data;
  const notes: string[] = [...(layout.note ? [layout.note] : []), ...(options.notes ?? [])];
  if (data.title) notes.push(...unmapped(data.title, 'the title slide'));

  const groupIds = new Map<string, string>();
  const groupFor = (text: string | undefined): string | undefined => {
    const title = htmlToText(text ?? '');
    if (!title) return undefined;
    if (!groupIds.has(title)) groupIds.set(title, uniqueId(slugify(title) || 'group', new Set(groupIds.values())));
    return groupIds.get(title);
  };

  const taken = new Set<string>();
  const comments: Array<string[]> = [];
  const events = data.events.flatMap((s, i) => {
    const title = htmlToText(s.text?.headline ?? '') || cutText(htmlToText(s.text?.text ?? ''), 80) || 'Untitled';
    const start = dateFromTimelineJS(s.start_date);
    if (start === undefined) {
      notes.push(`Slide ${i + 1} ("${title}") has no date this format can hold, and was left out.`);
      return [];
    }
    const end = dateFromTimelineJS(s.end_date);
    notes.push(...finerThanYear(s.start_date, `Slide ${i + 1}'s start`), ...finerThanYear(s.end_date, `Slide ${i + 1}'s end`));
    const written = s.unique_id === undefined ? '' : String(s.unique_id);
    const id = uniqueId(idSchema.safeParse(written).success ? written : joinIds(slugify(title) || 'event', dateId(start)), taken);
    taken.add(id);
    comments.push(unmapped(s, `slide ${i + 1}`));
    const summary = htmlToMarkdown(s.text?.text ?? '');
    const group = groupFor(s.group);
    return [{ id, title, ...(end === undefined ? { date: start } : { start, end }), ...(group && { group }), ...(summary && { summary }) }];
  });
  if (events.length === 0) return { ok: false, error: 'has no events with a date this format can hold.' };
  // When some events have a group, every one needs one.
  const ungrouped = groupIds.size > 0 ? events.filter((e) => !e.group) : [];
  if (ungrouped.length > 0) {
    const other = groupFor('Other') ?? 'other';
    for (const e of ungrouped) e.group = other;
    notes.push(
      `${ungrouped.length} slide${ungrouped.length === 1 ? ' has' : 's have'} no group: put in the group Other, as every event needs one when there are groups.`,
    );
  }

  const eraIds = new Set<string>();
  const eras = (data.eras ?? []).flatMap((s, i) => {
    const [start, end] = [dateFromTimelineJS(s.start_date), dateFromTimelineJS(s.end_date)];
    const title = htmlToText(s.text?.headline ?? '') || `Era ${i + 1}`;
    if (start === undefined || end === undefined) {
      notes.push(`Era ${i + 1} ("${title}") has no start and end this format can hold, and was left out.`);
      return [];
    }
    const id = uniqueId(joinIds(slugify(title) || 'era', dateId(start)), eraIds);
    eraIds.add(id);
    const annotation = htmlToMarkdown(s.text?.text ?? '');
    return [{ id, title, start, end, ...(annotation && { annotation }) }];
  });

  const title = htmlToText(data.title?.text?.headline ?? '') || options.fallbackTitle;
  const description = htmlToMarkdown(data.title?.text?.text ?? '');
  const groups = [...groupIds].map(([groupTitle, id]) => ({ id, title: groupTitle }));
  const doc = new Document(
    { title, ...(description && { description }), ...(groups.length > 0 && { groups }), ...(eras.length > 0 && { eras }), events },
    { version: '1.2' },
  );
  styleForAuthors(doc);
  const header = [
    ` yaml-language-server: $schema=${options.schemaPath}`,
    ` Imported from ${options.source} with npm run import.`,
    ...notes.map((n) => ` ${n}`),
  ];
  doc.commentBefore = header.map((line) => line.replace(/\s*\n\s*/g, ' ')).join('\n');
  const eventNodes = isMap(doc.contents) ? doc.contents.get('events', true) : undefined;
  if (isSeq(eventNodes)) {
    eventNodes.items.forEach((node, i) => {
      const lines = comments[i] ?? [];
      if (lines.length > 0 && isMap(node)) node.commentBefore = lines.map((l) => ` ${l.replace(/\s*\n\s*/g, ' ')}`).join('\n');
    });
  }
  return { ok: true, yaml: doc.toString(AUTHOR_OPTIONS), events: events.length, notes };
}
