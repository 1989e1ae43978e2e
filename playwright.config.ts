/**
 * The example site's checks (examples/tests/*.spec.ts) on @playwright/test: the site served as
 * `npm start` serves it (scripts/start.mjs, under its strict CSP; the build must exist), driven
 * in the system's Chromium (CHROME_PATH, default /usr/bin/chromium; no browser download).
 *
 *   npx playwright test                      # every check, list output
 *   npx playwright test -g "Billing"         # one check by name
 *
 * `npm test` (scripts/run-tests.mjs) reads the JSON report, .test-results/example.json, for its
 * `Example: N passed, N failed` line.
 */
import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';

/** A free port, picked once by the runner and handed to its workers through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
process.env.PORTICO_EXAMPLE_PORT ??= String(await freePort());
const port = Number(process.env.PORTICO_EXAMPLE_PORT);

export default defineConfig({
  testDir: 'examples/tests',
  // One page at a time by default: the machines that run this are small and shared.
  workers: Number(process.env.PORTICO_EXAMPLE_WORKERS ?? 1),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.test-results/example.json' }]],
  outputDir: '.test-results/example',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs --no-build',
    url: `http://localhost:${port}/`,
    env: { PORT: String(port) },
    // Never another run's server: the port is this run's own.
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
