// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-e2e/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/tmp/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { project: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Template literals with numbers are how we build labels and messages.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => doSomething()` as a callback is clear enough.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
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
