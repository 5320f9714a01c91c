/**
 * <tl-embed>: a timeline inside another site's page. It reads the options in
 * its address (allow-listed and parsed, see src/lib/embed/embed-options.ts; what is
 * left out is warned about once), sets where the timeline opens before the
 * timeline's own scripts run, and talks with the page around it through
 * /embed.js: the event a reader opens, and the event the host's address
 * names. Its height is the frame's, set by the host: nothing here changes
 * it. Messages are taken from the parent window only, and only in the shapes
 * of src/lib/embed/embed-messages.ts.
 */
import { describeIgnored, parseEmbedOptions, type EmbedContext, type EmbedOptions } from '../lib/embed/embed-options.ts';
import { decodeHash } from '../lib/search/deep-link.ts';
import { isFiltering } from '../lib/search/filters.ts';
import { connectToHost } from './host-channel.ts';
import type { OpenDetail, TimelinePage } from './timeline-page.ts';

class EmbedElement extends HTMLElement {
  private options: EmbedOptions | undefined;

  connectedCallback(): void {
    if (this.options) return;
    let context: EmbedContext = {};
    try {
      context = JSON.parse(this.dataset['context'] ?? '{}') as EmbedContext;
    } catch {
      // The page wrote it: without it every option is still checked for its form.
    }
    const { options, ignored } = parseEmbedOptions(location.search, context);
    this.options = options;
    // A story has an embed of its own, which reads the same options (and `step`).
    if (options.story) {
      location.replace(`${location.pathname.replace(/\/?$/, '/')}story/${options.story}/${location.search}${location.hash}`);
      return;
    }
    if (ignored.length > 0)
      console.warn(`Timeline embed: ignored ${ignored.map(describeIgnored).join('; ')}. See the README's "Embedding" section for the options.`);
    this.applyLook(options);
    this.applyOpening(options);
    this.listen(options);
  }

  /** Colours, title, panel and list: settled before the first paint of the timeline. */
  private applyLook(options: EmbedOptions): void {
    if (options.theme !== 'auto') document.documentElement.dataset['theme'] = options.theme;
    this.dataset['list'] = options.list ? '1' : '0';
    this.dataset['panel'] = options.panel ? '1' : '0';
    this.dataset['title'] = options.title ? '1' : '0';
  }

  /** The event to open (as its deep link) and the window, read by the timeline when it starts. */
  private applyOpening(options: EmbedOptions): void {
    // A hash that names nothing (`#%`) is no deep link: the event asked for opens.
    if (options.event && decodeHash(location.hash) === '') history.replaceState(history.state, '', `${location.pathname}${location.search}#${options.event}`);
    const timeline = this.querySelector<HTMLElement>('tl-timeline');
    if (timeline && options.start !== undefined) timeline.dataset['start'] = String(options.start);
    if (timeline && options.end !== undefined) timeline.dataset['end'] = String(options.end);
    const page = this.querySelector<TimelinePage>('tl-page');
    const event = options.event;
    if (event) {
      // The page opens the event its hash names once the timeline is ready; in a slow frame that has been
      // seen not to happen (once, in CI), so the embed asks too. Opening an open event again changes nothing.
      const openIt = (): void => {
        if (this.querySelector(`.tl-panel article[data-event="${CSS.escape(event)}"]`)) return;
        void customElements.whenDefined('tl-page').then(() => page?.open(event, 'zoom'));
      };
      if (timeline?.dataset['ready'] === 'true') openIt();
      else this.addEventListener('tl-ready', openIt, { once: true });
    }
    const filters = options.filters;
    if (!isFiltering(filters)) return;
    void customElements.whenDefined('tl-page').then(() => page?.applyFilters(filters));
  }

  private listen(options: EmbedOptions): void {
    const host = connectToHost(this, (id) => void this.openFromHost(id));
    // The event opened from the options is where the embed starts, not the reader's choice: the host's address keeps quiet about it.
    let quiet = options.event;
    this.addEventListener('tl-open', (e) => {
      const { id } = (e as CustomEvent<OpenDetail>).detail;
      if (id !== null && id === quiet) return;
      quiet = undefined;
      host.opened(id);
    });
    // Links to other pages (sources, the full timeline) leave the frame.
    this.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[href]');
      if (link && !link.target && (link.origin !== location.origin || link.pathname !== location.pathname)) {
        link.target = '_blank';
        link.rel = 'noopener';
      }
    });
  }

  /** The host's address names an event (or none any more). */
  private async openFromHost(id: string | null): Promise<void> {
    const page = this.querySelector<TimelinePage>('tl-page');
    if (!page) return;
    if (id !== null) await page.open(id, 'zoom');
    // Closed only if open: closing also clears the keyboard's place on the timeline.
    else if (this.querySelector('.tl-panel')?.getAttribute('data-state') === 'open') page.close(false, false);
  }
}

customElements.define('tl-embed', EmbedElement);
