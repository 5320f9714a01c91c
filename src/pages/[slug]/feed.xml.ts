/** `/<slug>/feed.xml`: the newest events as an Atom feed (src/lib/exchange/to-atom.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportInputs, respond, timelineRoutes, type TimelineProps } from '../../routes.ts';
import { writeAtom } from '../../lib/exchange/to-atom.ts';

export const getStaticPaths = (() => timelineRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<TimelineProps> = ({ props, site }) => {
  const { ctx, options } = exportInputs(props.timeline, site);
  return respond(writeAtom(ctx, options), 'application/atom+xml');
};
