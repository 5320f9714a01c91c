/*
 * /embed.js: for pages that embed a timeline. No dependencies; a test keeps
 * it under 3 KB gzip. For every <iframe data-timeline-embed> on the page it
 *  - gives the frame a height if the page gave it none (640 px; a frame
 *    narrower than 480 px, a phone's column, 560 px): never the content's,
 *    so opening an event inside it moves nothing around it;
 *  - keeps the host page's address in step with the event open in the frame
 *    (?<key>=<event-id>, replaced, never a new history entry) and opens the
 *    event the address names when the page is opened;
 *  - keeps several embeds apart: each has its own key, the attribute's value
 *    (`data-timeline-embed="nk"`; `timeline`, `timeline-2`… when empty).
 * `data-timeline-link="hash"` keeps the key in the hash (#nk=…) instead of
 * the query; `data-timeline-link="off"` leaves the address alone.
 * A message is taken only from the frame's own window and origin, and only in
 * the expected shape. Without this script the frame works as it is.
 */
(() => {
  const P = 'tl-embed:';
  // The format's id pattern (src/lib/format/patterns.ts): a unit test holds the two equal.
  const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const KEY = /^[A-Za-z0-9_-]{1,40}$/;
  const embeds = [];

  function params(mode) {
    return new URLSearchParams(mode === 'hash' ? location.hash.slice(1) : location.search);
  }

  function named(embed) {
    if (embed.mode === 'off') return null;
    const id = params(embed.mode).get(embed.key);
    return id && ID.test(id) ? id : null;
  }

  function remember(embed, id) {
    if (embed.mode === 'off') return;
    const p = params(embed.mode);
    if ((p.get(embed.key) || null) === id) return;
    if (id) p.set(embed.key, id);
    else p.delete(embed.key);
    const s = p.toString();
    const url = embed.mode === 'hash' ? location.pathname + location.search + (s ? '#' + s : '') : location.pathname + (s ? '?' + s : '') + location.hash;
    history.replaceState(history.state, '', url);
  }

  function send(embed, message) {
    const win = embed.frame.contentWindow;
    if (win) win.postMessage(message, embed.origin);
  }

  function add(frame) {
    for (let i = 0; i < embeds.length; i++) if (embeds[i].frame === frame) return;
    let origin;
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    let key = frame.getAttribute('data-timeline-embed') || '';
    if (!KEY.test(key)) key = 'timeline';
    const base = key;
    const taken = (k) => embeds.some((e) => e.key === k);
    for (let n = 2; taken(key); n++) key = base + '-' + n;
    const mode = frame.getAttribute('data-timeline-link');
    const embed = { frame, origin, key, mode: mode === 'hash' || mode === 'off' ? mode : 'query' };
    embeds.push(embed);
    if (!frame.getAttribute('height') && !frame.style.height) frame.style.height = (frame.clientWidth && frame.clientWidth < 480 ? 560 : 640) + 'px';
    // Asks the embed to say when it is ready, in case it was before this script ran. To any
    // origin: it carries nothing, and a frame not loaded yet is still on a blank page of ours.
    const hello = () => frame.contentWindow && frame.contentWindow.postMessage({ type: P + 'hello' }, '*');
    frame.addEventListener('load', hello);
    hello();
  }

  function receive(embed, data) {
    if (!data || typeof data !== 'object') return;
    if (data.type === P + 'event') {
      if (data.id === null || (typeof data.id === 'string' && ID.test(data.id))) remember(embed, data.id);
    } else if (data.type === P + 'ready') {
      const id = named(embed);
      if (id) send(embed, { type: P + 'open', id });
    }
  }

  window.addEventListener('message', (event) => {
    for (let i = 0; i < embeds.length; i++) {
      const embed = embeds[i];
      if (event.source === embed.frame.contentWindow && event.origin === embed.origin) return receive(embed, event.data);
    }
  });

  // Back, forward or an edited address: each embed follows its own key.
  function follow() {
    embeds.forEach((embed) => {
      if (embed.mode !== 'off') send(embed, { type: P + 'open', id: named(embed) });
    });
  }
  window.addEventListener('popstate', follow);
  window.addEventListener('hashchange', follow);

  function scan() {
    document.querySelectorAll('iframe[data-timeline-embed]').forEach(add);
  }
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
