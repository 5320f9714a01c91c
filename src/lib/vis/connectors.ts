/**
 * The geometry of the connectors drawn between linked events: where each end
 * sits on its event, the curve between them and its arrowhead. Pure numbers
 * in the drawing's pixels; the page measures the events and draws the result
 * (src/client/connectors.ts).
 */
import type { LinkKind } from '../model/model.ts';

/** An event as drawn: a dot (its centre and radius) or a bar (its box). */
export type Shape =
  | { readonly kind: 'dot'; readonly x: number; readonly y: number; readonly r: number }
  | { readonly kind: 'bar'; readonly left: number; readonly right: number; readonly y: number };

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Which way the arrow points, read as time and cause run: a cause to what it
 * led to, what prompted a response to the response, a part to its whole.
 * `see-also` has no direction: no arrowhead.
 */
export function arrowOf(kind: LinkKind): 'forward' | 'backward' | 'none' {
  if (kind === 'responds-to') return 'backward';
  return kind === 'see-also' ? 'none' : 'forward';
}

/** Where a connector meets a shape, coming from `toward`: a dot's centre; a bar's nearer end, or the point above or below `toward` on it. */
export function anchorOn(shape: Shape, toward: Point): Point & { readonly r: number } {
  if (shape.kind === 'dot') return { x: shape.x, y: shape.y, r: shape.r };
  return { x: Math.min(Math.max(toward.x, shape.left), shape.right), y: shape.y, r: 0 };
}

/** The centre of a shape, for choosing the other end's anchor. */
export function centreOf(shape: Shape): Point {
  return shape.kind === 'dot' ? { x: shape.x, y: shape.y } : { x: (shape.left + shape.right) / 2, y: shape.y };
}

/** Length and half-width of an arrowhead, px. */
const HEAD = { length: 7, half: 3.5 };
/** Rows closer than this are one row: the connector arcs above it. */
const SAME_ROW = 4;

export interface Connector {
  /** The curve, an SVG path. */
  readonly d: string;
  /** The arrowhead, a closed SVG path; '' for a link without direction. */
  readonly head: string;
}

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * A curve from one shape to the other, with an arrowhead at `to` when the
 * link has a direction. Between rows it leaves and enters vertically, so it
 * passes beside the labels, which read to the side of their dots; on one row
 * it arcs above the row.
 * @example connectorBetween({ kind: 'dot', x: 0, y: 0, r: 4 }, { kind: 'dot', x: 100, y: 60, r: 4 }, true).d // 'M0 4C0 26.5 100 26.5 100 49'
 */
export function connectorBetween(fromShape: Shape, toShape: Shape, arrow: boolean): Connector {
  const a = anchorOn(fromShape, centreOf(toShape));
  const b = anchorOn(toShape, centreOf(fromShape));
  const dy = b.y - a.y;
  const back = b.r + (arrow ? HEAD.length : 0);
  if (Math.abs(dy) < SAME_ROW) {
    const lift = Math.min(40, Math.max(12, Math.abs(b.x - a.x) / 4));
    const start = { x: a.x, y: a.y - a.r };
    const end = { x: b.x, y: b.y - back };
    const tip = { x: b.x, y: b.y - b.r };
    const d = `M${r1(start.x)} ${r1(start.y)}C${r1(start.x)} ${r1(start.y - lift)} ${r1(end.x)} ${r1(end.y - lift)} ${r1(end.x)} ${r1(end.y)}`;
    return { d, head: arrow ? headAt(tip, { x: 0, y: 1 }) : '' };
  }
  const down = dy > 0 ? 1 : -1;
  const start = { x: a.x, y: a.y + down * a.r };
  const end = { x: b.x, y: b.y - down * back };
  const tip = { x: b.x, y: b.y - down * b.r };
  const mid = (start.y + end.y) / 2;
  const d = `M${r1(start.x)} ${r1(start.y)}C${r1(start.x)} ${r1(mid)} ${r1(end.x)} ${r1(mid)} ${r1(end.x)} ${r1(end.y)}`;
  return { d, head: arrow ? headAt(tip, { x: 0, y: down }) : '' };
}

/** A triangle with its tip at `tip`, pointing along the unit vector `dir`. */
function headAt(tip: Point, dir: Point): string {
  const base = { x: tip.x - dir.x * HEAD.length, y: tip.y - dir.y * HEAD.length };
  const side = { x: -dir.y * HEAD.half, y: dir.x * HEAD.half };
  return `M${r1(tip.x)} ${r1(tip.y)}L${r1(base.x + side.x)} ${r1(base.y + side.y)}L${r1(base.x - side.x)} ${r1(base.y - side.y)}Z`;
}
