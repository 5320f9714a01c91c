// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The stages of src/lib, lowest first (src/lib/README.md says what each
 * holds). A stage imports only those before it: a lower one never imports a
 * higher one, so the direction of every import shows in the tree.
 */
const LAYERS = ['dates', 'format', 'model', 'i18n', 'load', 'render', 'vis', 'search', 'embed', 'exchange'];

const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./src/lib/${layer}`,
  from: LAYERS.slice(i + 1).map((higher) => `./src/lib/${higher}`),
  message: `src/lib/${layer} is below these stages: ${LAYERS.join(' < ')} (see src/lib/README.md).`,
}));

export default defineConfig(
  { ignores: ['dist/', 'dist-e2e/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/tmp/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Template literals with numbers are how we build labels and messages.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => doSomething()` as a callback is clear enough.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Imports point one way: no cycles, and src/lib's stages import only lower ones.
    // .astro files are not read here: no .ts file imports one, and pages and components are the top of the tree.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Every import names its file (`./dates.ts`) and there are no path aliases: Node's resolution finds them all.
      'import-x/resolver-next': [createNodeResolver()],
      // Follow imports into TypeScript files too (by default only JavaScript is read).
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // About 1 s of the lint's 20 on the 2-core machine. It does not follow type-only imports
      // (they vanish at run time); src/lib's zones below and tests/unit/import-graph.test.ts count them too.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            // The pure core: no Astro, no DOM, no server glue.
            { target: './src/lib', from: './src', except: ['./lib'], message: 'src/lib is the pure core: it imports nothing else from src/.' },
          ],
        },
      ],
    },
  },
  {
    // zod's browser build is set up once, before any schema is made (no `new Function` probe under the site's CSP).
    files: ['src/**/*.ts'],
    ignores: ['src/lib/format/zod-mini.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod/v4-mini', message: 'Import { z } from src/lib/format/zod-mini.ts, which sets zod never to probe for eval.' }] },
      ],
    },
  },
  {
    // Every browser test runs under the site's policy, watched by tests/e2e/test.ts.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: 'Import { test, expect } from tests/e2e/test.ts, which fails a test whose pages the Content-Security-Policy blocked something on.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript config and scripts are not part of the TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // astro-eslint-parser cannot give typed rules the types of template
    // expressions (every JSX map reads as an "error" type); `astro check`
    // type-checks these files instead.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
);
