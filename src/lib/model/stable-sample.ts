/**
 * Choices that stay the same at every build and as the reader pans: a
 * stable number for an id, and an even sample that keeps the same items.
 * A leaf (it imports only the string hash), so the plan of a timeline, its
 * vis transform and the level of detail can all use it without importing
 * each other.
 */
import { hashString } from './hash.ts';

/** A stable number in [0, 1) for an id, so a sample keeps the same events as the window moves. */
export function stableFraction(id: string): number {
  let h = hashString(id);
  // MurmurHash3's finaliser: ids that differ in one character land far apart.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** At most `n` of `items`, the same ones at every build, in their order. */
export function stableSample<T extends { readonly id: string }>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const keep = new Set([...items].sort((a, b) => stableFraction(a.id) - stableFraction(b.id)).slice(0, n));
  return items.filter((i) => keep.has(i));
}
