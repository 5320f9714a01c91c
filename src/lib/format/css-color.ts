/**
 * What the format takes as a colour: any CSS colour, checked and normalised
 * to hex when the file is read, so nothing but `#rrggbb` ever reaches a
 * style. The colours derived from it (text on it, lane dots that stand out)
 * are the model's (model/colors.ts).
 */
import { formatHex, parse } from 'culori';

/**
 * @example normalizeColor('rebeccapurple') // '#663399'
 */
export function normalizeColor(text: string): string | undefined {
  const trimmed = text.trim();
  // culori reads some things browsers don't (bare numbers, unknown spaces): keep to CSS forms.
  if (!/^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\([^;{}]*\))$/i.test(trimmed)) return undefined;
  const color = parse(trimmed);
  return color ? formatHex(color) : undefined;
}
