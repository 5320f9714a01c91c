import { describe, expect, it } from 'vitest';
import { defaultWindow } from '../../src/lib/vis/opening-window.ts';
import { allocateRows, extent, layoutRows, moreChips, placeLabel, rankOf, type RowItem } from '../../src/lib/vis/row-layout.ts';

const GAP = 6;

/** A point at `x` with a label `label` px wide, in lane `group`. */
function point(id: string, x: number, label: number, options: Partial<RowItem> = {}): RowItem {
  return { id, group: 'a', x, label, dot: 5, rank: 1, start: x, end: x, ...options };
}

/** Pseudo-random, repeatable. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('placeLabel', () => {
  it('reads on the right of the dot, on the left near the right edge, and is cut only when neither side has room', () => {
    expect(placeLabel(point('a', 100, 120), 1000, GAP)).toEqual({ side: 'right', label: 120 });
    expect(placeLabel(point('a', 950, 120), 1000, GAP)).toEqual({ side: 'left', label: 120 });
    // 200 px view, a 300 px label at 150: 39 px on the right, 139 on the left.
    expect(placeLabel(point('a', 150, 300), 200, GAP)).toEqual({ side: 'left', label: 139 });
    expect(placeLabel(point('a', 40, 300), 200, GAP)).toEqual({ side: 'right', label: 149 });
  });

  it('keeps a bar’s label inside it, whatever the edge', () => {
    expect(placeLabel(point('a', 900, 120, { x2: 1200, dot: 0 }), 1000, GAP)).toEqual({ side: 'right', label: 120 });
    expect(extent(point('a', 900, 120, { x2: 1200, dot: 0 }), 'right', GAP)).toEqual({ lo: 900, hi: 1200 });
  });
});

describe('layoutRows', () => {
  it('never lets two labels in a row overlap, and never lets one run off the right edge when it fits on the left', () => {
    const next = random(7);
    for (let trial = 0; trial < 50; trial++) {
      const items = Array.from({ length: 40 }, (_, i) =>
        point(`e${i}`, next() * 900, 40 + next() * 160, { group: next() < 0.5 ? 'a' : 'b', rank: Math.floor(next() * 3) }),
      );
      const { placed } = layoutRows({ items, width: 900, rows: 4, gap: GAP });
      const spans = items.flatMap((item) => {
        const at = placed.get(item.id);
        return at ? [{ item, at, span: extent(item, at.side, GAP, at.cut ?? item.label) }] : [];
      });
      for (const a of spans) {
        if (a.item.x + a.item.dot + GAP + a.item.label > 900 && a.item.x - a.item.dot - GAP - a.item.label >= 0) expect(a.at.side).toBe('left');
        for (const b of spans) {
          if (a === b || a.item.group !== b.item.group || a.at.row !== b.at.row) continue;
          expect(a.span.hi <= b.span.lo || b.span.hi <= a.span.lo).toBe(true);
        }
      }
    }
  });

  it('places the more important first: a lane short of rows drops a low event before a high one', () => {
    const items = [point('low', 100, 150, { rank: 0 }), point('high', 120, 150, { rank: 2 }), point('selected', 140, 150, { rank: 3 })];
    const { placed, hidden } = layoutRows({ items, width: 900, rows: 2, gap: GAP });
    expect(placed.get('selected')?.row).toBe(0);
    expect(placed.get('high')?.row).toBe(1);
    expect(hidden.map((i) => i.id)).toEqual(['low']);
  });

  it('keeps an event on the row it had while that row is free, and closes up rows left empty', () => {
    const items = [point('a', 100, 100), point('b', 400, 100)];
    const first = layoutRows({ items, width: 900, rows: 3, gap: GAP });
    expect([first.placed.get('a')?.row, first.placed.get('b')?.row]).toEqual([0, 0]);
    const again = layoutRows({ items, width: 900, rows: 3, gap: GAP, previous: new Map([['b', 2]]) });
    // b kept row 2, which then closed up to row 1 under a.
    expect([again.placed.get('a')?.row, again.placed.get('b')?.row]).toEqual([0, 1]);
    expect(again.rowsUsed.get('a')).toBe(2);
  });

  it('gives each lane its own rows', () => {
    const items = [point('a1', 100, 200), point('b1', 100, 200, { group: 'b' })];
    const { placed, rowsUsed } = layoutRows({ items, width: 900, rows: 1, gap: GAP });
    expect([placed.get('a1')?.row, placed.get('b1')?.row]).toEqual([0, 0]);
    expect([...rowsUsed]).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('allocateRows', () => {
  const lanes = ['a', 'b', 'c'];
  /** Lane a needs three rows (its third holds a high event), b one, c none. */
  const items = [point('a1', 100, 300), point('a2', 150, 300), point('a3', 200, 300, { rank: 2 }), point('b1', 100, 300, { group: 'b' })];
  const layout = layoutRows({ items, width: 900, rows: 10, gap: GAP });

  it('gives every lane with something in view a row first, then rows where they show the most', () => {
    expect([...allocateRows(items, layout, lanes, 2)]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 0],
    ]);
    expect([...allocateRows(items, layout, lanes, 3)]).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 0],
    ]);
    // More rows than anything needs: the rest stay unused.
    expect([...allocateRows(items, layout, lanes, 10)]).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('with fewer rows than lanes, the lanes whose first row matters most', () => {
    expect([...allocateRows(items, layout, lanes, 1)]).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 0],
    ]);
  });
});

describe('moreChips', () => {
  const options = { minGap: 40, width: 900, titleWidth: () => 100, chipWidth: (n: number) => 20 + String(n).length * 8 };

  it('counts neighbours into one chip per cluster, at their centre', () => {
    const hidden = [point('a', 300, 0), point('b', 320, 0), point('c', 700, 0)];
    expect(moreChips(hidden, options)).toEqual([
      { group: 'a', count: 2, x: 310, start: 300, end: 320 },
      { group: 'a', count: 1, x: 700, start: 700, end: 700 },
    ]);
  });

  it('moves a chip clear of the lane’s title, and adds a count that stands for several events', () => {
    const [chip] = moreChips([{ ...point('a', 20, 0), count: 12 }], options);
    expect(chip?.count).toBe(12);
    expect((chip?.x ?? 0) - options.chipWidth(12) / 2).toBeGreaterThanOrEqual(100);
  });

  it('joins a chip that would overlap the one before it, losing no count', () => {
    const hidden = Array.from({ length: 30 }, (_, i) => point(`e${i}`, 860 + i, 0));
    const chips = moreChips([...hidden, point('x', 790, 0)], options);
    expect(chips.reduce((n, c) => n + c.count, 0)).toBe(31);
    for (const [i, c] of chips.entries()) {
      const next = chips[i + 1];
      if (next) expect(c.x + options.chipWidth(c.count) / 2).toBeLessThanOrEqual(next.x - options.chipWidth(next.count) / 2);
      expect(c.x + options.chipWidth(c.count) / 2).toBeLessThanOrEqual(900);
    }
  });
});

describe('rankOf', () => {
  it('puts the selected event first, then high, normal, low', () => {
    expect([rankOf('low', true), rankOf('high', false), rankOf(undefined, false), rankOf('low', false)]).toEqual([3, 2, 1, 0]);
  });
});

describe('defaultWindow', () => {
  const full = { start: 0, end: 1000 };
  const at = (...times: number[]) => times.map((time) => ({ time, count: 1 }));

  it('shows everything when the view can hold it', () => {
    expect(defaultWindow(at(10, 500, 990), full, 10)).toEqual(full);
  });

  it('else opens on the busiest stretch, as wide as the view reads, inside everything', () => {
    // 20 events, the view holds 5: a quarter of the span, where 9 of them fall.
    const times = at(0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 910, 920, 930, 940, 950, 960, 970, 980, 990, 999);
    const window = defaultWindow(times, full, 5);
    expect(window.end - window.start).toBe(250);
    expect(window.end).toBeLessThanOrEqual(1000);
    expect(times.filter((t) => t.time >= window.start && t.time < window.end).length).toBeGreaterThanOrEqual(9);
  });

  it('counts what a point stands for (a large timeline’s periods)', () => {
    const window = defaultWindow(
      [
        { time: 100, count: 5 },
        { time: 700, count: 500 },
      ],
      full,
      50,
    );
    expect(window.start).toBeLessThanOrEqual(700);
    expect(window.end).toBeGreaterThan(700);
  });
});

describe('layoutRows, rows in order', () => {
  it('puts the row with the most important event first, whatever row it kept from before', () => {
    const items = [point('a', 100, 100), point('selected', 110, 100, { rank: 3 })];
    // The selected event had row 1 last time; it keeps it, and that row now comes first.
    const { placed } = layoutRows({
      items,
      width: 900,
      rows: 4,
      gap: GAP,
      previous: new Map([
        ['selected', 1],
        ['a', 0],
      ]),
    });
    expect(placed.get('selected')?.row).toBe(0);
    expect(placed.get('a')?.row).toBe(1);
  });
});

describe('layoutRows, key events first', () => {
  it('gives a key event the first row free even when a lesser one held a row there before', () => {
    // Last time the key event was on row 1 and the lesser one on row 0; both overlap the key event now.
    const items = [point('first', 100, 100, { rank: 2 }), point('lesser', 300, 200), point('key', 400, 150, { rank: 2 })];
    const previous = new Map([
      ['key', 1],
      ['lesser', 0],
    ]);
    const { placed } = layoutRows({ items, width: 900, rows: 3, gap: GAP, previous });
    expect(placed.get('key')?.row).toBe(0);
    expect(placed.get('first')?.row).toBe(0);
    expect(placed.get('lesser')?.row).toBe(1);
  });
});
