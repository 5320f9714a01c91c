/**
 * What the key under the timeline explains: only the symbols this timeline
 * draws. Read once per timeline: every page of a large timeline (a thousand
 * period pages at 100,000 events) carries the key, and reading the events
 * for each was a tenth of the build.
 */
import type { Timeline, TimelineEvent } from './model.ts';
import { isFuzzy, isImprecise } from './uncertainty.ts';

/** A symbol of the drawing, in the key's order; `more` ("+n" chips) is always there. */
export type KeySwatch = 'high' | 'span' | 'uncertain' | 'era' | 'marker' | 'link' | 'more';

const keys = new WeakMap<Timeline, readonly KeySwatch[]>();

/** The key's "date not exact" symbol stands for both ways a date is drawn as unsure. */
const unsure = (e: TimelineEvent): boolean => isFuzzy(e) || isImprecise(e);

/**
 * @example keySwatches(sample) // ['high', 'span', 'uncertain', 'era', 'marker', 'link', 'more']
 */
export function keySwatches(timeline: Timeline): readonly KeySwatch[] {
  let swatches = keys.get(timeline);
  if (!swatches) {
    const { events } = timeline;
    const uses: Record<KeySwatch, boolean> = {
      high: events.some((e) => e.importance === 'high'),
      span: events.some((e) => e.when.end !== undefined || e.when.ongoing),
      uncertain: events.some(unsure),
      era: timeline.eras.length > 0,
      marker: timeline.markers.length > 0,
      link: events.some((e) => e.links.length > 0),
      more: true,
    };
    swatches = (Object.keys(uses) as KeySwatch[]).filter((swatch) => uses[swatch]);
    keys.set(timeline, swatches);
  }
  return swatches;
}
