/** `/<slug>.json`: the normalised timeline (src/lib/exchange/to-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { respond, timelineRoutes, type TimelineProps } from '../routes.ts';
import { writeTimelineJson } from '../lib/exchange/to-json.ts';

export const getStaticPaths = (() => timelineRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<TimelineProps> = ({ props, site }) =>
  respond(writeTimelineJson(props.timeline, site ? { site: site.href } : {}), 'application/json');
