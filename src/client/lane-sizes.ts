/**
 * How tall each lane is, and how many rows of events the lanes share: the
 * lanes fill the height the page gives the timeline (the stylesheet sizes
 * the canvas to the screen), so the timeline never grows taller than the
 * view. Each lane has its title row; the rows of events go where they show
 * the most (item-view.ts), and what height is left is shared evenly. When
 * the page is too short even for the title rows and one row of events, the
 * canvas grows (the stylesheet's --tl-min-height) rather than cut a lane off.
 */
import type { Lane } from './item-view.ts';
import type { DrawnGroup } from './vis-options.ts';

/** Height of the axis under the lanes before it is drawn, px; measured once it is. */
const AXIS_GUESS = 48;

export class LaneSizes {
  private available = 0;
  private readonly row: number;

  constructor(
    private readonly root: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly lanes: number,
  ) {
    this.row = parseFloat(getComputedStyle(root).getPropertyValue('--tl-row')) || 28;
    this.measure();
  }

  /** Recomputes from the canvas's size; true when the room for lanes changed. */
  private measure(): boolean {
    const axis = this.canvas.querySelector<HTMLElement>('.vis-panel.vis-bottom')?.offsetHeight ?? AXIS_GUESS;
    // The drawing's borders and the axis are not the lanes'.
    const available = Math.floor(this.canvas.clientHeight - axis - 2);
    this.root.style.setProperty('--tl-min-height', `${(this.lanes + 1) * this.row + axis + 2}px`);
    const changed = available !== this.available;
    this.available = available;
    return changed;
  }

  /** Event rows `lanes` lanes share below their title rows: at least one (the selected event's, when there is one). */
  rows(lanes: number): number {
    return Math.max(1, Math.floor(this.available / this.row) - lanes);
  }

  /**
   * The lanes as vis-timeline draws them, each as tall as its title row and
   * its `rows`, sharing what is left; those not `shown` (a filter leaves
   * nothing in them) hidden, their room the others'.
   */
  groups(lanes: readonly Lane[], rows: ReadonlyMap<string, number>, shown?: ReadonlySet<string>): DrawnGroup[] {
    const drawn = lanes.filter((lane) => shown?.has(lane.id) ?? true);
    const used = drawn.reduce((sum, lane) => sum + (1 + (rows.get(lane.id) ?? 0)) * this.row, 0);
    const spare = Math.max(0, this.available - used);
    return lanes.map((lane, order) => {
      const at = drawn.indexOf(lane);
      const share = at === -1 ? 0 : Math.floor(spare / drawn.length) + (at < spare % drawn.length ? 1 : 0);
      const height = (1 + (rows.get(lane.id) ?? 0)) * this.row + share;
      return { id: lane.id, content: lane.title, className: lane.className, order, height, subgroupOrder: 'row', visible: at !== -1 };
    });
  }

  /**
   * Calls `changed` whenever the canvas's size changes the room for lanes;
   * the returned function checks again (once the axis has been drawn).
   */
  watch(changed: () => void): () => void {
    let last = { width: this.canvas.clientWidth, height: this.canvas.clientHeight };
    const check = (): void => {
      const now = { width: this.canvas.clientWidth, height: this.canvas.clientHeight };
      const resized = now.width !== last.width || now.height !== last.height;
      last = now;
      if (this.measure() || resized) changed();
    };
    new ResizeObserver(check).observe(this.canvas);
    return check;
  }
}
