import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

describe('/embed.js', () => {
  const source = readFileSync('public/embed.js', 'utf8');

  it('stays under 3 KB gzip', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(3 * 1024);
  });

  it('imports nothing and loads nothing', () => {
    expect(source).not.toMatch(/\bimport\b|\brequire\(|fetch\(|XMLHttpRequest|createElement\('script'\)/);
  });
});
