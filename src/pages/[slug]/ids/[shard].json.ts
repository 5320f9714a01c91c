/**
 * A large timeline's id index, in files by a hash of the id: a deep link to
 * any event fetches one small file to learn which period holds it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Timeline } from '../../../lib/model/model.ts';
import { idShard, planTimeline } from '../../../lib/model/timeline-plan.ts';
import { jsonResponse } from '../../../routes.ts';
import { getTimelines } from '../../../timelines.ts';

export const getStaticPaths = (() =>
  getTimelines().flatMap((timeline) =>
    planTimeline(timeline).large
      ? Array.from({ length: planTimeline(timeline).idShards }, (_, n) => ({ params: { slug: timeline.slug, shard: String(n) }, props: { timeline, n } }))
      : [],
  )) satisfies GetStaticPaths;

const indexes = new WeakMap<Timeline, Array<Record<string, string>>>();

/** Every shard at once, the first time one is asked for. */
function shardsOf(timeline: Timeline): Array<Record<string, string>> {
  let shards = indexes.get(timeline);
  if (!shards) {
    const { idShards } = planTimeline(timeline);
    const all: Array<Record<string, string>> = Array.from({ length: idShards }, () => ({}));
    for (const period of planTimeline(timeline).periods) {
      for (let i = period.first; i < period.last; i++) {
        const id = (timeline.events[i] as { id: string }).id;
        (all[idShard(id, idShards)] as Record<string, string>)[id] = period.key;
      }
    }
    shards = all;
    indexes.set(timeline, shards);
  }
  return shards;
}

export const GET: APIRoute<{ timeline: Timeline; n: number }> = ({ props }) => jsonResponse(shardsOf(props.timeline)[props.n] ?? {});
