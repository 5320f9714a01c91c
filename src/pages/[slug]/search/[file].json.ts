/**
 * A large timeline's search index, as static files fetched by a search as
 * it needs them: `index.json`, `words-<n>.json`, `group-<n>.json` and
 * `tag-<n>.json` (see src/lib/search/search-index.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Timeline } from '../../../lib/model/model.ts';
import { buildSearchIndex } from '../../../lib/search/search-index.ts';
import { planTimeline } from '../../../lib/model/timeline-plan.ts';
import { jsonResponse } from '../../../routes.ts';
import { getTimelines } from '../../../timelines.ts';

function filesOf(timeline: Timeline): string[] {
  const { manifest } = buildSearchIndex(timeline);
  const numbered = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  return ['index', ...numbered('words', manifest.shards), ...numbered('group', manifest.groups.length), ...numbered('tag', manifest.tags.length)];
}

export const getStaticPaths = (() =>
  getTimelines().flatMap((timeline) =>
    planTimeline(timeline).large ? filesOf(timeline).map((file) => ({ params: { slug: timeline.slug, file }, props: { timeline } })) : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ timeline: Timeline }, { slug: string; file: string }> = ({ props, params }) => {
  const index = buildSearchIndex(props.timeline);
  const [kind, n] = params.file.split('-') as [string, string | undefined];
  const at = Number(n);
  const body = kind === 'words' ? index.words[at] : kind === 'group' ? index.groups[at] : kind === 'tag' ? index.tags[at] : index.manifest;
  return jsonResponse(body);
};
