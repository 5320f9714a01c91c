/**
 * Markdown as plain text for the exports and the search index, an event's
 * summary worked out once for all of a build's files. Below both, so the
 * search index need not import the exports.
 */
import type { TimelineEvent } from '../model/model.ts';
import { markdownToText } from './markdown.ts';

const summaries = new WeakMap<TimelineEvent, string>();

/** The summary as plain text, or nothing; worked out once per event for all the exports and the search index of a build. */
export function summaryText(event: TimelineEvent): string {
  if (!event.summary) return '';
  let text = summaries.get(event);
  if (text === undefined) {
    text = markdownToText(event.summary);
    summaries.set(event, text);
  }
  return text;
}
