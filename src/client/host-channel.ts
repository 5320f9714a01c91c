/**
 * An embed's side of its conversation with the page around it, through
 * /embed.js (messages as src/lib/embed/embed-messages.ts shapes them): it
 * says when its timeline is ready, again when the host says hello (the host's
 * script may load after the frame), tells the host what the reader opens, and
 * hands on the ids the host asks it to open once it is ready. Only the page
 * it sits in is heard. Outside a frame it says nothing.
 */
import { MESSAGE_PREFIX, readHostMessage, type EmbedMessage } from '../lib/embed/embed-messages.ts';

export interface HostChannel {
  /** Tells the host the id the reader opened (null: closed), for its address. */
  opened(id: string | null): void;
}

/** `root` holds the frame's <tl-timeline>; `open` takes what the host asks for, once the timeline is ready. */
export function connectToHost(root: HTMLElement, open: (id: string | null) => void): HostChannel {
  const framed = window.parent !== window;
  const post = (message: EmbedMessage): void => {
    if (framed) window.parent.postMessage(message, '*');
  };
  let ready = false;
  const sayReady = (): void => {
    ready = true;
    post({ type: `${MESSAGE_PREFIX}ready` });
  };
  if (root.querySelector('tl-timeline')?.getAttribute('data-ready') === 'true') sayReady();
  else root.addEventListener('tl-ready', sayReady, { once: true });
  window.addEventListener('message', (e) => {
    if (!framed || e.source !== window.parent) return;
    const message = readHostMessage(e.data);
    if (!message) return;
    if (message.type === `${MESSAGE_PREFIX}hello`) {
      if (ready) sayReady();
      return;
    }
    if (ready) open(message.id);
  });
  return { opened: (id) => post({ type: `${MESSAGE_PREFIX}event`, id }) };
}
