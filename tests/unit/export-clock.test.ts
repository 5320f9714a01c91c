/**
 * The exports must give the same bytes on any machine, in any zone, on any
 * day. The unit tests run in one zone (UTC+14), so beside the date tests in
 * each export's file, this checks the code itself: nothing in src/lib/exchange
 * reads the clock or a date in the machine's local time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/lib/exchange/', import.meta.url);
const LOCAL_TIME = [
  /\bDate\.now\(/,
  /new Date\(\s*\)/,
  /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)\(/,
  /\.getTimezoneOffset\(/,
  /\.toLocale\w*String\(/,
  /\.to(Date|Time)String\(/,
  /new Date\(\s*\d+\s*,/,
  /performance\.now|process\.hrtime/,
];

describe('src/lib/exchange', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it('holds the transforms', () => {
    expect(files).toEqual(expect.arrayContaining(['to-json.ts', 'to-ics.ts', 'to-csv.ts', 'to-atom.ts']));
  });

  it.each(files)('%s reads neither the clock nor local time', (file) => {
    const code = readFileSync(new URL(file, DIR), 'utf8');
    for (const pattern of LOCAL_TIME) expect(code, `${file} matches ${pattern}`).not.toMatch(pattern);
  });

  it('the check itself catches local time', () => {
    expect(LOCAL_TIME.some((p) => p.test('const y = d.getFullYear();'))).toBe(true);
    expect(LOCAL_TIME.some((p) => p.test('const y = d.getUTCFullYear();'))).toBe(false);
    expect(LOCAL_TIME.some((p) => p.test('new Date()'))).toBe(true);
  });
});
