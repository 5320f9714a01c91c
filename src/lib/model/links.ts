/**
 * Links between events, read from both ends. An event names its links
 * (`links:` in the file, each `to` another event with a kind); the other
 * event lists the same link in reverse ("Led to" on one end is "Followed
 * from" on the other). Made once per timeline: every entry of every page asks.
 */
import type { LinkKind, Timeline, TimelineEvent } from './model.ts';

/** A link as one of its two events sees it: `out` from the event that names it, `in` on the other end. */
export interface LinkEnd {
  readonly other: string;
  readonly kind: LinkKind;
  readonly direction: 'out' | 'in';
  readonly note?: string;
}

const ends = new WeakMap<Timeline, ReadonlyMap<string, readonly LinkEnd[]>>();

/**
 * Every event's links, both ways: those it names first, in the file's order,
 * then those naming it, in time order of the events that name them.
 * @example linkEnds(timeline).get('putin-summit-2023-09') // [{ other: 'shoigu-delegation-2023-07', kind: 'responds-to', direction: 'out' }, …]
 */
export function linkEnds(timeline: Timeline): ReadonlyMap<string, readonly LinkEnd[]> {
  let made = ends.get(timeline);
  if (!made) {
    made = collectEnds(timeline.events);
    ends.set(timeline, made);
  }
  return made;
}

function collectEnds(events: readonly TimelineEvent[]): Map<string, LinkEnd[]> {
  const out = new Map<string, LinkEnd[]>();
  const incoming = new Map<string, LinkEnd[]>();
  const push = (map: Map<string, LinkEnd[]>, id: string, end: LinkEnd): void => {
    const list = map.get(id);
    if (list) list.push(end);
    else map.set(id, [end]);
  };
  for (const e of events) {
    for (const l of e.links) {
      const note = l.note === undefined ? {} : { note: l.note };
      push(out, e.id, { other: l.to, kind: l.kind, direction: 'out', ...note });
      push(incoming, l.to, { other: e.id, kind: l.kind, direction: 'in', ...note });
    }
  }
  const all = new Map<string, LinkEnd[]>();
  for (const id of new Set([...out.keys(), ...incoming.keys()])) all.set(id, [...(out.get(id) ?? []), ...(incoming.get(id) ?? [])]);
  return all;
}

/** How many links an event has, both ways. */
export function linkCount(timeline: Timeline, id: string): number {
  return linkEnds(timeline).get(id)?.length ?? 0;
}
