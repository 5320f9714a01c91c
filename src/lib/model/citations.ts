/**
 * Orders the sources once for the whole page, in the order readers first meet
 * them (events in time order, then eras and markers): the sources section
 * lists them so. An event's or an era's own list numbers its sources 1…n
 * (numberLocally), so its panel reads on its own.
 */
import { annotationSources, type Source, type Timeline, type TimelineEvent } from './model.ts';

export interface Citation {
  readonly n: number;
  readonly source: Source;
  /** Ids of the events that cite it, in time order. */
  readonly citedBy: readonly string[];
}

export function numberSources(timeline: Timeline): Map<string, Citation> {
  const byId = new Map(timeline.sources.map((s) => [s.id, s]));
  const out = new Map<string, { n: number; source: Source; citedBy: string[] }>();
  const cite = (id: string, eventId?: string): void => {
    const source = byId.get(id);
    if (!source) return;
    let c = out.get(id);
    if (!c) {
      c = { n: out.size + 1, source, citedBy: [] };
      out.set(id, c);
    }
    if (eventId && !c.citedBy.includes(eventId)) c.citedBy.push(eventId);
  };
  for (const e of timeline.events) for (const id of citedSources(e)) cite(id, e.id);
  for (const era of timeline.eras) for (const id of era.sources) cite(id);
  for (const m of timeline.markers) for (const id of m.sources) cite(id);
  // Sources nobody cites still belong in the list.
  for (const s of timeline.sources) cite(s.id);
  return out;
}

/**
 * The ids of the sources an event cites: its own, then those its annotations
 * add, each once. The entry's citations, the sources section and the
 * exports all list them so.
 */
export function citedSources(event: Pick<TimelineEvent, 'sources' | 'annotations'>): string[] {
  return [...new Set([...event.sources, ...event.annotations.flatMap(annotationSources)])];
}

/**
 * The same citations numbered 1…n in this order: an event's (or an era's)
 * own numbering, so its panel reads [1], [2], … whatever the page holds.
 */
export function numberLocally(citations: readonly Citation[]): Citation[] {
  return citations.map((c, i) => ({ ...c, n: i + 1 }));
}

/** The citations of these source ids, in their order (ids of no source left out). */
export function citationsOf(ids: readonly string[], citations: ReadonlyMap<string, Citation>): Citation[] {
  return ids.flatMap((id) => {
    const c = citations.get(id);
    return c ? [c] : [];
  });
}
