// Which Chromium the end-to-end tests and the screenshot script drive:
// CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @returns {string | undefined} a path, or undefined for Playwright's own browser */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined;
  console.error('No Chromium found: install one (Debian: apt-get install -y chromium), set CHROMIUM_PATH, or run npx playwright install chromium.');
  process.exit(1);
}

/** Flags for running as root in a container whose only network is the package registry. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
