/**
 * <tl-page>: ties the timeline, the detail panel and the list together, with
 * the URL hash as the deep link. Selecting an event (in the timeline, the
 * list, or with previous/next) selects it everywhere and replaces the hash,
 * without adding history entries; opening `#<event-id>` selects it.
 */
import type { SelectDetail, TimelineElement } from './timeline-element.ts';

class TimelinePage extends HTMLElement {
  private timeline: TimelineElement | null = null;
  private panel: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private order: string[] = [];
  private current: string | undefined;
  private returnFocus: HTMLElement | null = null;
  private empty: Node[] = [];

  connectedCallback(): void {
    this.timeline = this.querySelector<TimelineElement>('tl-timeline');
    this.panel = this.querySelector<HTMLElement>('.tl-panel');
    this.body = this.querySelector<HTMLElement>('.tl-panel__body');
    this.empty = [...(this.body?.childNodes ?? [])];
    this.order = [...this.querySelectorAll<HTMLElement>('.tl-list article[data-event]')].map((a) => a.dataset['event'] ?? '');

    this.addEventListener('tl-select', (e) => this.open((e as CustomEvent<SelectDetail>).detail.id, 'keep'));
    this.panel?.addEventListener('click', (e) => this.onPanelClick(e));
    this.panel?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
    // A click on an event's title link in the list selects it instead of jumping.
    this.querySelector('.tl-list')?.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('.tl-event__title a');
      const id = link?.closest<HTMLElement>('[data-event]')?.dataset['event'];
      if (!id || e.defaultPrevented || (e as MouseEvent).ctrlKey || (e as MouseEvent).metaKey) return;
      e.preventDefault();
      this.returnFocus = link;
      this.open(id, 'center');
      this.timeline?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
    window.addEventListener('hashchange', () => this.fromHash('center'));

    const start = (): void => {
      if (this.fromHash('zoom')) this.timeline?.scrollIntoView({ block: 'start' });
    };
    if (this.timeline?.dataset['ready'] === 'true') start();
    else this.addEventListener('tl-ready', start, { once: true });
  }

  /** Opens the event the hash names, if it names one. */
  private fromHash(reveal: 'center' | 'zoom'): boolean {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !this.order.includes(id) || id === this.current) return false;
    this.open(id, reveal);
    return true;
  }

  open(id: string, reveal: 'keep' | 'center' | 'zoom'): void {
    const article = this.querySelector<HTMLElement>(`.tl-list article[data-event="${CSS.escape(id)}"]`);
    if (!article || !this.panel || !this.body) return;
    this.current = id;
    this.timeline?.select(id, reveal);
    if (location.hash !== `#${id}`) history.replaceState(history.state, '', `#${id}`);

    // The panel shows a copy of the list entry: one renderer, the same content.
    const copy = article.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    copy.querySelector(`#${CSS.escape(id)}__title`)?.setAttribute('id', 'tl_panel_title');
    copy.setAttribute('aria-labelledby', 'tl_panel_title');
    this.body.replaceChildren(copy);
    this.panel.dataset['state'] = 'open';

    for (const el of this.querySelectorAll('.tl-list .is-selected')) {
      el.classList.remove('is-selected');
      el.removeAttribute('aria-current');
    }
    article.classList.add('is-selected');
    article.setAttribute('aria-current', 'true');

    const i = this.order.indexOf(id);
    this.setStep('previous', this.order[i - 1]);
    this.setStep('next', this.order[i + 1]);
  }

  private setStep(action: 'previous' | 'next', target: string | undefined): void {
    const button = this.panel?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (!button) return;
    button.disabled = target === undefined;
    const title = target ? this.querySelector(`#${CSS.escape(target)}__title`)?.textContent.trim() : undefined;
    const label = button.dataset['label'] ?? action;
    button.setAttribute('aria-label', title ? `${label}: ${title}` : label);
    button.title = title ?? '';
  }

  private onPanelClick(e: Event): void {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button || !this.current) return;
    const i = this.order.indexOf(this.current);
    const action = button.dataset['action'];
    if (action === 'close') {
      this.close();
      return;
    }
    const target = this.order[action === 'next' ? i + 1 : i - 1];
    if (target) this.open(target, 'center');
  }

  close(): void {
    if (!this.panel || !this.body) return;
    this.panel.dataset['state'] = 'empty';
    this.body.replaceChildren(...this.empty);
    this.timeline?.deselect();
    for (const el of this.querySelectorAll('.tl-list .is-selected')) {
      el.classList.remove('is-selected');
      el.removeAttribute('aria-current');
    }
    this.current = undefined;
    history.replaceState(history.state, '', location.pathname + location.search);
    (this.returnFocus ?? this.timeline)?.focus();
    this.returnFocus = null;
  }
}

customElements.define('tl-page', TimelinePage);
