/**
 * What the routes in src/pages share: a route per timeline (or per period
 * of a large one), what a timeline's page starts from, the options every
 * export takes from the build (the site's address, the stamp), and the
 * responses of file endpoints.
 */
import { exportStamp } from './lib/exchange/bounds.ts';
import type { ExportOptions } from './lib/exchange/event-text.ts';
import type { Timeline, TimelineEvent } from './lib/model/model.ts';
import type { Period } from './lib/model/periods.ts';
import type { Story } from './lib/model/stories.ts';
import { listedEvents, planTimeline } from './lib/model/timeline-plan.ts';
import { createPageContext, type PageContext } from './lib/render/page-context.ts';
import { buildImages } from './event-images.ts';
import { getTimelines } from './timelines.ts';

// Types, not interfaces: Astro's props need an index signature.
export type TimelineProps = { readonly timeline: Timeline };
export type PeriodProps = { readonly timeline: Timeline; readonly period: Period };
export type StoryProps = { readonly timeline: Timeline; readonly story: Story };

/** A route per timeline (`/<slug>/…`), or per timeline that `include` keeps. */
export function timelineRoutes(include: (timeline: Timeline) => boolean = () => true): Array<{ params: { slug: string }; props: TimelineProps }> {
  return getTimelines()
    .filter(include)
    .map((timeline) => ({ params: { slug: timeline.slug }, props: { timeline } }));
}

/** Every period of every large timeline: each has a page and a data file. */
export function periodRoutes(): Array<{ params: { slug: string; period: string }; props: PeriodProps }> {
  return getTimelines().flatMap((timeline) => {
    const plan = planTimeline(timeline);
    return plan.large ? plan.periods.map((period) => ({ params: { slug: timeline.slug, period: period.key }, props: { timeline, period } })) : [];
  });
}

/** Every story of every timeline: `/<slug>/story/<id>/`, and its embed. */
export function storyRoutes(): Array<{ params: { slug: string; id: string }; props: StoryProps }> {
  return getTimelines().flatMap((timeline) => timeline.stories.map((story) => ({ params: { slug: timeline.slug, id: story.id }, props: { timeline, story } })));
}

/** What a timeline's pages start from: the page context (its pictures made), whether it is published in periods, the events it lists. */
export async function timelinePage(timeline: Timeline): Promise<{ ctx: PageContext; large: boolean; listed: readonly TimelineEvent[] }> {
  const ctx = createPageContext(timeline);
  await buildImages(ctx);
  return { ctx, large: planTimeline(timeline).large, listed: listedEvents(timeline) };
}

/** What an export needs: the page context (formatter, lanes, sources) and the options. */
export function exportInputs(timeline: Timeline, site: URL | undefined): { ctx: PageContext; options: ExportOptions } {
  // SOURCE_DATE_EPOCH is read here, at the edge, and nowhere in src/lib.
  const stamp = exportStamp(timeline, process.env['SOURCE_DATE_EPOCH']);
  return { ctx: createPageContext(timeline), options: site ? { site: site.href, stamp } : { stamp } };
}

/** A text file in UTF-8. */
export function respond(body: string, type: string): Response {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
}

/** A data file the pages fetch, or another site reads (oEmbed, TimelineJS). */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}
