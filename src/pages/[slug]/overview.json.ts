/**
 * A large timeline's overview: its periods' summaries and its highlights,
 * which every one of its pages (main, period, embed) needs to draw the
 * zoomed-out view. One file, fetched and cached once, rather than a third of
 * each of hundreds of pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Timeline } from '../../lib/model/model.ts';
import { createPageContext } from '../../lib/render/page-context.ts';
import { planTimeline } from '../../lib/model/timeline-plan.ts';
import { visOverview } from '../../lib/vis/to-vis.ts';
import { getTimelines } from '../../timelines.ts';

export const getStaticPaths = (() =>
  getTimelines()
    .filter((timeline) => planTimeline(timeline).large)
    .map((timeline) => ({ params: { slug: timeline.slug }, props: { timeline } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ timeline: Timeline }> = ({ props }) =>
  new Response(JSON.stringify(visOverview(props.timeline, createPageContext(props.timeline).format)), {
    headers: { 'content-type': 'application/json' },
  });
