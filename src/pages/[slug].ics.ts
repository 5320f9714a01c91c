/** `/<slug>.ics`: the events as an iCalendar file (src/lib/exchange/to-ics.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportInputs, exportRoutes, respond, type ExportProps } from '../exports.ts';
import { writeIcs } from '../lib/exchange/to-ics.ts';

export const getStaticPaths = (() => exportRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<ExportProps> = ({ props, site }) => {
  const { ctx, options } = exportInputs(props.timeline, site);
  return respond(writeIcs(ctx, options), 'text/calendar');
};
