/**
 * The one hash of strings, FNV-1a (32 bits). It places an event in the
 * stable sample (stable-sample.ts), an id in the files of the id index
 * (timeline-plan.ts) and a word in the search index's shards
 * (search/search-words.ts); the build and the browser must agree on the
 * last two. Imports nothing.
 * @example hashString('') // 2166136261
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
