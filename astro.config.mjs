// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import timelines from './src/integration.ts';

export default defineConfig({
  // Set SITE to the public address (e.g. https://example.org) for absolute links in embeds and feeds.
  ...(process.env.SITE ? { site: process.env.SITE } : {}),
  // TIMELINE_OUT lets the end-to-end tests build beside the real site.
  ...(process.env.TIMELINE_OUT ? { outDir: process.env.TIMELINE_OUT } : {}),
  trailingSlash: 'always',
  integrations: [timelines()],
  build: {
    // Stylesheets as files: cacheable, and no inline styles for a strict Content-Security-Policy.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      // vis-timeline's HTML filter, replaced by escaping: see the file.
      alias: [{ find: /^xss$/, replacement: fileURLToPath(new URL('./src/client/xss-text.ts', import.meta.url)) }],
    },
  },
});
