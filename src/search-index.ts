/**
 * Writes each large timeline's search index into the built site, at
 * `/<slug>/pagefind/`, once its pages are written. A small timeline needs
 * none: its page holds every event and searches them in place.
 */
import { createIndex, close } from 'pagefind';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createPageContext } from './lib/page-context.ts';
import { searchRecords } from './lib/search-records.ts';
import { planTimeline } from './lib/timeline-plan.ts';
import type { Timeline } from './lib/model.ts';

/** Records in flight to the indexer at once. */
const BATCH = 500;
/** Past this many, records share fragment files: fewer files to publish, fewer requests per page of results. */
const MAX_FRAGMENTS = 1000;
/** Pagefind's ready-made interfaces: the page has its own. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

async function indexTimeline(timeline: Timeline, outDir: string): Promise<number> {
  const plan = planTimeline(timeline);
  const records = searchRecords(timeline, plan.periods, createPageContext(timeline).format);
  const { index, errors } = await createIndex({ forceLanguage: records[0]?.language ?? 'en', maxFragments: MAX_FRAGMENTS });
  if (!index) throw new Error(`Search index for ${timeline.file}: ${errors.join('; ')}`);
  for (let i = 0; i < records.length; i += BATCH) {
    const added = await Promise.all(
      records.slice(i, i + BATCH).map((r) => index.addCustomRecord({ ...r, meta: { ...r.meta }, filters: { ...r.filters }, sort: { ...r.sort } })),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(`Search index for ${timeline.file}: ${failed.join('; ')}`);
  }
  const bundle = path.join(outDir, timeline.slug, 'pagefind');
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(`Search index for ${timeline.file}: ${written.errors.join('; ')}`);
  await Promise.all(UNUSED.map((file) => rm(path.join(bundle, file), { force: true })));
  return records.length;
}

/** Indexes every large timeline into the site at `outDir`; says how many events each holds. */
export async function writeSearchIndexes(timelines: readonly Timeline[], outDir: string, log: (message: string) => void): Promise<void> {
  const large = timelines.filter((t) => planTimeline(t).large);
  if (large.length === 0) return;
  try {
    for (const timeline of large) log(`search index: ${await indexTimeline(timeline, outDir)} events of /${timeline.slug}/`);
  } finally {
    await close();
  }
}
