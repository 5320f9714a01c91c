import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/lib/format/patterns.ts';

describe('/embed.js', () => {
  const source = readFileSync('public/embed.js', 'utf8');

  it('stays under 3 KB gzip', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(3 * 1024);
  });

  it("keeps its own copy of the format's id pattern, the same one", () => {
    const copy = /const ID = \/(.+)\/(\w*);/.exec(source);
    expect(copy?.[1]).toBe(ID_PATTERN.source);
    expect(copy?.[2]).toBe(ID_PATTERN.flags);
  });

  it('imports nothing and loads nothing', () => {
    expect(source).not.toMatch(/\bimport\b|\brequire\(|fetch\(|XMLHttpRequest|createElement\('script'\)/);
  });
});
