/**
 * The timeline in TimelineJS3's JSON format (/<slug>.timelinejs.json), for
 * Knight Lab's TimelineJS and tools that read it. TimelineJS tells stories of
 * tens to hundreds of slides: a timeline large enough to be published in
 * periods has no TimelineJS file (it would cost its build seconds for a file
 * TimelineJS could not show).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Timeline } from '../lib/model/model.ts';
import { LARGE_TIMELINE } from '../lib/model/periods.ts';
import { toTimelineJS } from '../lib/exchange/timelinejs.ts';
import { getTimelines } from '../timelines.ts';

export const getStaticPaths = (() =>
  getTimelines()
    .filter((timeline) => timeline.events.length <= LARGE_TIMELINE)
    .map((timeline) => ({ params: { slug: timeline.slug }, props: { timeline } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ timeline: Timeline }> = ({ props, site }) =>
  new Response(JSON.stringify(toTimelineJS(props.timeline, { site })), { headers: { 'content-type': 'application/json' } });
