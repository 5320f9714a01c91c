/**
 * A large timeline's overview: its periods' summaries and its highlights,
 * which every one of its pages (main, period, embed) needs to draw the
 * zoomed-out view. One file, fetched and cached once, rather than a third of
 * each of hundreds of pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { planTimeline } from '../../lib/model/timeline-plan.ts';
import { createPageContext } from '../../lib/render/page-context.ts';
import { visOverview } from '../../lib/vis/to-vis.ts';
import { jsonResponse, timelineRoutes, type TimelineProps } from '../../routes.ts';

export const getStaticPaths = (() => timelineRoutes((timeline) => planTimeline(timeline).large)) satisfies GetStaticPaths;

export const GET: APIRoute<TimelineProps> = ({ props }) => jsonResponse(visOverview(props.timeline, createPageContext(props.timeline).format));
