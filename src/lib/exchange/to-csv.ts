/**
 * The events as CSV (`/<slug>.csv`), one row each, for spreadsheets (RFC 4180):
 * a UTF-8 byte order mark, so Excel reads the file as UTF-8 rather than the
 * machine's code page; every field quoted, quotes doubled; CRLF after every row.
 */
import type { TimelineEvent } from '../model/model.ts';
import type { PageContext } from '../render/page-context.ts';
import { summaryText } from '../render/plain-text.ts';
import { isoBounds } from './bounds.ts';
import { describeSource, eventPath, siteLink, sourcesOf, type ExportOptions } from './event-text.ts';

export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'start_iso',
  'end_iso',
  'group',
  'tags',
  'place',
  'importance',
  'summary',
  'sources',
  'disputes',
  'corrections',
  'links',
  'link',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * Columns whose text the format checks against a grammar (ids, dates,
 * importance): none can hold a formula, so they are written as they are and
 * `-0500` stays a year. Every other cell is text an author writes freely.
 */
const CHECKED: ReadonlySet<string> = new Set(['id', 'start', 'end', 'start_iso', 'end_iso', 'importance', 'disputes', 'corrections', 'links']);

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return
 * before one) as a formula, which can fetch addresses or run commands
 * ("CSV injection"). A leading apostrophe makes such a cell plain text; the
 * apostrophe shows, the formula never runs.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsvRow(event: TimelineEvent, ctx: PageContext, options: Pick<ExportOptions, 'site'>): Row {
  const { start, end } = isoBounds(event.when, event.zone);
  const when = event.when;
  return {
    id: event.id,
    title: event.title,
    start: when.start.text,
    end: when.ongoing ? '..' : (when.end?.text ?? ''),
    start_iso: start,
    end_iso: end ?? '',
    group: (event.group && ctx.groups.get(event.group)?.title) ?? '',
    tags: event.tags.join(', '),
    place: event.place ?? '',
    importance: event.importance,
    summary: summaryText(event),
    // One source a line: its address, or who published it when it has none.
    sources: sourcesOf(event, ctx)
      .map((s) => s.url ?? describeSource(s))
      .join('\n'),
    // How many of its notes say that sources differ, and how many correct it.
    disputes: String(event.annotations.filter((a) => a.kind === 'dispute').length),
    corrections: String(event.annotations.filter((a) => a.kind === 'correction').length),
    // `kind:id` pairs, as written in the event (their notes are in the JSON).
    links: event.links.map((l) => `${l.kind}:${l.to}`).join(' '),
    link: siteLink(eventPath(ctx.timeline.slug, event.id), options.site),
  };
}

function writeRow(cells: Readonly<Record<string, string>>): string {
  return `${CSV_COLUMNS.map((c) => quote(CHECKED.has(c) ? (cells[c] ?? '') : guardFormula(cells[c] ?? ''))).join(',')}\r\n`;
}

/** The file's text: the byte order mark, the header, then a row per event in time order. */
export function writeCsv(ctx: PageContext, options: Pick<ExportOptions, 'site'>): string {
  const header = `${CSV_COLUMNS.map(quote).join(',')}\r\n`;
  return `\uFEFF${header}${ctx.timeline.events.map((e) => writeRow(toCsvRow(e, ctx, options))).join('')}`;
}
