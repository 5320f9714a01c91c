/** The connectors' geometry: where each end sits, which way the arrow points, the curve between rows and on one row. */
import { describe, expect, it } from 'vitest';
import { anchorOn, arrowOf, connectorBetween } from '../../src/lib/vis/connectors.ts';

describe('connectors', () => {
  it('points from cause to effect: led-to and part-of forward, responds-to back to what prompted it, see-also nowhere', () => {
    expect(['led-to', 'responds-to', 'part-of', 'see-also'].map((k) => arrowOf(k as Parameters<typeof arrowOf>[0]))).toEqual([
      'forward',
      'backward',
      'forward',
      'none',
    ]);
  });

  it("meets a dot at its centre and a bar at its nearer end, or above the other event's centre", () => {
    expect(anchorOn({ kind: 'dot', x: 10, y: 20, r: 4 }, { x: 500, y: 0 })).toEqual({ x: 10, y: 20, r: 4 });
    expect(anchorOn({ kind: 'bar', left: 100, right: 200, y: 30 }, { x: 500, y: 0 })).toEqual({ x: 200, y: 30, r: 0 });
    expect(anchorOn({ kind: 'bar', left: 100, right: 200, y: 30 }, { x: 0, y: 0 })).toEqual({ x: 100, y: 30, r: 0 });
    expect(anchorOn({ kind: 'bar', left: 100, right: 200, y: 30 }, { x: 150, y: 90 })).toEqual({ x: 150, y: 30, r: 0 });
  });

  it('leaves and enters vertically between rows, stopping at the dot with the arrowhead touching it', () => {
    const c = connectorBetween({ kind: 'dot', x: 0, y: 0, r: 4 }, { kind: 'dot', x: 100, y: 60, r: 4 }, true);
    expect(c.d).toBe('M0 4C0 26.5 100 26.5 100 49');
    expect(c.head).toBe('M100 56L96.5 49L103.5 49Z');
    // Upwards, the other way round.
    expect(connectorBetween({ kind: 'dot', x: 100, y: 60, r: 4 }, { kind: 'dot', x: 0, y: 0, r: 4 }, false)).toEqual({
      d: 'M100 56C100 30 0 30 0 4',
      head: '',
    });
  });

  it('arcs above a row when both events are on it', () => {
    const c = connectorBetween({ kind: 'dot', x: 0, y: 50, r: 4 }, { kind: 'dot', x: 200, y: 50, r: 4 }, true);
    expect(c.d).toBe('M0 46C0 6 200 -1 200 39');
    expect(c.head).toBe('M200 46L196.5 39L203.5 39Z');
  });
});
