/**
 * <tl-filters>: the search box and the lane and tag choices. It keeps them in
 * the URL's query (without a history entry) and tells the page what is asked
 * with a `tl-filter` event; the page says how many match with `showCount`,
 * written in the timeline's language (`data-locale`).
 */
import { filtersToSearch, parseFilters, type Filters } from '../lib/search/filters.ts';

export interface FilterDetail {
  readonly filters: Filters;
}

class FiltersElement extends HTMLElement {
  private form: HTMLFormElement | null = null;

  connectedCallback(): void {
    this.form = this.querySelector('form');
    const form = this.form;
    if (!form) return;
    const filters = parseFilters(location.search);
    this.fill(filters);
    this.showChosen(filters);
    let pending = 0;
    form.addEventListener('input', () => {
      this.showChosen(this.read());
      clearTimeout(pending);
      pending = window.setTimeout(() => this.apply(), 150);
    });
    // The lanes and tags fold away again when the reader is done with them.
    const box = this.querySelector('details');
    box?.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !box.open) return;
      box.open = false;
      box.querySelector('summary')?.focus();
    });
    document.addEventListener('click', (e) => {
      if (box?.open && !box.contains(e.target as Node)) box.open = false;
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply();
    });
    // A reset clears the fields after this event: apply once it has.
    form.addEventListener('reset', () =>
      setTimeout(() => {
        this.showChosen(this.read());
        this.apply();
      }, 0),
    );
    this.querySelector('[data-clear]')?.addEventListener('click', () => form.reset());
    const count = this.querySelector('.tl-filters__count');
    this.dataset['all'] = count?.textContent ?? '';
    this.hidden = false;
  }

  private fill(filters: Filters): void {
    const form = this.form;
    if (!form) return;
    const q = form.elements.namedItem('q');
    if (q instanceof HTMLInputElement) q.value = filters.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'groups' ? filters.groups : filters.tags).includes(box.value);
    }
  }

  /** How many lanes and tags are chosen, beside "Filters": they are folded away. */
  private showChosen(filters: Filters): void {
    const chosen = this.querySelector('[data-chosen]');
    const n = filters.groups.length + filters.tags.length;
    if (chosen) chosen.textContent = n > 0 ? ` (${n.toLocaleString(this.dataset['locale'])})` : '';
  }

  /** What the form asks for now. */
  read(): Filters {
    const data = this.form ? new FormData(this.form) : new FormData();
    const text = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value : '');
    return {
      q: text(data.get('q')),
      groups: data.getAll('groups').map(text),
      tags: data.getAll('tags').map(text),
    };
  }

  private apply(): void {
    const filters = this.read();
    history.replaceState(history.state, '', `${location.pathname}${filtersToSearch(filters, location.search)}${location.hash}`);
    this.dispatchEvent(new CustomEvent<FilterDetail>('tl-filter', { detail: { filters }, bubbles: true }));
  }

  /** "12 of 31 events", or all of them; and the "nothing matches" note. */
  showCount(n: number, filtering: boolean): void {
    const total = Number(this.dataset['total'] ?? n);
    const count = this.querySelector('.tl-filters__count');
    const template = this.dataset['count'] ?? '{n} / {total}';
    if (count)
      count.textContent = filtering
        ? template.replace('{n}', n.toLocaleString(this.dataset['locale'])).replace('{total}', total.toLocaleString(this.dataset['locale']))
        : (this.dataset['all'] ?? '');
    const none = this.querySelector<HTMLElement>('.tl-filters__none');
    if (none) none.hidden = !(filtering && n === 0);
  }
}

customElements.define('tl-filters', FiltersElement);

export type { FiltersElement };
