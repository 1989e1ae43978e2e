import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { mediaFeaturesPlugin, resultsReporter } from './scripts/acr/wtr-plugins.mjs';

/** A free port, so that several runs (or another server on 8000) can share the machine. */
const freePort = await new Promise((resolve, reject) => {
  const server = createServer().once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Chromium flags that keep headless Chromium quiet on a closed network and runnable as root. */
const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
  // Two test files run at once; the one in the background tab must not be throttled.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];

export default {
  files: process.env.PORTICO_TEST_FILES ? [process.env.PORTICO_TEST_FILES, '!**/test/node/**'] : ['packages/*/test/**/*.test.ts', '!packages/*/test/node/**'],
  port: Number(process.env.PORTICO_TEST_PORT) || freePort,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // Two files at once on two cores; one at a time when the run is pinned to one core
  // (`taskset -c 0`, as npm run test:load does): two pages sharing one core each take twice as
  // long, and nothing is gained. availableParallelism() honours the CPU affinity.
  concurrency: Math.max(1, Math.min(2, availableParallelism())),
  reporters: [defaultReporter(), countReporter(), resultsReporter()],
  // A ceiling per test: a test waits on what a person sees (30 s per wait, see
  // test/helpers/harness.ts), so a generous ceiling costs nothing when tests pass and keeps a
  // busy machine from failing them. 180 s: a journey through several views with real clicks
  // (each waits for its target to stand still) took over 60 s on one core beside a CPU hog.
  // Tests set their own only to go higher (never lower: a lower one failed only under load).
  testFramework: { config: { timeout: 180_000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), mediaFeaturesPlugin()],
  middleware: [
    // The mock's service worker lives in the mock package but must control test pages at '/'.
    // It is served at the root, the URL startMockBackend() registers by default (as in a host site).
    function serviceWorkerScope(context, next) {
      if (context.path === '/mockServiceWorker.js') context.url = '/packages/mock/public/mockServiceWorker.js';
      if (context.path.endsWith('/mockServiceWorker.js')) context.set('Service-Worker-Allowed', '/');
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      // Each test file in its own browser context (its own window): with two files at once, a
      // second tab would be hidden and get no animation frames, stalling anything that waits
      // for layout (the virtualizer, drag and drop). Contexts also keep service workers apart.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        // Unsent work makes leaving a test page ask first (beforeunload); the runner leaves anyway.
        page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => {}));
        return page;
      },
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
