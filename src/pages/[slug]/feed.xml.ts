/** `/<slug>/feed.xml`: the newest events as an Atom feed (src/lib/exchange/to-atom.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportInputs, exportRoutes, respond, type ExportProps } from '../../exports.ts';
import { writeAtom } from '../../lib/exchange/to-atom.ts';

export const getStaticPaths = (() => exportRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<ExportProps> = ({ props, site }) => {
  const { ctx, options } = exportInputs(props.timeline, site);
  return respond(writeAtom(ctx, options), 'application/atom+xml');
};
