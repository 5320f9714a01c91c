/**
 * Waits until the page has come to rest, however busy the machine: no
 * transition or animation running, and the timeline's window, the page's
 * scroll, the panel, the selected event and the number of items drawn
 * unchanged for half a second of
 * the page's own time and several frames. The page defers a few steps by
 * timers of up to 350 ms (the sheet's scroll into view); half a second
 * outlasts them all. A timed wait would instead pass alone and fail beside
 * other work.
 */
import type { FrameLocator, Page } from '@playwright/test';

export function settled(scope: Page | FrameLocator): Promise<void> {
  return scope.locator(':root').evaluate(async () => {
    const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
    const finite = (a: Animation): boolean => a.effect?.getComputedTiming().endTime !== Infinity;
    const box = (selector: string): number[] => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r ? [r.top, r.left, r.width, r.height] : [];
    };
    const snapshot = (): string => {
      const timeline = (document.querySelector('tl-timeline') as unknown as { timeline?: { getWindow(): { start: Date; end: Date } } } | null)?.timeline;
      const w = timeline?.getWindow();
      return JSON.stringify([
        w?.start.valueOf(),
        w?.end.valueOf(),
        scrollX,
        scrollY,
        box('.tl-panel'),
        box('.vis-item.vis-selected:not(.vis-dot)'),
        document.documentElement.scrollHeight,
        document.querySelectorAll('.vis-item').length,
      ]);
    };
    let last = snapshot();
    let since = performance.now();
    let frames = 0;
    for (;;) {
      await Promise.all(
        document
          .getAnimations()
          .filter(finite)
          .map((a) => a.finished.catch(() => undefined)),
      );
      const now = await frame();
      const current = snapshot();
      if (current !== last) {
        last = current;
        since = now;
        frames = 0;
      } else if (++frames >= 5 && now - since >= 500) return;
    }
  });
}
