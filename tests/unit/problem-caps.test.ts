/**
 * What is printed for a file with thousands of problems: the first ones and
 * a count of the rest, for people; every one of them in the JSON.
 */
import { describe, expect, it } from 'vitest';
import { fileProblem, formatProblems, listProblems, LISTED_PROBLEMS, type Problem } from '../../src/lib/format/problems.ts';
import { formatReport, toJsonReport } from '../../src/lib/format/report.ts';

/** `n` problems, one a line of data/many.yaml, given in reverse order. */
function many(n: number): Problem[] {
  return Array.from({ length: n }, (_, i): Problem => ({
    file: 'data/many.yaml',
    line: n - i + 2,
    column: 11,
    path: ['events', n - i - 1, 'date'],
    itemId: `e${n - i - 1}`,
    kind: 'data',
    message: '2023-02-30 has day 30, but February 2023 has 28 days.',
    fix: 'Check the day of the month.',
  }));
}

describe('a listing of many problems', () => {
  it('prints the first ones in file order, then counts the rest', () => {
    expect(listProblems(many(5), undefined, 2)).toMatchInlineSnapshot(`
      [
        "data/many.yaml:3:11 events[0] "e0" → date: 2023-02-30 has day 30, but February 2023 has 28 days. Check the day of the month.",
        "data/many.yaml:4:11 events[1] "e1" → date: 2023-02-30 has day 30, but February 2023 has 28 days. Check the day of the month.",
        "… and 3 more (npm run validate -- --json lists every one).",
      ]
    `);
    expect(listProblems(many(2), undefined, 2)).toHaveLength(2);
  });

  it('keeps the build’s message to a screenful, and says the count once', () => {
    const text = formatProblems(many(100_000));
    expect(text.split('\n')).toHaveLength(LISTED_PROBLEMS + 2);
    expect(text.split('\n').slice(-2)).toMatchInlineSnapshot(`
      [
        "… and 99,900 more (npm run validate -- --json lists every one).",
        "100,000 problems in 1 file: nothing was published. Fix them and run again.",
      ]
    `);
  });

  it('caps problems and warnings each in the validator’s report, and lists them all in its JSON', () => {
    const warnings = many(150).map((p) => ({ ...p, file: 'data/other.yaml' }));
    const checked = { files: ['data/many.yaml', 'data/other.yaml'], problems: many(1_000), warnings };
    const lines = formatReport(checked).split('\n');
    expect(lines).toHaveLength(LISTED_PROBLEMS + 1 + LISTED_PROBLEMS + 1 + 1);
    expect(lines.filter((l) => l.startsWith('…'))).toMatchInlineSnapshot(`
      [
        "… and 900 more (npm run validate -- --json lists every one).",
        "… and 50 more (npm run validate -- --json lists every one).",
      ]
    `);
    expect(lines.at(-1)).toMatchInlineSnapshot(`"1,000 problems in 1 file (2 files checked). Fix them and run again."`);
    expect(toJsonReport(checked)).toHaveLength(1_150);
  });

  it('orders by file, then by line and column', () => {
    const problems = [...many(3), fileProblem('data/a.yaml', 'is empty.', 'Add events.')];
    expect(listProblems(problems).map((line) => line.slice(0, line.indexOf(' ')))).toEqual([
      'data/a.yaml:1:1',
      'data/many.yaml:3:11',
      'data/many.yaml:4:11',
      'data/many.yaml:5:11',
    ]);
  });
});
