/** `/<slug>.json`: the normalised timeline (src/lib/exchange/to-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportRoutes, respond, type ExportProps } from '../exports.ts';
import { writeTimelineJson } from '../lib/exchange/to-json.ts';

export const getStaticPaths = (() => exportRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<ExportProps> = ({ props, site }) => respond(writeTimelineJson(props.timeline, site ? { site: site.href } : {}), 'application/json');
