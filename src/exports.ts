/**
 * Server-side glue for the export files: one route per timeline, and the
 * options every export takes from the build (the site's address, the stamp).
 */
import { exportStamp } from './lib/exchange/bounds.ts';
import type { ExportOptions } from './lib/exchange/event-text.ts';
import type { Timeline } from './lib/model/model.ts';
import { createPageContext, type PageContext } from './lib/render/page-context.ts';
import { getTimelines } from './timelines.ts';

// A type, not an interface: Astro's props need an index signature.
export type ExportProps = { readonly timeline: Timeline };

export function exportRoutes(): Array<{ params: { slug: string }; props: ExportProps }> {
  return getTimelines().map((timeline) => ({ params: { slug: timeline.slug }, props: { timeline } }));
}

/** What an export needs: the page context (formatter, lanes, sources) and the options. */
export function exportInputs(timeline: Timeline, site: URL | undefined): { ctx: PageContext; options: ExportOptions } {
  // SOURCE_DATE_EPOCH is read here, at the edge, and nowhere in src/lib.
  const stamp = exportStamp(timeline, process.env['SOURCE_DATE_EPOCH']);
  return { ctx: createPageContext(timeline), options: site ? { site: site.href, stamp } : { stamp } };
}

export function respond(body: string, type: string): Response {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
}
