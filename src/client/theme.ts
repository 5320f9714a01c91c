/**
 * <tl-theme>: the reader's choice of colours (the device's, light or dark),
 * kept in this browser's storage (nothing is sent anywhere) and applied as
 * data-theme on <html>, which the stylesheet's light-dark() colours follow.
 */
const KEY = 'tl-theme';

class ThemeChoice extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset['theme'] ?? 'auto';
    select.addEventListener('change', () => {
      const theme = select.value;
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;
      else delete document.documentElement.dataset['theme'];
      try {
        if (theme === 'auto') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, theme);
      } catch {
        // Storage refused (private mode): the choice lasts for this page.
      }
    });
    this.hidden = false;
  }
}

customElements.define('tl-theme', ThemeChoice);
