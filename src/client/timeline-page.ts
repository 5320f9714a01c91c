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
import { isFiltering, matches, SEARCHED_PARTS, type Filters } from '../lib/search/filters.ts';
import type { FilterDetail, FiltersElement } from './filters.ts';
import type { ResultsDetail, SearchResults } from './search-results.ts';
import { fetchOk, rememberOnSuccess } from './fetch-retry.ts';
import { onTimelineKey, type KeyTarget } from './keyboard.ts';
import { settleLists } from './settle-list.ts';
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
  /** Counts calls to open (and close): an event still loading when another call comes gives way to it. */
  private opens = 0;
  /** The event the keyboard is on: the open one, or one walked to with the arrows. */
  private position: string | undefined;
  private returnFocus: HTMLElement | null = null;
  private empty: Node[] = [];
  /** Pages of other periods, fetched once each (a failure tried again), for their entries. */
  private readonly pages = new Map<string, Promise<Document>>();

  connectedCallback(): void {
    this.timeline = this.querySelector<TimelineElement>('tl-timeline');
    this.panel = this.querySelector<HTMLElement>('.tl-panel');
    this.body = this.querySelector<HTMLElement>('.tl-panel__body');
    this.empty = [...(this.body?.childNodes ?? [])];

    this.addEventListener('tl-select', (e) => void this.open((e as CustomEvent<SelectDetail>).detail.id, 'keep'));
    this.panel?.addEventListener('click', (e) => void this.onPanelClick(e));
    if (this.panel) new SheetHandle(this.panel);
    // The dek's fold on a phone.
    this.querySelector('[data-action="dek"]')?.addEventListener('click', (e) => {
      const button = e.currentTarget as HTMLButtonElement;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      button.textContent = (open ? button.dataset['less'] : button.dataset['more']) ?? '';
      this.querySelector('#tl_dek')?.toggleAttribute('data-open', open);
    });
    this.panel?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close(true);
    });
    this.querySelector('.tl-timeline__canvas')?.addEventListener('keydown', (e) => onTimelineKey(e as KeyboardEvent, this.keys()));
    // A click on an event's title in the list selects it instead of jumping.
    this.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>(
        '.tl-list .tl-event__title a, .tl-results .tl-hit__title a, .tl-panel__start a, .tl-links a[data-to]',
      );
      // A link to another event names it; a title names its own entry's.
      const id = link?.dataset['to'] ?? link?.closest<HTMLElement>('[data-event]')?.dataset['event'];
      if (!link || !id || e.defaultPrevented || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      const inPanel = link.closest('.tl-panel') !== null;
      // A link in the panel goes with the entry it is in: focus moves to the new entry's heading.
      if (!(inPanel && link.dataset['to'])) this.returnFocus = link;
      void this.open(id, 'center').then((opened) => {
        if (opened && inPanel && link.dataset['to']) this.focusHeading();
      });
      // From the list below, back up to the timeline; the panel's own links are beside it already.
      if (!inPanel) this.reveal({ block: 'start', behavior: 'smooth' });
    });
    window.addEventListener('hashchange', () => void this.fromHash('center'));
    this.addEventListener('tl-filter', (e) => this.applyFilters((e as CustomEvent<FilterDetail>).detail.filters));
    this.addEventListener('tl-results', (e) => this.showResults((e as CustomEvent<ResultsDetail>).detail));
    // A shared link may open the page filtered.
    const filters = this.querySelector<FiltersElement>('tl-filters');
    if (filters) void customElements.whenDefined('tl-filters').then(() => this.applyFilters(filters.read()));

    const start = async (): Promise<void> => {
      if (!(await this.fromHash('zoom'))) return;
      // The browser jumped to the event's entry in the list: back to the first screen, which holds the
      // timeline and the open event (on a phone, the sheet then keeps the event clear of it).
      if (this.dataset['scroll'] !== 'none') window.scrollTo({ top: 0 });
      this.reveal({ block: 'nearest' });
    };
    if (this.timeline?.dataset['ready'] === 'true') void start();
    else this.addEventListener('tl-ready', () => void start(), { once: true });
    void settleLists(this, this.settled());
  }

  /** Resolves once the timeline is ready, or a moment after the page loaded if it never is (or there is none). */
  private settled(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.timeline || this.timeline.dataset['ready'] === 'true') {
        resolve();
        return;
      }
      this.addEventListener('tl-ready', () => resolve(), { once: true });
      const late = (): void => void setTimeout(resolve, 3000);
      if (document.readyState === 'complete') late();
      else window.addEventListener('load', late, { once: true });
    });
  }

  /**
   * Shows only the events the reader asks for, in the list and on the
   * timeline at once. The list's own entries are what is searched: the words
   * of their title, summary, notes, place and tags, as in a large timeline's
   * index; their lane and tags.
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
      const text = [...article.querySelectorAll(SEARCHED_PARTS)].map((part) => part.textContent).join('\n');
      const ok = !filtering || matches({ text, group: article.dataset['group'], tags }, filters);
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
    const page = rememberOnSuccess(this.pages, url.href, async () => new DOMParser().parseFromString(await (await fetchOk(url)).text(), 'text/html'));
    return (await page).querySelector<HTMLElement>(`.tl-list article[data-event="${CSS.escape(id)}"]`);
  }

  private async selectAndFind(id: string, reveal: Reveal): Promise<HTMLElement | null> {
    try {
      return (await this.timeline?.select(id, reveal)) ? await this.entry(id) : null;
    } catch (error) {
      console.warn(`The event ${id} could not be shown.`, error);
      return null;
    }
  }

  async open(id: string, reveal: Reveal): Promise<boolean> {
    const turn = ++this.opens;
    const before = this.current;
    // A step taken while this one loads starts from here.
    this.current = id;
    this.position = id;
    // A file that could not be fetched leaves the page as it was: following the link again tries again.
    const article = await this.selectAndFind(id, reveal);
    // Opened again (this event or another) or closed while this one loaded: the later call stands.
    if (turn !== this.opens) return false;
    if (!article || !this.panel || !this.body) {
      this.current = before;
      return false;
    }
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
    this.keepInView();
    if (before !== id) this.dispatchEvent(new CustomEvent<OpenDetail>('tl-open', { detail: { id }, bubbles: true }));

    const source = this.timeline?.source;
    const [previous, next] = await Promise.all([source?.neighbour(id, -1), source?.neighbour(id, 1)]);
    if (this.current === id) {
      await this.setStep('previous', previous);
      await this.setStep('next', next);
    }
    return true;
  }

  /**
   * Below the wide layout the panel is a sheet over the bottom of the screen:
   * once it has opened, the page scrolls so that the selected event is not
   * under it. (An embed keeps its frame still: there the timeline makes room.)
   */
  private keepInView(): void {
    const panel = this.panel;
    if (!panel || this.dataset['scroll'] === 'none' || getComputedStyle(panel).position !== 'fixed') return;
    window.clearTimeout(this.keepPending);
    // After the sheet's slide and the timeline's move to the event.
    this.keepPending = window.setTimeout(() => {
      const item = this.timeline?.querySelector('.vis-item.vis-selected:not(.vis-dot)');
      if (!item || panel.dataset['state'] !== 'open') return;
      const box = item.getBoundingClientRect();
      const floor = panel.getBoundingClientRect().top - 12;
      const ceiling = 12;
      const by = box.top < ceiling ? box.top - ceiling : box.bottom > floor ? box.bottom - floor : 0;
      if (by !== 0) window.scrollBy({ top: by, behavior: 'smooth' });
    }, 350);
  }

  private keepPending = 0;
  /** The arrow keys' steps, one after another. */
  private stepping: Promise<void> = Promise.resolve();

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
    this.opens++;
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

  /** Focus on the open event's heading, where a screen reader starts reading it. */
  private focusHeading(): void {
    const heading = this.panel?.querySelector<HTMLElement>('#tl_panel_title');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  private keys(): KeyTarget {
    const timeline = this.timeline;
    const source = timeline?.source;
    return {
      // Each press counts, taken from where the one before arrived (a neighbour may take a fetch to find).
      step: (direction) =>
        (this.stepping = this.stepping
          .then(async () => {
            const from = this.position;
            const inView = timeline?.eventsInView() ?? [];
            const target = from ? await source?.neighbour(from, direction) : direction === 1 ? inView[0] : inView.at(-1);
            if (target) void this.moveTo(target);
          })
          .catch((error: unknown) => {
            console.warn('The next event could not be found.', error);
          })),
      edge: async (which) => {
        const target = await source?.edge(which);
        if (target) await this.moveTo(target);
      },
      openHere: async () => {
        const id = this.position ?? timeline?.eventsInView()[0];
        if (!id || !(await this.open(id, 'center'))) return;
        this.focusHeading();
      },
      closeHere: () => this.close(true),
      zoom: (how) => timeline?.zoom(how),
      pan: (share) => timeline?.pan(share),
      help: () => timeline?.help(),
    };
  }
}

/**
 * The sheet's handle: a click (or Enter) pulls the sheet up to nearly the
 * whole screen or lets it back to half; a drag moves it, settling at the
 * nearer of the two.
 */
class SheetHandle {
  constructor(private readonly panel: HTMLElement) {
    const handle = panel.querySelector<HTMLButtonElement>('.tl-panel__handle');
    if (!handle) return;
    let drag: { y: number; height: number; moved: boolean; to: number } | undefined;
    // A drag ends in a click too: that click is the drag's, not a toggle.
    let dragged = false;
    handle.addEventListener('pointerdown', (e) => {
      const height = panel.getBoundingClientRect().height;
      drag = { y: e.clientY, height, moved: false, to: height };
      handle.setPointerCapture(e.pointerId);
      panel.toggleAttribute('data-dragging', true);
    });
    handle.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const height = drag.height + drag.y - e.clientY;
      if (Math.abs(e.clientY - drag.y) > 4) drag.moved = true;
      if (!drag.moved) return;
      drag.to = Math.max(120, Math.min(height, innerHeight - 40));
      panel.style.height = `${drag.to}px`;
    });
    const end = (): void => {
      if (!drag) return;
      const { moved, to } = drag;
      drag = undefined;
      panel.removeAttribute('data-dragging');
      dragged = moved;
      if (!moved) return;
      panel.style.height = '';
      // Where the reader let go, not the drawn height, which may still be catching up with the pointer.
      this.expand(handle, to > innerHeight * 0.7);
    };
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
    handle.addEventListener('click', () => {
      if (dragged) {
        dragged = false;
        return;
      }
      this.expand(handle, handle.getAttribute('aria-expanded') !== 'true');
    });
    // A new event opens the sheet at half the screen again.
    new MutationObserver(() => {
      if (panel.dataset['state'] !== 'open') this.expand(handle, false);
    }).observe(panel, { attributes: true, attributeFilter: ['data-state'] });
  }

  private expand(handle: HTMLButtonElement, open: boolean): void {
    this.panel.toggleAttribute('data-expanded', open);
    handle.setAttribute('aria-expanded', String(open));
    const label = (open ? handle.dataset['collapse'] : handle.dataset['expand']) ?? '';
    handle.setAttribute('aria-label', label);
    handle.title = label;
  }
}

customElements.define('tl-page', TimelinePage);

export type { TimelinePage };
