/**
 * <tl-page>: ties the timeline, the detail panel and the list together, with
 * the URL hash as the deep link. Selecting an event (in the timeline, the
 * list, or with previous/next) selects it everywhere and replaces the hash,
 * without adding history entries; opening `#<event-id>` selects it. An event
 * listed on another page of a large timeline is shown from that page.
 * Opening and closing are announced as `tl-open` events (an embed passes
 * them on to the page around it).
 */
import { ID_PATTERN } from '../lib/format/patterns.ts';
import { decodeHash } from '../lib/search/deep-link.ts';
import { isFiltering, matches, type Filters } from '../lib/search/filters.ts';
import type { FilterDetail, FiltersElement } from './filters.ts';
import type { ResultsDetail, SearchResults } from './search-results.ts';
import { onTimelineKey, type KeyTarget } from './keyboard.ts';
import type { SelectDetail, TimelineElement } from './timeline-element.ts';

type Reveal = 'keep' | 'center' | 'zoom';

export interface OpenDetail {
  /** The open event, or null once closed. */
  readonly id: string | null;
}

class TimelinePage extends HTMLElement {
  private timeline: TimelineElement | null = null;
  private panel: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private current: string | undefined;
  /** The event the keyboard is on: the open one, or one walked to with the arrows. */
  private position: string | undefined;
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
      if (e.key === 'Escape') this.close(true);
    });
    this.querySelector('.tl-timeline__canvas')?.addEventListener('keydown', (e) => onTimelineKey(e as KeyboardEvent, this.keys()));
    // A click on an event's title in the list selects it instead of jumping.
    this.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('.tl-list .tl-event__title a, .tl-results .tl-hit__title a');
      const id = link?.closest<HTMLElement>('[data-event]')?.dataset['event'];
      if (!id || e.defaultPrevented || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      this.returnFocus = link;
      void this.open(id, 'center');
      this.reveal({ block: 'start', behavior: 'smooth' });
    });
    window.addEventListener('hashchange', () => void this.fromHash('center'));
    this.addEventListener('tl-filter', (e) => this.applyFilters((e as CustomEvent<FilterDetail>).detail.filters));
    this.addEventListener('tl-results', (e) => this.showResults((e as CustomEvent<ResultsDetail>).detail));
    // A shared link may open the page filtered.
    const filters = this.querySelector<FiltersElement>('tl-filters');
    if (filters) void customElements.whenDefined('tl-filters').then(() => this.applyFilters(filters.read()));

    const start = async (): Promise<void> => {
      if (await this.fromHash('zoom')) this.reveal({ block: 'start' });
    };
    if (this.timeline?.dataset['ready'] === 'true') void start();
    else this.addEventListener('tl-ready', () => void start(), { once: true });
  }

  /**
   * Shows only the events the reader asks for, in the list and on the
   * timeline at once. The list's own entries are what is searched: their
   * words, lane and tags.
   */
  applyFilters(filters: Filters): void {
    const results = this.querySelector<SearchResults>('tl-results');
    // A large timeline asks its search index: the results say what is shown.
    if (results) return void customElements.whenDefined('tl-results').then(() => results.show(filters));
    const filtering = isFiltering(filters);
    const shown = new Set<string>();
    for (const article of this.querySelectorAll<HTMLElement>('.tl-list article[data-event]')) {
      const id = article.dataset['event'] ?? '';
      const tags = (article.dataset['tags'] ?? '').split(' ').filter(Boolean);
      const ok = !filtering || matches({ text: article.textContent, group: article.dataset['group'], tags }, filters);
      const item = article.closest('li');
      if (item) item.hidden = !ok;
      if (ok) shown.add(id);
    }
    this.timeline?.setFilter(filtering ? shown : undefined);
    this.querySelector<FiltersElement>('tl-filters')?.showCount(shown.size, filtering);
    if (this.current && !shown.has(this.current)) this.close();
  }

  /** A large timeline's results: the timeline shows the events they list, the page's own list gives way. */
  private showResults({ ids, items, total }: ResultsDetail): void {
    this.toggleAttribute('data-searching', ids !== undefined);
    this.timeline?.setFilter(ids, items);
    this.querySelector<FiltersElement>('tl-filters')?.showCount(total, ids !== undefined);
  }

  /**
   * Scrolls the timeline into view, unless `data-scroll="none"`: in an embed,
   * scrolling would move the page around it too.
   */
  private reveal(options: ScrollIntoViewOptions): void {
    if (this.dataset['scroll'] !== 'none') this.timeline?.scrollIntoView(options);
  }

  /** Opens the event the hash names, if it names one. */
  private async fromHash(reveal: Reveal): Promise<boolean> {
    const id = decodeHash(location.hash);
    if (!ID_PATTERN.test(id) || id === this.current) return false;
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
    this.position = id;
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
    if (before !== id) this.dispatchEvent(new CustomEvent<OpenDetail>('tl-open', { detail: { id }, bubbles: true }));

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

  /**
   * Closes the panel; from the keyboard, the event stays marked and focus goes
   * back to the timeline. Asked from outside (`moveFocus` false), focus stays where it is.
   */
  close(byKeyboard = false, moveFocus = true): void {
    if (!this.panel || !this.body) return;
    const was = this.current;
    this.panel.dataset['state'] = 'empty';
    this.body.replaceChildren(...this.empty);
    if (!byKeyboard) this.timeline?.deselect();
    this.highlight(undefined);
    this.current = undefined;
    history.replaceState(history.state, '', location.pathname + location.search);
    if (was !== undefined) this.dispatchEvent(new CustomEvent<OpenDetail>('tl-open', { detail: { id: null }, bubbles: true }));
    const canvas = this.querySelector<HTMLElement>('.tl-timeline__canvas');
    if (moveFocus) (byKeyboard ? canvas : (this.returnFocus ?? canvas))?.focus();
    this.returnFocus = null;
  }

  /** Moves the keyboard to an event: the panel follows when it is open; a screen reader hears where it is. */
  private async moveTo(id: string): Promise<void> {
    this.position = id;
    if (this.panel?.dataset['state'] === 'open') await this.open(id, 'center');
    else await this.timeline?.select(id, 'center');
    const at = await this.timeline?.source?.ordinal(id);
    this.timeline?.announce(id, at?.n, at?.total);
  }

  private keys(): KeyTarget {
    const timeline = this.timeline;
    const source = timeline?.source;
    return {
      step: async (direction) => {
        const from = this.position;
        const inView = timeline?.eventsInView() ?? [];
        const target = from ? await source?.neighbour(from, direction) : direction === 1 ? inView[0] : inView.at(-1);
        if (target) await this.moveTo(target);
      },
      edge: async (which) => {
        const target = await source?.edge(which);
        if (target) await this.moveTo(target);
      },
      openHere: async () => {
        const id = this.position ?? timeline?.eventsInView()[0];
        if (!id || !(await this.open(id, 'center'))) return;
        const heading = this.panel?.querySelector<HTMLElement>('#tl_panel_title');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus();
      },
      closeHere: () => this.close(true),
      zoom: (how) => timeline?.zoom(how),
      pan: (share) => timeline?.pan(share),
      help: () => timeline?.help(),
    };
  }
}

customElements.define('tl-page', TimelinePage);

export type { TimelinePage };
