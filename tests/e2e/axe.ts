/**
 * axe, WCAG 2.2 AA, on the page as a reader sees it. List entries and
 * sources are `content-visibility: auto`: off screen, they are laid out only
 * as the reader nears them. axe reads the geometry of content not yet laid
 * out wrongly (dequelabs/axe-core#2768: targets reported too small, colours
 * misread), so for the check every frame draws everything, and is put back
 * after it.
 *
 * axe runs in "legacy" mode: in every frame at once, from the page. The default
 * gathers each frame's results in a blank page of its own, which doubles the
 * time of a check (4 s against 8 s on the sample) for nothing here, as long as
 * no frame is on another origin: legacy mode cannot reach those, so a check
 * with one fails rather than passing unseen.
 *
 * Only violations are gathered (`resultTypes`): by default axe also writes
 * out every element that passed, with a selector for each (2 MB on the
 * sample): a whole check of the sample took 2.0 to 2.3 s against 2.4 to 3.9 s.
 *
 * Light and dark are the same page in other colours (every colour is a
 * `light-dark()` token): after a whole check in one scheme, the other needs
 * only the rules that read colours, `COLOUR_RULES`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DRAW_ALL = 'tl-axe-draw-all';
/** The WCAG 2.2 AA rules of axe that read colours: text contrast, and links told from text by colour. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The violations, one line each (`rule: selectors`); `scope` narrows the check (to some elements, or some rules). */
export async function axe(page: Page, scope: (builder: AxeBuilder) => AxeBuilder = (b) => b): Promise<string[]> {
  const frames = page.frames();
  const origin = new URL(page.url()).origin;
  const foreign = frames.map((f) => f.url()).filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  if (foreign.length > 0) throw new Error(`axe here cannot check frames on another origin: ${foreign.join(', ')}`);
  const drawAll = (on: boolean) =>
    Promise.all(
      frames.map((frame) =>
        frame
          .evaluate(
            ([id, add]) => {
              document.getElementById(id)?.remove();
              if (!add) return;
              const style = document.createElement('style');
              style.id = id;
              style.textContent = '* { content-visibility: visible !important; }';
              document.head.append(style);
            },
            [DRAW_ALL, on] as const,
          )
          // A frame gone meanwhile has nothing to check.
          .catch(() => undefined),
      ),
    );
  await drawAll(true);
  try {
    const { violations } = await scope(
      new AxeBuilder({ page })
        .options({ resultTypes: ['violations'] })
        .setLegacyMode(true)
        .withTags(TAGS),
    ).analyze();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await drawAll(false);
  }
}
