/**
 * Where the timeline's items come from: the periods the page carries, and,
 * for a large timeline, the period files and the id index it fetches (each
 * once, a failure tried again) as the reader's window or a deep link reaches them.
 */
import type { LodState } from '../lib/vis/level-of-detail.ts';
import type { PeriodSummary } from '../lib/model/periods.ts';
import { idShard } from '../lib/model/timeline-plan.ts';
import type { VisData, VisItem } from '../lib/vis/to-vis.ts';
import { fetchJson, rememberOnSuccess } from './fetch-retry.ts';

export class TimelineSource implements LodState<VisItem> {
  readonly periods: readonly PeriodSummary[];
  readonly loaded = new Map<string, readonly VisItem[]>();
  readonly highlights: readonly VisItem[];
  readonly highlightsComplete: boolean;
  visible: ((id: string) => boolean) | undefined;
  pinned: readonly VisItem[] | undefined;
  private readonly pending = new Map<string, Promise<readonly VisItem[]>>();
  private readonly shards = new Map<number, Promise<Record<string, string>>>();
  /** Period key of every event seen so far. */
  private readonly periodOfId = new Map<string, string>();

  constructor(
    private readonly data: VisData,
    /** Resolves the files of a large timeline, relative to the page. */
    private readonly baseUrl: URL,
  ) {
    this.periods = data.periods;
    this.highlights = data.highlights;
    this.highlightsComplete = data.highlightsComplete;
    for (const [key, items] of Object.entries(data.chunks)) this.add(key, items);
  }

  private add(key: string, items: readonly VisItem[]): void {
    this.loaded.set(key, items);
    for (const item of items) this.periodOfId.set(item.id, key);
  }

  /** A period's items, fetched once. */
  load(key: string): Promise<readonly VisItem[]> {
    const have = this.loaded.get(key);
    if (have) return Promise.resolve(have);
    return rememberOnSuccess(this.pending, key, () =>
      fetchJson<VisItem[]>(new URL(`${key}/items.json`, this.baseUrl)).then((items) => {
        this.add(key, items);
        return items;
      }),
    );
  }

  /** The loaded item with this id, if any. */
  find(id: string): VisItem | undefined {
    const key = this.periodOfId.get(id);
    return (
      (key === undefined ? undefined : this.loaded.get(key)?.find((i) => i.id === id)) ??
      this.highlights.find((i) => i.id === id) ??
      this.pinned?.find((i) => i.id === id)
    );
  }

  /** The period an event is in, asking the id index when it has not been seen. */
  async periodOf(id: string): Promise<string | undefined> {
    const known = this.periodOfId.get(id);
    if (known !== undefined || !this.data.remote) return known;
    const n = idShard(id, this.data.remote.idShards);
    const shard = await rememberOnSuccess(this.shards, n, () => fetchJson<Record<string, string>>(new URL(`ids/${n}.json`, this.baseUrl)));
    return shard[id];
  }

  /** An event's item, loading its period if need be. */
  async locate(id: string): Promise<VisItem | undefined> {
    const key = await this.periodOf(id);
    if (key === undefined) return undefined;
    await this.load(key);
    return this.find(id);
  }

  /** The event before or after this one in time order, across periods. */
  async neighbour(id: string, step: 1 | -1): Promise<string | undefined> {
    const key = await this.periodOf(id);
    let index = this.periods.findIndex((p) => p.key === key);
    if (index === -1) return undefined;
    let items = await this.load(key as string);
    let at = items.findIndex((i) => i.id === id) + step;
    // Across periods, and past the events the reader's filters leave out.
    for (;;) {
      while (at < 0 || at >= items.length) {
        index += step;
        const period = this.periods[index];
        if (!period) return undefined;
        items = await this.load(period.key);
        at = step === 1 ? 0 : items.length - 1;
      }
      const candidate = items[at];
      if (candidate && (this.visible?.(candidate.id) ?? true)) return candidate.id;
      at += step;
    }
  }

  /** The first or last event of the whole timeline. */
  async edge(which: 'first' | 'last'): Promise<string | undefined> {
    const period = which === 'first' ? this.periods[0] : this.periods.at(-1);
    if (!period) return undefined;
    const items = await this.load(period.key);
    const edge = which === 'first' ? items[0] : items.at(-1);
    if (!edge || (this.visible?.(edge.id) ?? true)) return edge?.id;
    return this.neighbour(edge.id, which === 'first' ? 1 : -1);
  }

  /** An event's place in time order (1-based), and how many there are. */
  async ordinal(id: string): Promise<{ n: number; total: number } | undefined> {
    const key = await this.periodOf(id);
    const index = this.periods.findIndex((p) => p.key === key);
    if (index === -1 || key === undefined) return undefined;
    const before = this.periods.slice(0, index).reduce((sum, p) => sum + p.count, 0);
    const at = (await this.load(key)).findIndex((i) => i.id === id);
    return { n: before + at + 1, total: this.periods.reduce((sum, p) => sum + p.count, 0) };
  }

  /** The page listing an event's period, for its full entry: `undefined` when it is this page. */
  async pageOf(id: string): Promise<URL | undefined> {
    const key = await this.periodOf(id);
    return key === undefined || !this.data.remote ? undefined : new URL(`${key}/`, this.baseUrl);
  }
}
