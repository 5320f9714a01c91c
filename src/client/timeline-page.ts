/**
 * <tl-page>: ties the timeline, the detail panel and the list together, with
 * the URL hash as the deep link. Selecting an event (in the timeline, the
 * list, or with previous/next) selects it everywhere and replaces the hash,
 * without adding history entries; opening `#<event-id>` selects it. An event
 * listed on another page of a large timeline is shown from that page.
 */
import type { SelectDetail, TimelineElement } from './timeline-element.ts';

type Reveal = 'keep' | 'center' | 'zoom';

class TimelinePage extends HTMLElement {
  private timeline: TimelineElement | null = null;
  private panel: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private current: string | undefined;
  private returnFocus: HTMLElement | null = null;
  private empty: Node[] = [];
  /** Pages of other periods, fetched once each, for their entries. */
  private readonly pages = new Map<string, Promise<Document>>();

  connectedCallback(): void {
    this.timeline = this.querySelector<TimelineElement>('tl-timeline');
    this.panel = this.querySelector<HTMLElement>('.tl-panel');
    this.body = this.querySelector<HTMLElement>('.tl-panel__body');
    this.empty = [...(this.body?.childNodes ?? [])];

    this.addEventListener('tl-select', (e) => void this.open((e as CustomEvent<SelectDetail>).detail.id, 'keep'));
    this.panel?.addEventListener('click', (e) => void this.onPanelClick(e));
    this.panel?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
    // A click on an event's title in the list selects it instead of jumping.
    this.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('.tl-list .tl-event__title a');
      const id = link?.closest<HTMLElement>('[data-event]')?.dataset['event'];
      if (!id || e.defaultPrevented || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      this.returnFocus = link;
      void this.open(id, 'center');
      this.timeline?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
    window.addEventListener('hashchange', () => void this.fromHash('center'));

    const start = async (): Promise<void> => {
      if (await this.fromHash('zoom')) this.timeline?.scrollIntoView({ block: 'start' });
    };
    if (this.timeline?.dataset['ready'] === 'true') void start();
    else this.addEventListener('tl-ready', () => void start(), { once: true });
  }

  /** Opens the event the hash names, if it names one. */
  private async fromHash(reveal: Reveal): Promise<boolean> {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!/^[a-z0-9-]+$/.test(id) || id === this.current) return false;
    return this.open(id, reveal);
  }

  /** This page's entry for an event, or the one on its period's page. */
  private async entry(id: string): Promise<HTMLElement | null> {
    const here = this.querySelector<HTMLElement>(`.tl-list article[data-event="${CSS.escape(id)}"]`);
    if (here) return here;
    const url = await this.timeline?.source?.pageOf(id);
    if (!url) return null;
    let page = this.pages.get(url.href);
    if (!page) {
      page = fetch(url).then(async (r) => new DOMParser().parseFromString(await r.text(), 'text/html'));
      this.pages.set(url.href, page);
    }
    return (await page).querySelector<HTMLElement>(`.tl-list article[data-event="${CSS.escape(id)}"]`);
  }

  async open(id: string, reveal: Reveal): Promise<boolean> {
    const before = this.current;
    // A step taken while this one loads starts from here.
    this.current = id;
    if (!(await this.timeline?.select(id, reveal))) {
      this.current = before;
      return false;
    }
    const article = await this.entry(id);
    if (!article || !this.panel || !this.body) return false;
    this.current = id;
    if (location.hash !== `#${id}`) history.replaceState(history.state, '', `#${id}`);

    // The panel shows a copy of the list entry: one renderer, the same content.
    const copy = document.importNode(article, true);
    copy.removeAttribute('id');
    copy.querySelector(`#${CSS.escape(id)}__title`)?.setAttribute('id', 'tl_panel_title');
    copy.setAttribute('aria-labelledby', 'tl_panel_title');
    this.body.replaceChildren(copy);
    this.panel.dataset['state'] = 'open';
    this.highlight(id);

    const source = this.timeline?.source;
    const [previous, next] = await Promise.all([source?.neighbour(id, -1), source?.neighbour(id, 1)]);
    if (this.current === id) {
      await this.setStep('previous', previous);
      await this.setStep('next', next);
    }
    return true;
  }

  private highlight(id: string | undefined): void {
    for (const el of this.querySelectorAll('.tl-list .is-selected')) {
      el.classList.remove('is-selected');
      el.removeAttribute('aria-current');
    }
    if (id === undefined) return;
    const article = this.querySelector(`.tl-list article[data-event="${CSS.escape(id)}"]`);
    article?.classList.add('is-selected');
    article?.setAttribute('aria-current', 'true');
  }

  private async setStep(action: 'previous' | 'next', target: string | undefined): Promise<void> {
    const button = this.panel?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (!button) return;
    button.disabled = target === undefined;
    const title = target ? (await this.entry(target))?.querySelector('.tl-event__title')?.textContent.trim() : undefined;
    const label = button.dataset['label'] ?? action;
    button.setAttribute('aria-label', title ? `${label}: ${title}` : label);
    button.title = title ?? '';
  }

  private async onPanelClick(e: Event): Promise<void> {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    if (button.dataset['action'] === 'close') {
      this.close();
      return;
    }
    if (!this.current) return;
    const target = await this.timeline?.source?.neighbour(this.current, button.dataset['action'] === 'next' ? 1 : -1);
    if (target) await this.open(target, 'center');
  }

  close(): void {
    if (!this.panel || !this.body) return;
    this.panel.dataset['state'] = 'empty';
    this.body.replaceChildren(...this.empty);
    this.timeline?.deselect();
    this.highlight(undefined);
    this.current = undefined;
    history.replaceState(history.state, '', location.pathname + location.search);
    (this.returnFocus ?? this.timeline)?.focus();
    this.returnFocus = null;
  }
}

customElements.define('tl-page', TimelinePage);
