/**
 * Which events the timeline draws for a window, whatever the timeline's size.
 *
 * Only events in the window (plus half a window either side) and at or above
 * an importance threshold become items: the threshold is the lowest that
 * keeps them within the budget (all events, then normal and high, then high
 * only, then an even, stable sample of the high ones). The events left out
 * are drawn as density bands per lane that a reader zooms into. Pure: the
 * page feeds it what it has loaded and fetches what it asks for.
 */
import type { Importance } from '../model/model.ts';
import type { PeriodSummary } from '../model/periods.ts';
import { stableFraction } from '../model/stable-sample.ts';

/** What the level of detail reads of an item: the vis transform's `VisItem` has this and more. */
export interface LodItem {
  readonly id: string;
  readonly start: number;
  readonly end?: number | null;
  readonly group?: string;
  /** Absent means normal. */
  readonly importance?: Importance;
}

export interface LodState<T extends LodItem = LodItem> {
  readonly periods: readonly PeriodSummary[];
  /** Items of the periods loaded so far, by period key. */
  readonly loaded: ReadonlyMap<string, readonly T[]>;
  /** The high-importance events of the whole timeline, or an even sample of them. */
  readonly highlights: readonly T[];
  /** True when `highlights` holds every high-importance event. */
  readonly highlightsComplete: boolean;
  /** When the reader filters: whether an event is among those asked for. */
  readonly visible?: ((id: string) => boolean) | undefined;
  /**
   * A large timeline's search results, as items: when set, the only events
   * drawn (their periods need not be loaded), with no density bands.
   */
  readonly pinned?: readonly T[] | undefined;
}

export interface LodView {
  readonly start: number;
  readonly end: number;
  /** Most event items to draw. */
  readonly budget: number;
  /** Drawn whatever the threshold, when known. */
  readonly selected?: string | undefined;
}

export interface DensityBand {
  readonly start: number;
  readonly end: number;
  /** `''` for events without a lane. */
  readonly group: string;
  /** Events in the band that are not drawn. */
  readonly hidden: number;
}

export interface LodResult<T extends LodItem = LodItem> {
  readonly items: readonly T[];
  readonly density: readonly DensityBand[];
  /** Periods to fetch to draw this window fully. */
  readonly fetch: readonly string[];
  readonly threshold: Importance;
}

const RANK: Readonly<Record<Importance, number>> = { low: 0, normal: 1, high: 2 };
const LEVELS: readonly Importance[] = ['low', 'normal', 'high'];
/** Density bands: about this many across the window. */
const BANDS_PER_WINDOW = 12;

const importanceOf = (item: LodItem): Importance => item.importance ?? 'normal';
/** A span ending where the range starts is outside it; a point there is inside. */
const overlaps = (item: LodItem, lo: number, hi: number): boolean => item.start < hi && (item.start >= lo || (item.end ?? item.start) > lo);

export function levelOfDetail<T extends LodItem>(state: LodState<T>, view: LodView): LodResult<T> {
  const margin = (view.end - view.start) / 2;
  const lo = view.start - margin;
  const hi = view.end + margin;
  if (state.pinned) return pinnedDetail(state.pinned, view, lo, hi);
  const inRange = state.periods.filter((p) => p.start < hi && p.reach > lo);
  const counts = countInRange(state, inRange, lo, hi);
  const countAtLeast = (level: Importance): number => LEVELS.filter((l) => RANK[l] >= RANK[level]).reduce((s, l) => s + counts[l], 0);
  const threshold = LEVELS.find((level) => countAtLeast(level) <= view.budget) ?? 'high';
  const fits = countAtLeast(threshold) <= view.budget;
  // Below "high", or when the highlights are a sample, only the periods' own data will do.
  const needPeriods = fits && (threshold !== 'high' || !state.highlightsComplete);
  const fetch = needPeriods ? inRange.filter((p) => !state.loaded.has(p.key)).map((p) => p.key) : [];

  const byId = new Map<string, T>();
  const shown = state.visible ?? ((): boolean => true);
  const keep = (item: T): void => {
    if (RANK[importanceOf(item)] >= RANK[threshold] && overlaps(item, lo, hi) && shown(item.id)) byId.set(item.id, item);
  };
  for (const p of inRange) state.loaded.get(p.key)?.forEach(keep);
  state.highlights.forEach(keep);

  let items = [...byId.values()];
  const sampled = items.length > view.budget;
  if (sampled) {
    const share = view.budget / items.length;
    items = items.filter((i) => stableFraction(i.id) < share || i.id === view.selected);
  }
  const selected = view.selected === undefined ? undefined : findItem(state, view.selected);
  if (selected && !items.some((i) => i.id === selected.id)) items.push(selected);
  items.sort((a, b) => a.start - b.start);
  // Where every event of a loaded period is drawn, panning shows the rest: no band needed.
  const complete = (p: PeriodSummary): boolean => threshold === 'low' && !sampled && state.loaded.has(p.key);
  return {
    items,
    density: densityBands(
      inRange.filter((p) => !complete(p)),
      items,
      view,
    ),
    fetch,
    threshold,
  };
}

/** Search results: those in range, an even sample past the budget, the selected one always. */
function pinnedDetail<T extends LodItem>(pinned: readonly T[], view: LodView, lo: number, hi: number): LodResult<T> {
  let items = pinned.filter((i) => overlaps(i, lo, hi) || i.id === view.selected);
  if (items.length > view.budget) {
    const share = view.budget / items.length;
    items = items.filter((i) => stableFraction(i.id) < share || i.id === view.selected);
  }
  return { items: items.sort((a, b) => a.start - b.start), density: [], fetch: [], threshold: 'low' };
}

/**
 * Events between `lo` and `hi` by importance: counted where the period is
 * loaded, estimated from its summary (by how much of it is in range) where not.
 */
function countInRange(state: LodState, periods: readonly PeriodSummary[], lo: number, hi: number): Record<Importance, number> {
  const counts: Record<Importance, number> = { high: 0, normal: 0, low: 0 };
  for (const p of periods) {
    const items = state.loaded.get(p.key);
    if (items) {
      for (const item of items) if (overlaps(item, lo, hi) && (state.visible?.(item.id) ?? true)) counts[importanceOf(item)]++;
    } else {
      const share = Math.max(0, Math.min(hi, p.end) - Math.max(lo, p.start)) / (p.end - p.start);
      for (const level of LEVELS) counts[level] += Math.ceil(p.byImportance[level] * share);
    }
  }
  return counts;
}

function findItem<T extends LodItem>(state: LodState<T>, id: string): T | undefined {
  for (const items of state.loaded.values()) {
    const found = items.find((i) => i.id === id);
    if (found) return found;
  }
  return state.highlights.find((i) => i.id === id);
}

/** What each lane of these periods holds but does not draw, in bands about a 12th of the window wide. */
function densityBands(periods: readonly PeriodSummary[], drawn: readonly LodItem[], view: LodView): DensityBand[] {
  const minWidth = (view.end - view.start) / BANDS_PER_WINDOW;
  const bands: DensityBand[] = [];
  let i = 0;
  while (i < periods.length) {
    const first = periods[i] as PeriodSummary;
    const hidden = new Map<string, number>();
    const add = (p: PeriodSummary): void => {
      for (const [group, n] of Object.entries(p.byGroup)) hidden.set(group, (hidden.get(group) ?? 0) + n);
    };
    add(first);
    let end = first.end;
    let j = i + 1;
    // Merge neighbouring periods until the band is wide enough to read.
    for (let next = periods[j]; next && end - first.start < minWidth && next.start === end; next = periods[++j]) {
      add(next);
      end = next.end;
    }
    for (const item of drawn) {
      if (item.start >= first.start && item.start < end) hidden.set(item.group ?? '', (hidden.get(item.group ?? '') ?? 0) - 1);
    }
    for (const [group, n] of hidden) if (n > 0) bands.push({ start: first.start, end, group, hidden: n });
    i = j;
  }
  return bands;
}
