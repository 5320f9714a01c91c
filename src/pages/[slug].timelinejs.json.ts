/**
 * The timeline in TimelineJS3's JSON format (/<slug>.timelinejs.json), for
 * Knight Lab's TimelineJS and tools that read it. TimelineJS tells stories of
 * tens to hundreds of slides: a timeline large enough to be published in
 * periods has no TimelineJS file (it would cost its build seconds for a file
 * TimelineJS could not show).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toTimelineJS } from '../lib/exchange/timelinejs.ts';
import { LARGE_TIMELINE } from '../lib/model/periods.ts';
import { jsonResponse, timelineRoutes, type TimelineProps } from '../routes.ts';

export const getStaticPaths = (() => timelineRoutes((timeline) => timeline.events.length <= LARGE_TIMELINE)) satisfies GetStaticPaths;

export const GET: APIRoute<TimelineProps> = ({ props, site }) => jsonResponse(toTimelineJS(props.timeline, { site }));
