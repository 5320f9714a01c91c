/**
 * The Embed button, shown with JavaScript. Its dialog's code (the options
 * parser, the snippet and all) loads on the first click only: readers who
 * never embed never fetch it.
 */
for (const host of document.querySelectorAll<HTMLElement>('tl-embed-dialog')) {
  const button = host.querySelector<HTMLButtonElement>('.tl-share__open');
  if (!button) continue;
  host.hidden = false;
  button.addEventListener(
    'click',
    () =>
      void import('./embed-dialog.ts')
        .then(() => customElements.whenDefined('tl-embed-dialog'))
        // Defined now, it answers the next clicks itself; this one, it is told.
        .then(() => (host as HTMLElement & { open?: () => void }).open?.()),
    { once: true },
  );
}
