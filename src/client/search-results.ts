/**
 * <tl-results>: a large timeline's search results, from its static index,
 * twenty at a time. Each time what it lists changes, it says so with a
 * `tl-results` event (the ids listed and how many match), and the page shows
 * the same events on the timeline. Counts are written in the timeline's
 * language (`data-locale`).
 */
import { isFiltering, type Filters } from '../lib/search/filters.ts';
import type { VisItem } from '../lib/vis/to-vis.ts';
import { IndexSearch, type Found, type Hit } from './index-search.ts';

export interface ResultsDetail {
  /** The events listed, or undefined when nothing is asked (show everything). */
  readonly ids: ReadonlySet<string> | undefined;
  /** Their timeline items. */
  readonly items: readonly VisItem[];
  readonly total: number;
}

/** Results listed at a time. */
const PAGE = 20;

class SearchResults extends HTMLElement {
  private search: IndexSearch | undefined;
  private found: Found | undefined;
  private listed = new Map<string, VisItem>();
  /** Each search's number: a slower, older one never overwrites a newer. */
  private asked = 0;

  connectedCallback(): void {
    this.search = new IndexSearch(new URL(this.dataset['base'] ?? './', location.href));
    this.querySelector('.tl-results__more')?.addEventListener('click', () => void this.more());
  }

  /** Lists the first results for `filters`; with none asked, hides itself. */
  async show(filters: Filters): Promise<void> {
    const asked = ++this.asked;
    this.found = undefined;
    this.listed = new Map();
    this.items().replaceChildren();
    if (!isFiltering(filters)) {
      this.hidden = true;
      this.report(undefined, 0);
      return;
    }
    this.hidden = false;
    try {
      const found = await this.search?.find(filters);
      if (asked !== this.asked || !found) return;
      this.found = found;
      await this.more();
    } catch {
      if (asked !== this.asked) return;
      this.note(this.dataset['failed'] ?? '');
      this.report(new Map(), 0);
    }
  }

  private async more(): Promise<void> {
    const { found, asked } = this;
    if (!found) return;
    const hits = await found.hits(this.listed.size, PAGE);
    if (asked !== this.asked) return;
    this.items().append(...hits.map((hit) => this.render(hit)));
    for (const hit of hits) this.listed.set(hit.item.id, hit.item);
    const left = found.total - this.listed.size;
    const more = this.querySelector<HTMLButtonElement>('.tl-results__more');
    if (more) {
      more.hidden = left <= 0;
      more.textContent = (this.dataset['more'] ?? '{n}').replace('{n}', Math.min(left, PAGE).toLocaleString(this.dataset['locale']));
    }
    this.note(left > 0 ? (this.dataset['listed'] ?? '').replace('{n}', this.listed.size.toLocaleString(this.dataset['locale'])) : '');
    this.report(this.listed, found.total);
  }

  private render({ period, item }: Hit): HTMLLIElement {
    const li = document.createElement('li');
    const article = li.appendChild(document.createElement('article'));
    article.className = 'tl-hit';
    article.dataset['event'] = item.id;
    const title = article.appendChild(document.createElement('h3'));
    title.className = 'tl-hit__title';
    const link = title.appendChild(document.createElement('a'));
    // The event on its period's page: it works as a plain link too.
    link.href = `${new URL(`${this.dataset['base'] ?? './'}${period}/`, location.href).pathname}#${item.id}`;
    link.textContent = item.content;
    const date = article.appendChild(document.createElement('p'));
    date.className = 'tl-hit__date';
    date.textContent = item.dateText ?? '';
    return li;
  }

  private items(): HTMLElement {
    return this.querySelector<HTMLElement>('.tl-results__items') ?? this;
  }

  private note(text: string): void {
    const note = this.querySelector('.tl-results__note');
    if (note) note.textContent = text;
  }

  private report(listed: ReadonlyMap<string, VisItem> | undefined, total: number): void {
    const ids = listed && new Set(listed.keys());
    const items = [...(listed?.values() ?? [])];
    this.dispatchEvent(new CustomEvent<ResultsDetail>('tl-results', { detail: { ids, items, total }, bubbles: true }));
  }
}

customElements.define('tl-results', SearchResults);

export type { SearchResults };
