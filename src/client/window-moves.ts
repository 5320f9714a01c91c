/**
 * The timeline's window as the page moves it. A move may glide for a moment;
 * the next event selected meanwhile is brought into view from where the
 * window is going, not from where the glide happens to be: judged from there,
 * a quick second arrow press found its event already in view and let the
 * glide carry it off the screen. (Zooms and pans start from where the window
 * is, as a reader sees it: vis-timeline holds them to its bounds and its
 * smallest zoom, which a glide's end does not know.) A reader who asks for
 * less motion gets every move at once.
 */
import type { Timeline } from 'vis-timeline/esnext';

export interface Span {
  readonly start: number;
  readonly end: number;
}

const stillness = matchMedia('(prefers-reduced-motion: reduce)');

export class WindowMoves {
  /** The glide under way: where it ends, and when it should have. */
  private heading: (Span & { readonly ends: number }) | undefined;

  constructor(private readonly timeline: Timeline) {
    // The reader's own drag, pinch or wheel takes over from a glide.
    timeline.on('rangechange', (p: { byUser?: boolean }) => {
      if (p.byUser) this.heading = undefined;
    });
    // The glide's last step (vis-timeline may have held it to its bounds).
    timeline.on('rangechanged', () => {
      if (this.heading && performance.now() >= this.heading.ends) this.heading = undefined;
    });
  }

  /** Where the window is going, or where it is. */
  destination(): Span {
    // A glide starved of frames on a busy machine still counts for a while; past that, the window is what it is.
    const heading = this.heading;
    if (heading && performance.now() < heading.ends + 2_000) return heading;
    return this.current();
  }

  /** Where the window is now. */
  current(): Span {
    const { start, end } = this.timeline.getWindow();
    return { start: start.valueOf(), end: end.valueOf() };
  }

  /** Moves the window, gliding for `glide` milliseconds (0: at once). */
  set(start: number, end: number, glide = 0): void {
    const ms = stillness.matches ? 0 : glide;
    this.heading = ms > 0 ? { start, end, ends: performance.now() + ms } : undefined;
    this.timeline.setWindow(start, end, { animation: ms > 0 ? { duration: ms, easingFunction: 'easeInOutQuad' } : false });
  }
}
