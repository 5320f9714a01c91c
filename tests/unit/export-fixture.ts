/** The export tests' timelines: the small fixture, and the sample. */
import { readFileSync } from 'node:fs';
import { generateTimelineWithEvents } from '../../scripts/bench/generate.mjs';
import type { ExportOptions } from '../../src/lib/exchange/event-text.ts';
import { loadTimeline } from '../../src/lib/load/load.ts';
import type { Timeline } from '../../src/lib/model/model.ts';
import { createPageContext, type PageContext } from '../../src/lib/render/page-context.ts';

export function loadFixture(file: string, slug = 'small'): Timeline {
  const result = loadTimeline(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'), `${slug}.yaml`);
  if (!result.timeline) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.timeline;
}

export function timelineOf(yaml: string, slug = 'inline'): Timeline {
  const result = loadTimeline(yaml, `${slug}.yaml`);
  if (!result.timeline) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.timeline;
}

export const small = loadFixture('fixtures/exports/small.yaml');
export const smallCtx: PageContext = createPageContext(small);
export const sample = loadFixture('../data/north-korea.yaml', 'north-korea');
export const sampleCtx: PageContext = createPageContext(sample);

let large: Timeline | undefined;

/**
 * A generated timeline of 1,200 events, more than a page holds (so published
 * in periods), for the exports that must keep every event: generated once
 * for all the tests that ask, not once each.
 */
export function largeTimeline(): Timeline {
  large ??= timelineOf(generateTimelineWithEvents({ events: 1_200, seed: 5 }).yaml, 'large');
  return large;
}

/** A fixed stamp: what SOURCE_DATE_EPOCH=1717200000 gives. */
export const STAMP = '2024-06-01T00:00:00Z';
export const WITH_SITE: ExportOptions = { site: 'https://example.org/timelines/', stamp: STAMP };
export const WITHOUT_SITE: ExportOptions = { stamp: STAMP };
