/**
 * How wide a label is drawn, from the canvas's text metrics: no layout, so
 * laying out hundreds of labels on every pan costs next to nothing. The fonts
 * are read once from the page's own styles (a hidden label of each
 * importance), so the stylesheet stays the one place that sets them.
 */
import type { Importance } from '../lib/vis/row-layout.ts';

const IMPORTANCE: readonly Importance[] = ['high', 'normal', 'low'];

export class LabelMetrics {
  private readonly context: CanvasRenderingContext2D | null = document.createElement('canvas').getContext('2d');
  private readonly fonts = new Map<Importance, { font: string; padding: number; dot: number }>();
  private readonly widths = new Map<string, number>();
  private readonly titles = new Map<string, number>();

  /** Reads the label fonts as the stylesheet sets them, inside `root`. */
  constructor(root: HTMLElement) {
    // Inside a vis-timeline box, as the labels are: the stylesheet sizes them there.
    const probe = document.createElement('div');
    probe.className = 'vis-timeline';
    probe.style.cssText = 'position:absolute;visibility:hidden;left:-9999px;top:0';
    probe.innerHTML = IMPORTANCE.map(
      (i) =>
        `<div class="vis-item vis-point tl-item tl-importance-${i}"><div class="vis-item-content"><span class="tl-item__label">x</span></div><div class="vis-item vis-dot tl-item tl-importance-${i}"></div></div>`,
    ).join('');
    root.append(probe);
    for (const [n, importance] of IMPORTANCE.entries()) {
      const item = probe.children[n] as HTMLElement;
      const label = item.querySelector('.tl-item__label') as HTMLElement;
      const content = item.querySelector('.vis-item-content') as HTMLElement;
      const dot = item.querySelector('.vis-dot') as HTMLElement;
      const s = getComputedStyle(label);
      const c = getComputedStyle(content);
      this.fonts.set(importance, {
        font: `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`,
        padding: parseFloat(c.paddingLeft) + parseFloat(c.paddingRight),
        dot: dot.getBoundingClientRect().width,
      });
    }
    this.root = root;
    probe.remove();
  }

  private readonly root: HTMLElement;

  /**
   * A lane title's width, px: measured as drawn (capitals, spaced), once per
   * lane, by laying it out out of sight: there are only a few.
   */
  title(text: string): number {
    let width = this.titles.get(text);
    if (width === undefined) {
      const probe = document.createElement('div');
      probe.className = 'vis-timeline';
      probe.style.cssText = 'position:absolute;visibility:hidden;left:-9999px;top:0';
      probe.innerHTML = '<div class="vis-item vis-range tl-lane-title"><div class="vis-item-content"></div></div>';
      const content = probe.querySelector('.vis-item-content') as HTMLElement;
      content.textContent = text;
      this.root.append(probe);
      width = Math.ceil(content.getBoundingClientRect().width);
      probe.remove();
      this.titles.set(text, width);
    }
    return width;
  }

  /** A label's width in px, padding included, at most `max`. */
  width(text: string, importance: Importance = 'normal', max = Infinity): number {
    const key = `${importance}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      const font = this.fonts.get(importance);
      if (this.context && font) this.context.font = font.font;
      // Rounded up, and a pixel spare: the browser's layout rounds text differently from the canvas.
      width = Math.ceil(this.context?.measureText(text).width ?? text.length * 7) + 1 + (font?.padding ?? 8);
      this.widths.set(key, width);
    }
    return Math.min(width, max);
  }

  /** The width of an event's dot, px. */
  dot(importance: Importance = 'normal'): number {
    return this.fonts.get(importance)?.dot ?? 10;
  }
}
