/**
 * The timeline by keyboard: everything the mouse does. Arrows walk the events
 * in time order (with the panel open, it follows), Home and End go to the
 * first and last, Enter opens the event, Escape closes it and comes back,
 * + and - zoom, Shift with an arrow pans, ? shows the shortcuts.
 */

/** What the keys act on: the page (panel and list) and its timeline. */
export interface KeyTarget {
  /** The event before or after the one the keyboard is on (or the first one in view). */
  step(direction: 1 | -1): Promise<void>;
  edge(which: 'first' | 'last'): Promise<void>;
  /** Opens the event the keyboard is on, and moves focus into the panel. */
  openHere(): Promise<void>;
  /** Closes the panel, keeping the keyboard on its event. */
  closeHere(): void;
  zoom(how: 'in' | 'out'): void;
  /** Moves the window by a share of its width. */
  pan(share: number): void;
  help(): void;
}

export function onTimelineKey(e: KeyboardEvent, target: KeyTarget): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const act = (f: () => unknown): void => {
    e.preventDefault();
    void f();
  };
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      act(() => (e.shiftKey ? target.pan(0.25) : target.step(1)));
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      act(() => (e.shiftKey ? target.pan(-0.25) : target.step(-1)));
      break;
    case 'Home':
      act(() => target.edge('first'));
      break;
    case 'End':
      act(() => target.edge('last'));
      break;
    case 'Enter':
      act(() => target.openHere());
      break;
    case 'Escape':
      act(() => target.closeHere());
      break;
    case '+':
    case '=':
      act(() => target.zoom('in'));
      break;
    case '-':
    case '_':
      act(() => target.zoom('out'));
      break;
    case '?':
      act(() => target.help());
      break;
  }
}
