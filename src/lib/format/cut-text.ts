/**
 * Text cut short between the characters a reader sees (grapheme clusters:
 * an emoji with its skin tone or its flag pair, a letter with its accents),
 * never through one. Cut by UTF-16 units, "👍🏽" or "🇰🇷" leaves half a
 * character: a lone surrogate, which is not text (characters.ts), or a
 * sign that changes meaning.
 */

// Grapheme clusters do not depend on the language: a fixed locale keeps the machine's out of it.
// Where Intl.Segmenter is missing (older browsers), code points: never half of one.
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : undefined;

/**
 * The first `max` characters of `text`, as a reader counts them.
 * @example cutText('Kim 👍🏽 Xi', 5) // 'Kim 👍🏽'
 */
export function cutText(text: string, max: number): string {
  // A character is at least one UTF-16 unit: text no longer than `max` units is whole.
  if (text.length <= max) return text;
  const characters = segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  return characters.slice(0, max).join('');
}
