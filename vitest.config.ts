/**
 * Storybook's stories as tests (`npm run test:stories`): @storybook/addon-vitest turns every story
 * in .storybook/main.ts's globs into a Vitest test that renders it, runs its play function and
 * the a11y addon's axe check (`parameters.a11y.test: 'error'` in .storybook/preview.ts fails a
 * story on any violation). Vitest's browser mode runs them in the system's Chromium through
 * Playwright (CHROME_PATH, default /usr/bin/chromium; no browser download).
 *
 * `npm test` (scripts/run-tests.mjs) reads the JSON report, .test-results/stories.json, for its
 * `Stories: N passed, N failed` line.
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          // After each story: it drew its elements (defined, rendered, something on screen).
          setupFiles: ['.storybook/vitest.setup.ts'],
          // A story that waits on the mock backend on a busy machine: a ceiling, not a delay.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
              contextOptions: { reducedMotion: 'reduce' },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1024, height: 768 } }],
          },
        },
      },
    ],
    reporters: ['default', ['json', { outputFile: '.test-results/stories.json' }]],
  },
});
