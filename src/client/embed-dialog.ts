/**
 * <tl-embed-dialog>: the Embed button's dialog. The options build the embed's
 * address with the same parser the embed uses, so the code never carries an
 * option the embed would ignore (those are listed, with the reason); the
 * preview shows that address; the code is written with the address the
 * reader is on, so it is right wherever the site is published. Configured by
 * data-*: `data-embed`, `data-script` (relative to this page), `data-key`,
 * `data-frame-title`, `data-context` (see embedContextOf), and the messages.
 */
import { describeIgnored, embedSearch, parseEmbedOptions, type EmbedContext, type EmbedTheme } from '../lib/embed/embed-options.ts';
import { EMBED_HEIGHT, embedSnippet } from '../lib/embed/embed-snippet.ts';
import { ID_PATTERN } from '../lib/format/patterns.ts';
import { decodeHash } from '../lib/search/deep-link.ts';

class EmbedDialog extends HTMLElement {
  private dialog: HTMLDialogElement | null = null;
  private form: HTMLFormElement | null = null;
  private context: EmbedContext = {};

  connectedCallback(): void {
    this.dialog = this.querySelector('dialog');
    this.form = this.querySelector('form.tl-share__options');
    const button = this.querySelector<HTMLButtonElement>('.tl-share__open');
    if (!this.dialog || !this.form || !button) return;
    try {
      this.context = JSON.parse(this.dataset['context'] ?? '{}') as EmbedContext;
    } catch {
      // Written by the page; without it the options are still checked for their form.
    }
    button.addEventListener('click', () => this.open());
    let pending = 0;
    this.form.addEventListener('input', () => {
      clearTimeout(pending);
      pending = window.setTimeout(() => this.update(), 250);
    });
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.copy());
    this.dialog.addEventListener('close', () => {
      // The preview stops when the dialog closes; focus goes back to the button that opened it.
      this.querySelector('iframe')?.removeAttribute('src');
      button.focus();
    });
    this.hidden = false;
  }

  open(): void {
    const event = this.field('event');
    const id = decodeHash(location.hash);
    // The event open on the page, unless the reader has chosen one already.
    if (event && !event.value && ID_PATTERN.test(id)) event.value = id;
    this.update();
    this.dialog?.showModal();
  }

  private field(name: string): HTMLInputElement | HTMLSelectElement | null {
    const el = this.form?.elements.namedItem(name);
    return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : null;
  }

  /** The embed's query string for what the form says, less what the embed would leave out. */
  private search(): { search: string; ignored: string[] } {
    const value = (name: string): string => this.field(name)?.value.trim() ?? '';
    const checked = (name: string): boolean => (this.field(name) as HTMLInputElement | null)?.checked ?? false;
    const groups = [...(this.form?.querySelectorAll<HTMLInputElement>('input[name="groups"]:checked') ?? [])].map((box) => box.value);
    const tags = value('tags')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    const asked = embedSearch({
      story: value('story'),
      event: value('event'),
      filters: { q: value('q'), groups, tags },
      start: value('start'),
      end: value('end'),
      theme: value('theme') as EmbedTheme,
      list: checked('list'),
      panel: checked('panel'),
      title: checked('title'),
    });
    const { ignored } = parseEmbedOptions(asked, this.context);
    const params = new URLSearchParams(asked);
    for (const option of ignored) params.delete(option.name);
    const search = params.toString();
    return { search: search ? `?${search}` : '', ignored: ignored.map(describeIgnored) };
  }

  private update(): void {
    const { search, ignored } = this.search();
    const note = this.querySelector('.tl-share__ignored');
    if (note) note.textContent = ignored.length > 0 ? `${this.dataset['ignored'] ?? ''} ${ignored.join('; ')}` : '';
    const src = new URL(`${this.dataset['embed'] ?? './'}${search}`, location.href).href;
    const height = Number(this.field('height')?.value) || EMBED_HEIGHT;
    const preview = this.querySelector('iframe');
    if (preview && preview.getAttribute('src') !== src) preview.setAttribute('src', src);
    // The preview at the frame's own height, as the article will show it.
    preview?.style.setProperty('height', `${height}px`);
    const code = this.querySelector('textarea');
    const snippet = embedSnippet({
      src,
      script: new URL(this.dataset['script'] ?? '/embed.js', location.href).href,
      // A story's frame is named after the story.
      title: this.querySelector<HTMLOptionElement>('select[name="story"] option:checked')?.dataset['title'] ?? this.dataset['frameTitle'] ?? '',
      key: this.dataset['key'] ?? 'timeline',
      height,
    });
    if (!code || code.value === snippet) return;
    code.value = snippet;
    // "Copied" was about the code before.
    const status = this.querySelector('[data-copy-status]');
    if (status) status.textContent = '';
  }

  private async copy(): Promise<void> {
    const code = this.querySelector('textarea');
    const status = this.querySelector('[data-copy-status]');
    if (!code || !status) return;
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = this.dataset['copied'] ?? '';
    } catch {
      code.focus();
      code.select();
      status.textContent = this.dataset['copyFailed'] ?? '';
    }
  }
}

customElements.define('tl-embed-dialog', EmbedDialog);
