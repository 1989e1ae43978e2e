/**
 * @portico/mock — an in-memory demo practice behind Portico's REST contract, for the example
 * site, Storybook and tests. Runs in the browser through an MSW service worker (copy it into
 * your public folder with `npx portico-mock init public`), or as an HTTP server with
 * `npx portico-mock serve`.
 *
 * ```ts
 * const backend = await startMockBackend({ user: 'guardian' });
 * const adapter = createRestAdapter({ baseUrl: backend.baseUrl, getAccessToken: () => backend.accessToken });
 * backend.faults.latency(400).malformed('team.list');
 * ```
 * @packageDocumentation
 */
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackendOptions, type MockControls } from './backend.js';

export interface StartMockBackendOptions extends MockBackendOptions {
  /**
   * Where `mockServiceWorker.js` is served. Default `/mockServiceWorker.js`, the site root,
   * where `npx portico-mock init <public-dir>` puts it (the worker's scope must cover the page).
   */
  serviceWorkerUrl?: string;
  /** The worker's scope. Default `/`. */
  scope?: string;
  /** Start MSW without its console banner. Default true. */
  quiet?: boolean;
}

export interface MockBackend extends MockControls {
  /** Stops intercepting requests. */
  stop(): void;
}

export const DEFAULT_SERVICE_WORKER_URL = '/mockServiceWorker.js';

/** Starts the mock in this page: a service worker answers every request under `baseUrl`. */
export async function startMockBackend(options: StartMockBackendOptions = {}): Promise<MockBackend> {
  const controls = createMockBackend(options);
  await awaitControl();
  const worker = setupWorker(...controls.handlers);
  await worker.start({
    quiet: options.quiet ?? true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: options.serviceWorkerUrl ?? DEFAULT_SERVICE_WORKER_URL, options: { scope: options.scope ?? '/' } },
  });
  return Object.assign(controls, { stop: () => worker.stop() });
}

/**
 * Another page of this origin (a second test file, tab or story) may have just registered the
 * worker: this page loaded before it was active, so it is not controlled yet. MSW would then
 * reload the page; instead wait the moment it takes the worker to activate and claim it.
 */
async function awaitControl(): Promise<void> {
  const container = navigator.serviceWorker;
  if (!container || container.controller) return;
  const registrations = await container.getRegistrations();
  if (!registrations.some((r) => r.installing || r.waiting || r.active?.state === 'activating')) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    container.addEventListener('controllerchange', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

export { createMockBackend } from './backend.js';
export type { MockBackendOptions, MockControls } from './backend.js';
export * from './exports.js';
