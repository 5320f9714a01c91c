/**
 * <tl-story-embed>: a story inside another site's page
 * (`/embed/<slug>/?story=<id>&step=3`, which opens `/embed/<slug>/story/<id>/`).
 * It reads the embed's options (the theme; the step is read by <tl-story>),
 * and carries the step to the page around it through /embed.js as that
 * script carries events: the step's address without its `#` (`step-3`) is
 * the id it keeps in the host's address (`?nk=step-3`), and the id it is
 * asked to open (host-channel.ts).
 */
import { describeIgnored, parseEmbedOptions, type EmbedContext } from '../lib/embed/embed-options.ts';
import { stepHash, stepOfHash } from '../lib/search/deep-link.ts';
import { connectToHost } from './host-channel.ts';
import type { StepDetail, StoryElement } from './story-page.ts';

class StoryEmbedElement extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    let context: EmbedContext = {};
    try {
      context = JSON.parse(this.dataset['context'] ?? '{}') as EmbedContext;
    } catch {
      // The page wrote it: without it every option is still checked for its form.
    }
    const { options, ignored } = parseEmbedOptions(location.search, context);
    if (ignored.length > 0)
      console.warn(`Timeline embed: ignored ${ignored.map(describeIgnored).join('; ')}. See the README's "Embedding" section for the options.`);
    if (options.theme !== 'auto') document.documentElement.dataset['theme'] = options.theme;
    const host = connectToHost(this, (id) => {
      const story = this.querySelector<StoryElement>('tl-story');
      void customElements.whenDefined('tl-story').then(() => story?.go(id === null ? 0 : stepOfHash(`#${id}`)));
    });
    this.addEventListener('tl-step', (e) => {
      const { step } = (e as CustomEvent<StepDetail>).detail;
      host.opened(step > 0 ? stepHash(step).slice(1) : null);
    });
  }
}

customElements.define('tl-story-embed', StoryEmbedElement);
