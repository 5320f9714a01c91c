/**
 * The key under the timeline names only the symbols the timeline draws, read
 * once per timeline (every page of a large timeline carries it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { formatProblem } from '../../src/lib/format/problems.ts';
import { keySwatches } from '../../src/lib/model/key.ts';
import type { Timeline } from '../../src/lib/model/model.ts';
import { createDateFormatter } from '../../src/lib/dates/format-date.ts';
import { eventItem } from '../../src/lib/vis/to-vis.ts';

function timelineOf(text: string): Timeline {
  const r = loadTimeline(text, 'inline.yaml');
  if (!r.timeline) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.timeline;
}

const oneDay = (date: string, extra = ''): string => `title: T\nevents:\n  - id: a\n    title: A\n    date: ${date}\n${extra}`;

describe('the key', () => {
  it('names every symbol the sample draws, in order, with the chips last', () => {
    expect(keySwatches(timelineOf(readFileSync('data/north-korea.yaml', 'utf8')))).toEqual(['high', 'span', 'uncertain', 'era', 'marker', 'link', 'more']);
  });

  it('names only what a timeline uses: one exact day has only the chips', () => {
    expect(keySwatches(timelineOf(oneDay('2023-09-13')))).toEqual(['more']);
    expect(keySwatches(timelineOf(oneDay('2023-09-13', '    importance: high\n')))).toEqual(['high', 'more']);
    expect(keySwatches(timelineOf(oneDay('2023-09-13/2023-09-17')))).toEqual(['span', 'more']);
  });

  it('counts a month or a year without an end, or a fuzzy day, as uncertain', () => {
    expect(keySwatches(timelineOf(oneDay('2023-09')))).toEqual(['uncertain', 'more']);
    expect(keySwatches(timelineOf(oneDay('2023')))).toEqual(['uncertain', 'more']);
    expect(keySwatches(timelineOf(oneDay('2023-09-13~')))).toEqual(['uncertain', 'more']);
    expect(keySwatches(timelineOf(oneDay('2023-09/2023-10')))).toEqual(['span', 'more']);
  });

  it('names the uncertain symbol exactly when the drawing uses it', () => {
    const formatter = createDateFormatter('en-GB');
    for (const date of ['2023-09-13', '2023-09', '2023', '2023-09-13~', '2023-09-13?', '2023-09/2023-10', '2023-09-13/2023-09-17~', '2023-09-13/..']) {
      const timeline = timelineOf(oneDay(date));
      const [event] = timeline.events;
      if (!event) throw new Error(`no event in ${date}`);
      const classes = eventItem(event, new Map(), formatter).className.split(' ');
      const drawn = classes.includes('tl-imprecise') || classes.includes('tl-uncertain');
      expect({ date, key: keySwatches(timeline).includes('uncertain') }).toEqual({ date, key: drawn });
    }
  });

  it('reads a timeline once', () => {
    const timeline = timelineOf(oneDay('2023-09-13'));
    expect(keySwatches(timeline)).toBe(keySwatches(timeline));
  });
});
