/** The timeline in TimelineJS3's JSON format (/<slug>.timelinejs.json), for Knight Lab's TimelineJS and tools that read it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Timeline } from '../lib/model.ts';
import { toTimelineJS } from '../lib/timelinejs.ts';
import { getTimelines } from '../timelines.ts';

export const getStaticPaths = (() => getTimelines().map((timeline) => ({ params: { slug: timeline.slug }, props: { timeline } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ timeline: Timeline }> = ({ props, site }) =>
  new Response(JSON.stringify(toTimelineJS(props.timeline, { site })), { headers: { 'content-type': 'application/json' } });
