/**
 * The list and the sources below the first screen are most of a page's
 * elements (about 2,400 of the sample's 3,000). With scripts on, list.css
 * leaves their entries out of the first layouts (`content-visibility: auto`),
 * so the first screen paints sooner on a slow phone. Once the timeline is
 * ready, this lays them all out, a slice per frame, each slice a short task:
 * after that the page is what accessibility checkers expect (they misread
 * entries not laid out, dequelabs/axe-core#2768). A long list (`tl-long`,
 * render-event.ts) stays lazy: its thousands of entries are laid out only as
 * the reader nears them.
 */

/** Elements laid out per frame: about 5 ms of layout on a desktop, 20 ms on a phone four times slower. */
const SLICE = 300;

/** Lays out every entry of the page's short lists, a slice per frame, once `ready` resolves. */
export async function settleLists(root: ParentNode, ready: Promise<void>): Promise<void> {
  await ready;
  const entries = [...root.querySelectorAll<HTMLElement>('.tl-list:not(.tl-long) .tl-list__items > li, .tl-sources:not(.tl-long) .tl-sources__entry')];
  let size = 0;
  for (const entry of entries) {
    entry.classList.add('tl-drawn');
    size += entry.getElementsByTagName('*').length + 1;
    if (size < SLICE) continue;
    size = 0;
    // The slice is laid out in the next frame, a task of its own.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
}
