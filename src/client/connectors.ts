/**
 * The connectors between linked events: one SVG over the drawing, under the
 * items (their labels' halos mask the lines), drawn again after each of
 * vis-timeline's redraws from where the events are drawn. An event that is
 * not drawn (out of view, in a folded lane, left out at this zoom or by the
 * reader's filters) has no connector. Hovering or selecting an event brings
 * its connectors forward and dims the rest. The page makes one only for a
 * timeline with links (`hasLinks`), so one without pays nothing.
 *
 * Measured, not computed: each end is the element vis-timeline drew
 * (`data-id`, see vis-options.ts), so the connectors follow its row layout,
 * lane heights and label sides without knowing them.
 */
import type { DataSet } from 'vis-data/esnext';
import { arrowOf, connectorBetween, type Shape } from '../lib/vis/connectors.ts';
import type { DrawnItem } from './vis-options.ts';

const SVG = 'http://www.w3.org/2000/svg';

export class Connectors {
  private svg: SVGSVGElement | undefined;
  private selected: string | undefined;
  private hovered: string | undefined;
  private pending = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly items: DataSet<DrawnItem>,
  ) {
    root.addEventListener('pointerover', (e) => this.hover(idOf(e.target)));
    root.addEventListener('pointerout', (e) => {
      if (idOf(e.relatedTarget) !== this.hovered) this.hover(undefined);
    });
  }

  /** After vis-timeline has drawn: once per frame, however many redraws it made. */
  drawSoon(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  select(id: string | undefined): void {
    this.selected = id;
    this.emphasise();
  }

  private hover(id: string | undefined): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.emphasise();
  }

  private draw(): void {
    const center = this.root.querySelector<HTMLElement>('.vis-panel.vis-center');
    if (!center) return;
    const drawn = new Map<string, HTMLElement>();
    for (const el of center.querySelectorAll<HTMLElement>('.vis-item[data-id]')) {
      const id = el.dataset['id'];
      if (id && !id.includes(':')) drawn.set(id, el);
    }
    const pairs: Array<{ from: string; to: string; kind: NonNullable<DrawnItem['links']>[number]['kind']; lane: string }> = [];
    for (const [id, el] of drawn) {
      for (const link of this.items.get(id)?.links ?? []) {
        if (drawn.has(link.to)) pairs.push({ from: id, to: link.to, kind: link.kind, lane: laneClass(el) });
      }
    }
    if (pairs.length === 0 && !this.svg) return;
    const svg = this.svg ?? this.create(center);
    const origin = svg.getBoundingClientRect();
    const shapes = new Map<string, Shape>();
    const shapeOf = (id: string): Shape => {
      let shape = shapes.get(id);
      if (!shape) {
        shape = measure(drawn.get(id) as HTMLElement, origin);
        shapes.set(id, shape);
      }
      return shape;
    };
    // A connector still drawn keeps its element, its lines redrawn in place: nothing a reader (or a screen
    // magnifier, or a test) holds goes stale on every redraw of a pan.
    const kept = new Map<string, SVGGElement>();
    for (const g of svg.querySelectorAll<SVGGElement>(':scope > .tl-connector')) kept.set(keyOf(g.dataset['from'], g.dataset['to']), g);
    const groups = pairs.map(({ from, to, kind, lane }) => {
      const arrow = arrowOf(kind);
      const [tail, tip] = arrow === 'backward' ? [to, from] : [from, to];
      const { d, head } = connectorBetween(shapeOf(tail), shapeOf(tip), arrow !== 'none');
      const g = kept.get(keyOf(from, to)) ?? document.createElementNS(SVG, 'g');
      g.setAttribute('class', `tl-connector tl-connector--${kind} ${lane}`);
      g.dataset['from'] = from;
      g.dataset['to'] = to;
      const [line, headPath] = [g.querySelector('.tl-connector__line'), g.querySelector('.tl-connector__head')];
      if (line) line.setAttribute('d', d);
      else g.append(path(d, 'tl-connector__line'));
      if (head && headPath) headPath.setAttribute('d', head);
      else if (head) g.append(path(head, 'tl-connector__head'));
      else headPath?.remove();
      return g;
    });
    // Only what changed moves in the document: groups that are already in order stay where they are.
    const wanted = new Set(groups);
    for (const g of kept.values()) if (!wanted.has(g)) g.remove();
    groups.forEach((g, i) => {
      if (svg.children[i] !== g) svg.insertBefore(g, svg.children[i] ?? null);
    });
    this.emphasise();
  }

  private create(center: HTMLElement): SVGSVGElement {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'tl-connectors');
    // Decoration: the panel lists each link in words.
    svg.setAttribute('aria-hidden', 'true');
    center.prepend(svg);
    this.svg = svg;
    return svg;
  }

  private emphasise(): void {
    const svg = this.svg;
    if (!svg) return;
    const on = this.hovered ?? this.selected;
    let any = false;
    for (const g of svg.querySelectorAll<SVGGElement>('.tl-connector')) {
      const focus = on !== undefined && (g.dataset['from'] === on || g.dataset['to'] === on);
      g.classList.toggle('is-focus', focus);
      any ||= focus;
    }
    svg.classList.toggle('has-focus', any);
  }
}

function keyOf(from: string | undefined, to: string | undefined): string {
  return `${from ?? ''}>${to ?? ''}`;
}

function path(d: string, className: string): SVGPathElement {
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', d);
  p.setAttribute('class', className);
  return p;
}

/** The event an element belongs to, if it is part of an event's drawing. */
function idOf(target: EventTarget | null): string | undefined {
  const id = target instanceof Element ? target.closest<HTMLElement>('.vis-item[data-id]')?.dataset['id'] : undefined;
  return id && !id.includes(':') ? id : undefined;
}

/** The lane colour class of a drawn event (`tl-g-2`), for its connectors' colour. */
function laneClass(el: Element): string {
  return /\btl-g-(?:\d+|none)\b/.exec(el.className)?.[0] ?? 'tl-g-none';
}

/** Where an event is drawn, relative to the connectors' drawing: its dot, or its bar. */
function measure(el: HTMLElement, origin: DOMRect): Shape {
  const dot = el.classList.contains('vis-point') ? el.querySelector('.vis-dot') : null;
  if (dot) {
    const r = dot.getBoundingClientRect();
    return { kind: 'dot', x: r.left + r.width / 2 - origin.left, y: r.top + r.height / 2 - origin.top, r: r.width / 2 };
  }
  const r = el.getBoundingClientRect();
  return { kind: 'bar', left: r.left - origin.left, right: r.right - origin.left, y: r.top + r.height / 2 - origin.top };
}
