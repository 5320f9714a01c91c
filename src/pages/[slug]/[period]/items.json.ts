/** A period's items, fetched by the timeline when the reader's window reaches it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createPageContext } from '../../../lib/render/page-context.ts';
import { periodItems } from '../../../lib/vis/to-vis.ts';
import { jsonResponse, periodRoutes, type PeriodProps } from '../../../routes.ts';

export const getStaticPaths = (() => periodRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<PeriodProps> = ({ props }) => jsonResponse(periodItems(props.timeline, props.period, createPageContext(props.timeline).format));
