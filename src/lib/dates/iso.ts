/**
 * Dates written as ISO 8601, never more precise than the author wrote them:
 * the `<time datetime>` of pages, the exports' bounds, the keys of periods,
 * imported dates.
 */
import { tzOffset } from '@date-fns/tz';
import { toInstant, type CalendarDate } from './dates.ts';

const pad = (n: number | undefined, width = 2): string => String(n ?? 0).padStart(width, '0');

/**
 * A year as ISO 8601 writes it: four digits or more, astronomical (0 is
 * 1 BCE), with a minus before the common era.
 * @example isoYear(79) // '0079'
 * @example isoYear(-500) // '-0500' (501 BCE)
 */
export function isoYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/**
 * ISO 8601 text for `<time datetime>`: as precise as written, never more. A
 * time of day gets the offset of `zone` at that moment, when given.
 */
export function toDatetimeAttribute(date: CalendarDate, zone?: string): string {
  let out = isoYear(date.year);
  if (date.month !== undefined) out += `-${pad(date.month)}`;
  if (date.day !== undefined) out += `-${pad(date.day)}`;
  if (date.hour !== undefined) out += `T${pad(date.hour)}:${pad(date.minute)}`;
  if (date.second !== undefined) out += `:${pad(date.second)}`;
  const offset = date.offset ?? (date.hour !== undefined && zone ? tzOffset(zone, new Date(toInstant(date, zone))) : undefined);
  if (offset !== undefined) {
    const o = Math.abs(offset);
    out += offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}:${pad(o % 60)}`;
  }
  return out;
}
