/** `/<slug>.ics`: the events as an iCalendar file (src/lib/exchange/to-ics.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportInputs, respond, timelineRoutes, type TimelineProps } from '../routes.ts';
import { writeIcs } from '../lib/exchange/to-ics.ts';

export const getStaticPaths = (() => timelineRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<TimelineProps> = ({ props, site }) => {
  const { ctx, options } = exportInputs(props.timeline, site);
  return respond(writeIcs(ctx, options), 'text/calendar');
};
