/** `/<slug>.csv`: one row per event (src/lib/exchange/to-csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportInputs, respond, timelineRoutes, type TimelineProps } from '../routes.ts';
import { writeCsv } from '../lib/exchange/to-csv.ts';

export const getStaticPaths = (() => timelineRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<TimelineProps> = ({ props, site }) => {
  const { ctx, options } = exportInputs(props.timeline, site);
  return respond(writeCsv(ctx, options), 'text/csv');
};
