import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**', '**/dist/**', 'docs/api/**', 'storybook-static/**',
      '**/mockServiceWorker.js', 'examples/**/vendor/**', 'coverage/**',
      // Build output of the script-tag bundle, the docs site, the tarball checks' scratch folder,
      // and what test runs write (the snippet runner's generated files).
      'packages/elements/cdn/**', 'site/**', '.pack/**', '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', '**/*.config.*', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // A harness call is a promise (it waits on the page): one not awaited races the next step.
    // (Node's own tests are left out: node:test's test() returns a promise nobody awaits.)
    files: ['packages/*/test/**/*.ts', 'packages/elements/src/testing/**/*.ts', 'stories/**/*.ts', 'examples/tests/**/*.ts'],
    ignores: ['packages/*/test/node/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
