/**
 * Colours derived from the author's (which the format has checked and made
 * `#rrggbb`, see format/css-color.ts): a readable text colour on it, a shade
 * that stands out from the page, and the defaults when the author gives none.
 */
import { clampChroma, formatHex, oklch, wcagContrast } from 'culori';

/** Black or white, whichever reads better on `background`. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return wcagContrast(background, '#000000') >= wcagContrast(background, '#ffffff') ? '#000000' : '#ffffff';
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
