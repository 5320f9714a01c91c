/**
 * Author colours: any CSS colour, checked and normalised to hex at build time
 * (so nothing but `#rrggbb` ever reaches a style), with a readable text colour
 * derived from it.
 */
import { clampChroma, formatHex, oklch, parse, wcagContrast } from 'culori';

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

/** Black or white, whichever reads better on `background`. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return wcagContrast(background, '#000000') >= wcagContrast(background, '#ffffff') ? '#000000' : '#ffffff';
}

export function contrast(a: string, b: string): number {
  return wcagContrast(a, b);
}

/**
 * The author's colour, made just dark (or light) enough to stand out from
 * `background` by `min` (WCAG's 3:1 for shapes such as dots and lane bars),
 * keeping its hue: a pale yellow lane stays yellow, as a darker yellow.
 * @example readableOn('#fde68a', '#ffffff') // a darker yellow with 3:1 on white
 */
export function readableOn(color: string, background: string, min = 3): string {
  if (wcagContrast(color, background) >= min) return color;
  const base = oklch(color);
  if (!base) return color;
  const darker = wcagContrast(background, '#000000') >= wcagContrast(background, '#ffffff');
  for (let step = 1; step <= 40; step++) {
    const l = Math.min(1, Math.max(0, base.l + (darker ? -step : step) * 0.025));
    const candidate = formatHex(clampChroma({ ...base, l }, 'oklch'));
    if (wcagContrast(candidate, background) >= min) return candidate;
  }
  return darker ? '#000000' : '#ffffff';
}

/**
 * Group colours when the author gives none: the Okabe–Ito palette, readable
 * by people with the common colour-vision deficiencies.
 */
export const DEFAULT_GROUP_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7a6f00', '#000000'] as const;

/** Light defaults for era bands, behind the events. */
export const DEFAULT_ERA_COLORS = ['#fde68a', '#bfdbfe', '#bbf7d0', '#fbcfe8', '#ddd6fe'] as const;

/** The page's surfaces in light and dark (base.css --surface). */
export const LIGHT_SURFACE = '#ffffff';
export const DARK_SURFACE = '#1b1e23';
