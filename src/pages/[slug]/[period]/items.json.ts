/** A period's items, fetched by the timeline when the reader's window reaches it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Timeline } from '../../../lib/model/model.ts';
import { createPageContext } from '../../../lib/render/page-context.ts';
import type { Period } from '../../../lib/model/periods.ts';
import { periodItems } from '../../../lib/vis/to-vis.ts';
import { periodRoutes } from '../../../timelines.ts';

export const getStaticPaths = (() => periodRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<{ timeline: Timeline; period: Period }> = ({ props }) =>
  new Response(JSON.stringify(periodItems(props.timeline, props.period, createPageContext(props.timeline).format)), {
    headers: { 'content-type': 'application/json' },
  });
