/**
 * What the browser's scripts take from the pure core, made safe for the
 * browser: a hash that cannot be decoded, and zod set up without eval.
 */
import { describe, expect, it } from 'vitest';
import { z } from '../../src/lib/format/zod-mini.ts';
import { parseEmbedOptions } from '../../src/lib/embed/embed-options.ts';
import { decodeHash } from '../../src/lib/search/deep-link.ts';

describe('decodeHash', () => {
  it.each([
    ['#plenum-2023-12', 'plenum-2023-12'],
    ['plenum-2023-12', 'plenum-2023-12'],
    ['#%ED%8F%89%EC%96%91', '평양'],
    ['', ''],
    ['#', ''],
    ['#%', ''],
    ['#%zz', ''],
    ['#%E0%A4%A', ''],
    ['#%ED%A0%80', ''],
  ])('%s → %j', (hash, id) => {
    expect(decodeHash(hash)).toBe(id);
  });
});

describe('zod in the browser', () => {
  it('never compiles a parser with new Function, so never probes for eval', () => {
    expect(z.config().jitless).toBe(true);
    const made: unknown[] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct: (target, args: unknown[]): object => (made.push(args), Reflect.construct(target, args) as object),
      apply: (target, self, args: unknown[]): unknown => (made.push(args), Reflect.apply(target, self, args) as unknown),
    });
    try {
      const schema = z.object({ a: z.string(), b: z.optional(z.number()) });
      expect(schema.parse({ a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
      expect(parseEmbedOptions('?theme=dark&list=1&groups=party', { groups: ['party'], tags: [] }).options.theme).toBe('dark');
    } finally {
      globalThis.Function = original;
    }
    expect(made).toEqual([]);
  });
});
