import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/load.ts';
import { formatProblem } from '../../src/lib/format/problems.ts';

it('loads the sample timeline without problems', () => {
  const r = loadTimeline(readFileSync('data/north-korea.yaml', 'utf8'), 'data/north-korea.yaml');
  expect(r.problems.map(formatProblem)).toEqual([]);
  expect(r.timeline?.events.length).toBeGreaterThanOrEqual(25);
});
