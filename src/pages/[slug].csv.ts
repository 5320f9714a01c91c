/** `/<slug>.csv`: one row per event (src/lib/exchange/to-csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportInputs, exportRoutes, respond, type ExportProps } from '../exports.ts';
import { writeCsv } from '../lib/exchange/to-csv.ts';

export const getStaticPaths = (() => exportRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<ExportProps> = ({ props, site }) => {
  const { ctx, options } = exportInputs(props.timeline, site);
  return respond(writeCsv(ctx, options), 'text/csv');
};
