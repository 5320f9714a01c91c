/**
 * Where each drawn event goes within its lane: a row, and the side of its dot
 * its label sits on, so that no two labels overlap, no label runs off the
 * right edge, and a lane never takes more rows than the view gives it. What
 * does not fit is counted into "+n" chips on the lane's title row, which a
 * reader zooms into. Pure: the page measures labels and converts times to
 * pixels; this decides.
 *
 * Events are placed most important first (the selected one, then high,
 * normal, low; earlier first among equals), each in the first row where it
 * fits: so a lane that is short of rows drops its least important events,
 * never a high one while a lesser one stays. A lesser event keeps the row it
 * had while that row is free, so panning does not shuffle the lanes.
 */

/** One event as the layout sees it, in pixels from the left edge of the view. */
export interface RowItem {
  readonly id: string;
  /** The lane; `''` for events without one. */
  readonly group: string;
  /** Where the event starts (a point's dot), px. */
  readonly x: number;
  /** Where a span drawn as a bar ends, px; absent for a point. */
  readonly x2?: number | undefined;
  /** The label's width, px (text and padding). */
  readonly label: number;
  /** Half the dot's width, px (0 for a bar). */
  readonly dot: number;
  /** Higher goes first: see `rankOf`. */
  readonly rank: number;
  /** The event's time, ms, for the chips' zoom. */
  readonly start: number;
  readonly end: number;
}

export interface RowLayoutInput {
  readonly items: readonly RowItem[];
  /** The view's width, px. */
  readonly width: number;
  /** Event rows each lane may use (its title row aside). */
  readonly rows: number;
  /** Space kept between two labels, and between a dot and its label, px. */
  readonly gap: number;
  /** The row each event had in the last layout. */
  readonly previous?: ReadonlyMap<string, number> | undefined;
}

export type Side = 'right' | 'left';

export interface Placement {
  readonly row: number;
  readonly side: Side;
  /** The label's width when it had to be cut to fit, px. */
  readonly cut?: number;
}

/** Events of one lane left out near each other: drawn as "+n" at `x`. */
export interface MoreChip {
  readonly group: string;
  readonly count: number;
  /** Centre of the events it stands for, px. */
  readonly x: number;
  /** Their time range, ms: a click zooms to it. */
  readonly start: number;
  readonly end: number;
}

export interface RowLayout {
  readonly placed: ReadonlyMap<string, Placement>;
  readonly hidden: readonly RowItem[];
  /** Rows each lane uses. */
  readonly rowsUsed: ReadonlyMap<string, number>;
}

export type Importance = 'high' | 'normal' | 'low';

/** The selected event first, then by importance. */
export function rankOf(importance: Importance | undefined, selected: boolean): number {
  if (selected) return 3;
  return importance === 'high' ? 2 : importance === 'low' ? 0 : 1;
}

interface Span {
  readonly lo: number;
  readonly hi: number;
}

/** The room an item takes with its label (`label` px wide) on this side. */
export function extent(item: RowItem, side: Side, gap: number, label = item.label): Span {
  if (item.x2 !== undefined) return { lo: item.x, hi: Math.max(item.x2, item.x + label) };
  return side === 'right' ? { lo: item.x - item.dot, hi: item.x + item.dot + gap + label } : { lo: item.x - item.dot - gap - label, hi: item.x + item.dot };
}

/**
 * Where a label reads: on the right of its dot, unless it would run off the
 * view's right edge and fits on the left; when it fits on neither side, on
 * the roomier one, cut to the room there (`label`, px).
 */
export function placeLabel(item: RowItem, width: number, gap: number): { side: Side; label: number } {
  if (item.x2 !== undefined) return { side: 'right', label: item.label };
  const right = width - (item.x + item.dot + gap);
  const left = item.x - item.dot - gap;
  if (item.label <= right) return { side: 'right', label: item.label };
  if (item.label <= left) return { side: 'left', label: item.label };
  return right >= left ? { side: 'right', label: Math.max(right, MIN_LABEL) } : { side: 'left', label: Math.max(left, MIN_LABEL) };
}

/** A label is never cut shorter than this, px: a few letters and the ellipsis. */
const MIN_LABEL = 48;

const byPriority = (a: RowItem, b: RowItem): number => b.rank - a.rank || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function layoutRows({ items, width, rows, gap, previous }: RowLayoutInput): RowLayout {
  const placed = new Map<string, Placement>();
  const hidden: RowItem[] = [];
  const rowsUsed = new Map<string, number>();
  const lanes = new Map<string, RowItem[]>();
  for (const item of items) {
    const lane = lanes.get(item.group);
    if (lane) lane.push(item);
    else lanes.set(item.group, [item]);
  }
  for (const [group, laneItems] of lanes) {
    // Taken spans per row, each kept sorted by `lo`.
    const taken: Span[][] = Array.from({ length: Math.max(rows, 0) }, () => []);
    for (const item of [...laneItems].sort(byPriority)) {
      const { side, label } = placeLabel(item, width, gap);
      const span = extent(item, side, gap, label);
      const padded = { lo: span.lo - gap / 2, hi: span.hi + gap / 2 };
      // Key and selected events always take the first row free: keeping an old row could lose them a lane's only row.
      const had = item.rank >= 2 ? undefined : previous?.get(item.id);
      const order = had !== undefined && had < taken.length ? [had, ...taken.keys()] : [...taken.keys()];
      const row = order.find((r) => fits(taken[r] ?? [], padded));
      if (row === undefined) {
        hidden.push(item);
        continue;
      }
      insert(taken[row] ?? [], padded);
      placed.set(item.id, label < item.label ? { row, side, cut: label } : { row, side });
    }
    // Rows left empty (an event kept a row whose neighbours moved on) close
    // up, and the rows go in order of what they show, the most important
    // first: a lane given fewer rows keeps those.
    const value = new Map<number, { rank: number; count: number }>();
    for (const item of laneItems) {
      const at = placed.get(item.id);
      if (!at) continue;
      const v = value.get(at.row) ?? { rank: -1, count: 0 };
      value.set(at.row, { rank: Math.max(v.rank, item.rank), count: v.count + 1 });
    }
    const used = [...value.keys()].sort((a, b) => compare(value.get(b), value.get(a)) || a - b);
    const renumber = new Map(used.map((r, i) => [r, i]));
    for (const item of laneItems) {
      const at = placed.get(item.id);
      if (at) placed.set(item.id, { ...at, row: renumber.get(at.row) ?? at.row });
    }
    rowsUsed.set(group, used.length);
  }
  return { placed, hidden, rowsUsed };
}

function fits(row: readonly Span[], span: Span): boolean {
  return row.every((s) => s.hi <= span.lo || s.lo >= span.hi);
}

function insert(row: Span[], span: Span): void {
  const at = row.findIndex((s) => s.lo > span.lo);
  row.splice(at === -1 ? row.length : at, 0, span);
}

/**
 * How many of the view's `budget` event rows each lane gets: a row at a time
 * to the lane whose next row holds the most important event (then the most
 * events), so the rows go where they show the most. A lane with nothing in
 * view gets none (its title row stays). Each lane's rows are those of
 * `layout`, which laid every lane out with as many rows as it wanted.
 */
export function allocateRows(items: readonly RowItem[], layout: RowLayout, lanes: readonly string[], budget: number): Map<string, number> {
  const value = new Map<string, { rank: number; count: number }[]>(lanes.map((lane) => [lane, []]));
  for (const item of items) {
    const at = layout.placed.get(item.id);
    const rows = value.get(item.group);
    if (!at || !rows) continue;
    const row = (rows[at.row] ??= { rank: -1, count: 0 });
    row.rank = Math.max(row.rank, item.rank);
    row.count++;
  }
  const given = new Map(lanes.map((lane) => [lane, 0]));
  let left = budget;
  // A row for every lane with something in view first, the most important first: no lane goes blank while another has three.
  const firsts = lanes.filter((lane) => value.get(lane)?.[0]).sort((a, b) => compare(value.get(b)?.[0], value.get(a)?.[0]));
  for (const lane of firsts.slice(0, left)) {
    given.set(lane, 1);
    left--;
  }
  for (; left > 0; left--) {
    let best: string | undefined;
    let bestValue = { rank: -1, count: 0 };
    for (const lane of lanes) {
      const next = value.get(lane)?.[given.get(lane) ?? 0];
      if (next && compare(next, bestValue) > 0) {
        best = lane;
        bestValue = next;
      }
    }
    if (best === undefined) break;
    given.set(best, (given.get(best) ?? 0) + 1);
  }
  return given;
}

/** Which of two rows shows more: the more important event, then more events. */
function compare(a: { rank: number; count: number } | undefined, b: { rank: number; count: number } | undefined): number {
  return (a?.rank ?? -1) - (b?.rank ?? -1) || (a?.count ?? 0) - (b?.count ?? 0);
}

/**
 * The chips of the events left out, per lane: neighbours closer than
 * `minGap` px share a chip, and chips never overlap each other or the lane's
 * title (`titleWidth` px from the left edge), moving right of it if need be.
 * `chipWidth` gives a chip's width for its count.
 */
export function moreChips(
  hidden: readonly (Pick<RowItem, 'group' | 'x' | 'start' | 'end'> & { readonly count?: number })[],
  options: { readonly minGap: number; readonly titleWidth: (group: string) => number; readonly chipWidth: (count: number) => number; readonly width: number },
): MoreChip[] {
  const lanes = new Map<string, (typeof hidden)[number][]>();
  for (const item of hidden) {
    const lane = lanes.get(item.group);
    if (lane) lane.push(item);
    else lanes.set(item.group, [item]);
  }
  const chips: MoreChip[] = [];
  for (const [group, laneItems] of lanes) {
    const sorted = [...laneItems].sort((a, b) => a.x - b.x);
    const clusters: { xs: number[]; count: number; start: number; end: number }[] = [];
    for (const item of sorted) {
      const last = clusters.at(-1);
      const count = item.count ?? 1;
      if (last && item.x - (last.xs.at(-1) ?? -Infinity) < options.minGap) {
        last.xs.push(item.x);
        last.count += count;
        last.start = Math.min(last.start, item.start);
        last.end = Math.max(last.end, item.end);
      } else clusters.push({ xs: [item.x], count, start: item.start, end: item.end });
    }
    // Left to right, each chip after the title and the chip before it; one that cannot fit joins the one before.
    let right = options.titleWidth(group);
    const lane: { x: number; count: number; start: number; end: number }[] = [];
    for (const c of clusters) {
      const { count } = c;
      const centre = c.xs.reduce((s, x) => s + x, 0) / c.xs.length;
      const half = options.chipWidth(count) / 2;
      const x = Math.min(Math.max(centre, right + options.minGap / 4 + half), options.width - half);
      const prev = lane.at(-1);
      if (prev && x - half < right) {
        prev.count += count;
        prev.start = Math.min(prev.start, c.start);
        prev.end = Math.max(prev.end, c.end);
        right = prev.x + options.chipWidth(prev.count) / 2;
        continue;
      }
      lane.push({ x, count, start: c.start, end: c.end });
      right = x + half;
    }
    for (const c of lane) chips.push({ group, ...c });
  }
  return chips;
}
