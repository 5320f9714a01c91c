/**
 * <tl-story>: a story read one step at a time. The page holds the whole
 * story as an article (its form without JavaScript, and in print); this
 * shows one slide of it at a time, the title slide first, and moves the
 * <tl-timeline> beneath to the step's event (selected, the others dimmed) or
 * window. Previous and next by button, arrow key and swipe; each step has
 * its address (`#step-3`; in an embed `?step=3` too), so reloading, back and
 * forward land on it. Each change is announced politely. Configured by
 * data-*: `data-total`, `data-progress` ("Step {n} of {total}"),
 * `data-locale`, `data-embed` (in a frame: the step is carried to the host's
 * address, and the frame's history is left alone).
 */
import { stepHash, stepOfHash } from '../lib/search/deep-link.ts';
import type { SelectDetail, TimelineElement } from './timeline-element.ts';

/** How far a finger moves sideways, and how much more than up or down, to turn the slide. */
const SWIPE_PX = 40;

export interface StepDetail {
  readonly step: number;
}

export class StoryElement extends HTMLElement {
  private slides: HTMLElement[] = [];
  private current = -1;
  private timeline: TimelineElement | null = null;
  private ready = false;

  connectedCallback(): void {
    if (this.slides.length > 0) return;
    this.slides = [...this.querySelectorAll<HTMLElement>('.tl-story__slides [data-step]')];
    this.timeline = this.querySelector<TimelineElement>('tl-timeline');
    const nav = this.querySelector<HTMLElement>('.tl-story__nav');
    if (nav) nav.hidden = false;
    this.querySelector('.tl-story__slides')?.setAttribute('aria-describedby', 'tl_story_keys');
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      const action = button?.dataset['action'];
      if (action === 'start') this.go(1);
      else if (action === 'previous') this.go(this.current - 1);
      else if (action === 'next') this.go(this.current + 1);
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
    this.listenForSwipes();
    // An event clicked on the timeline: its step, if the story has one.
    this.addEventListener('tl-select', (e) => {
      const id = (e as CustomEvent<SelectDetail>).detail.id;
      const step = this.slides.find((s) => s.dataset['event'] === id);
      if (step) this.go(Number(step.dataset['step']));
      else void this.moveTimeline();
    });
    window.addEventListener('popstate', () => this.show(this.fromAddress()));
    // Only a step's address: the skip link's `#tl_story_title` is no step.
    window.addEventListener('hashchange', () => {
      if (location.hash === '' || stepOfHash(location.hash) > 0) this.show(this.fromAddress());
    });
    this.show(this.fromAddress(), false);
    // The browser has jumped to the step's entry in the article: the slide is at the top.
    const toTop = (): void => {
      if (stepOfHash(location.hash) > 0 && !this.dataset['embed']) window.scrollTo({ top: 0 });
    };
    toTop();
    // The browser may jump again once the page has loaded.
    if (document.readyState !== 'complete') window.addEventListener('load', toTop, { once: true });
    const onReady = (): void => {
      this.ready = true;
      void this.moveTimeline();
    };
    if (this.timeline?.dataset['ready'] === 'true') onReady();
    else this.addEventListener('tl-ready', onReady, { once: true });
  }

  get step(): number {
    return this.current;
  }

  private get total(): number {
    return this.slides.length - 1;
  }

  /** The step the address names: its hash, or in an embed `?step=`; the title slide otherwise. */
  private fromAddress(): number {
    const asked = stepOfHash(location.hash) || (this.dataset['embed'] ? Number(new URLSearchParams(location.search).get('step') ?? 0) : 0);
    return Number.isInteger(asked) ? Math.max(0, Math.min(asked, this.total)) : 0;
  }

  /** Goes to a step, giving it its address (a history entry on a page; the frame's history stays as it is in an embed). */
  go(n: number): void {
    const step = Math.max(0, Math.min(n, this.total));
    if (step === this.current) return;
    const url = `${location.pathname}${location.search}${stepHash(step)}`;
    if (this.dataset['embed']) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
    this.show(step);
  }

  /** Shows a step's slide; `announce` (not on arrival) says it to screen readers. */
  private show(n: number, announce = true): void {
    if (n === this.current) return;
    const before = this.current;
    this.current = n;
    this.dataset['step'] = String(n);
    const focused = document.activeElement;
    this.slides.forEach((slide, i) => slide.classList.toggle('is-off', i !== n));
    this.querySelector('.tl-story__slides')?.scrollTo({ top: 0 });
    const total = this.total;
    const progress = (this.dataset['progress'] ?? '{n} / {total}')
      .replace('{n}', n.toLocaleString(this.dataset['locale']))
      .replace('{total}', total.toLocaleString(this.dataset['locale']));
    const text = this.querySelector('.tl-story__progress-text');
    if (text) text.textContent = n === 0 ? '' : progress;
    this.style.setProperty('--tl-progress', String(n / total));
    const previous = this.querySelector<HTMLButtonElement>('button[data-action="previous"]');
    const next = this.querySelector<HTMLButtonElement>('button[data-action="next"]');
    if (previous) previous.disabled = n === 0;
    if (next) next.disabled = n === total;
    const slide = this.slides[n];
    // A step's heading; the title slide's is the story's title, which heads every slide.
    const heading = slide?.querySelector<HTMLElement>('h2') ?? this.querySelector<HTMLElement>('#tl_story_title');
    if (announce) {
      const status = this.querySelector('[data-story-status]');
      if (status) status.textContent = n === 0 ? (heading?.textContent.trim() ?? '') : `${progress}: ${heading?.textContent.trim() ?? ''}`;
    }
    // Focus that was on something now out of sight (a link of the last slide, a button now disabled) goes to the new slide's heading.
    const lost =
      focused instanceof HTMLElement && focused !== document.body && (focused.closest('.is-off') !== null || (focused as HTMLButtonElement).disabled);
    if (before !== -1 && lost) heading?.focus({ preventScroll: true });
    if (before !== -1) this.dispatchEvent(new CustomEvent<StepDetail>('tl-step', { detail: { step: n }, bubbles: true }));
    void this.moveTimeline();
  }

  /** The timeline beneath: to the step's event, selected with the others dimmed, or to its window. */
  private async moveTimeline(): Promise<void> {
    const timeline = this.timeline;
    const slide = this.slides[this.current];
    if (!this.ready || !timeline || !slide) return;
    const event = slide.dataset['event'];
    const start = Number(slide.dataset['start']);
    const end = Number(slide.dataset['end']);
    if (event) {
      timeline.dataset['focus'] = 'event';
      await timeline.select(event, 'zoom');
    } else {
      timeline.deselect();
      delete timeline.dataset['focus'];
      if (Number.isFinite(start) && Number.isFinite(end)) timeline.showWindow(start, end);
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const target = e.target as Element | null;
    if (target?.closest('input, textarea, select, [contenteditable], dialog')) return;
    e.preventDefault();
    this.go(this.current + (e.key === 'ArrowRight' ? 1 : -1));
  }

  /** A swipe across the slide (touch or pen): left for the next step, right for the previous. */
  private listenForSwipes(): void {
    const area = this.querySelector<HTMLElement>('.tl-story__slides');
    if (!area) return;
    let from: { x: number; y: number } | undefined;
    area.addEventListener('pointerdown', (e) => {
      from = e.pointerType === 'mouse' ? undefined : { x: e.clientX, y: e.clientY };
    });
    area.addEventListener('pointercancel', () => (from = undefined));
    area.addEventListener('pointerup', (e) => {
      if (!from) return;
      const dx = e.clientX - from.x;
      const dy = e.clientY - from.y;
      from = undefined;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) this.go(this.current + (dx < 0 ? 1 : -1));
    });
  }
}

customElements.define('tl-story', StoryElement);
