import { describe, expect, it } from 'vitest';
import { normalizeColor } from '../../src/lib/format/css-color.ts';
import { wcagContrast as contrast } from 'culori';
import { DARK_SURFACE, DEFAULT_GROUP_COLORS, LIGHT_SURFACE, readableOn, readableTextOn } from '../../src/lib/model/colors.ts';

describe('normalizeColor', () => {
  it.each([
    ['#B42318', '#b42318'],
    ['#abc', '#aabbcc'],
    ['rebeccapurple', '#663399'],
    ['rgb(180 35 24)', '#b42318'],
    ['hsl(0 100% 50%)', '#ff0000'],
    ['blurple', undefined],
    ['red; background:url(x)', undefined],
    ['expression(alert(1))', undefined],
  ])('%s → %s', (input, hex) => {
    expect(normalizeColor(input)).toBe(hex);
  });
});

describe('readable colours', () => {
  it('picks black or white text, whichever reads better', () => {
    expect(readableTextOn('#fde68a')).toBe('#000000');
    expect(readableTextOn('#1e3a8a')).toBe('#ffffff');
    for (const c of ['#fde68a', '#1e3a8a', '#d92d20', '#0e7c86']) expect(contrast(c, readableTextOn(c))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['#fde68a', '#ffff00', '#e0e0e0', '#1a1a1a', '#0b2545', '#d92d20', ...DEFAULT_GROUP_COLORS])(
    'makes %s stand out 3:1 on the light and the dark background, keeping its hue',
    (color) => {
      expect(contrast(readableOn(color, LIGHT_SURFACE), LIGHT_SURFACE)).toBeGreaterThanOrEqual(3);
      expect(contrast(readableOn(color, DARK_SURFACE), DARK_SURFACE)).toBeGreaterThanOrEqual(3);
    },
  );

  it('leaves a colour that already stands out as it is', () => {
    expect(readableOn('#b42318', LIGHT_SURFACE)).toBe('#b42318');
  });
});
