/**
 * Stories: guided paths through a timeline, one step at a time. A step shows
 * an event (its heading is the event's title unless the step gives one) or a
 * window of time. The checks have run: every event a step names exists, and
 * each step has one of the two.
 */
import { axisEnd, axisStart, type DateSpan } from '../dates/dates.ts';
import type { StoryData } from '../format/schema.ts';
import { defined } from './defined.ts';

export interface StoryStep {
  /** 1-based: its address is `#step-<n>`. */
  readonly n: number;
  /** The event it shows, when it shows one. */
  readonly event?: string;
  /** The stretch of time it shows, when it shows one: as written, and on the axis (floating ms, end exclusive). */
  readonly window?: { readonly when: DateSpan; readonly start: number; readonly end: number };
  /** Its own title, else its event's. */
  readonly title: string;
  /** Markdown. */
  readonly text: string;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  /** Markdown. */
  readonly summary?: string;
  readonly steps: readonly StoryStep[];
}

/** The file's stories, each step with its heading and place on the axis. */
export function buildStories(stories: readonly StoryData[] | undefined, eventTitles: ReadonlyMap<string, string>, zone: string): Story[] {
  return (stories ?? []).map((s) =>
    defined<Story>({
      id: s.id,
      title: s.title,
      summary: s.summary,
      steps: s.steps.map((step, i) =>
        defined<StoryStep>({
          n: i + 1,
          event: step.event,
          window: step.window && {
            when: { start: step.window.start, end: step.window.end },
            start: axisStart(step.window.start, zone, zone),
            end: axisEnd(step.window.end, zone, zone),
          },
          title: step.title ?? (step.event ? eventTitles.get(step.event) : undefined) ?? '',
          text: step.text,
        }),
      ),
    }),
  );
}

/** The ids of the events a story shows, in its order, each once. */
export function storyEvents(story: Story): string[] {
  return [...new Set(story.steps.flatMap((s) => (s.event ? [s.event] : [])))];
}
