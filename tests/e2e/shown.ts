/**
 * What the timeline shows in its window, read from vis-timeline itself: the
 * events it draws, and how many its "+n" chips stand for. Every event in
 * view is one or the other.
 */
import type { FrameLocator, Page } from '@playwright/test';

export interface Shown {
  /** Ids of the events drawn in view. */
  readonly drawn: string[];
  /** Events the chips in view stand for. */
  readonly more: number;
}

interface VisTimeline {
  getVisibleItems(): Array<string | number>;
  itemsData: { get(id: string): { content?: string } | null };
}

export function shown(scope: Page | FrameLocator): Promise<Shown> {
  return scope.locator('tl-timeline').evaluate((el) => {
    const timeline = (el as unknown as { timeline: VisTimeline }).timeline;
    const ids = timeline.getVisibleItems().map(String);
    const drawn = ids.filter((id) => !id.includes(':'));
    const more = ids.filter((id) => id.startsWith('more:')).reduce((n, id) => n + Number((timeline.itemsData.get(id)?.content ?? '+0').slice(1)), 0);
    return { drawn, more };
  });
}

/** The timeline's window, ms. */
export function windowOf(scope: Page | FrameLocator): Promise<{ start: number; end: number }> {
  return scope.locator('tl-timeline').evaluate((el) => {
    const w = (el as unknown as { timeline: { getWindow(): { start: Date; end: Date } } }).timeline.getWindow();
    return { start: w.start.valueOf(), end: w.end.valueOf() };
  });
}
