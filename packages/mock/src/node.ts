/**
 * The mock backend in Node (tests, server-rendered hosts): the same handlers over MSW's
 * `setupServer`, which intercepts Node's `fetch`.
 *
 * ```ts
 * const backend = startMockBackend({ baseUrl: 'http://api.portico.test/v1' });
 * await fetch(`${backend.baseUrl}/session`, { headers: { Authorization: `Bearer ${backend.accessToken}` } });
 * backend.stop();
 * ```
 */
import { setupServer } from 'msw/node';
import { createMockBackend, type MockBackendOptions, type MockControls } from './backend.js';

export interface MockNodeBackend extends MockControls {
  /** Stops intercepting requests. */
  stop(): void;
}

/** In Node a relative base URL has no origin to resolve against, so the default is absolute. */
export const DEFAULT_NODE_BASE_URL = 'http://api.portico.test/api';

export function startMockBackend(options: MockBackendOptions = {}): MockNodeBackend {
  const controls = createMockBackend({ ...options, baseUrl: options.baseUrl ?? DEFAULT_NODE_BASE_URL });
  const server = setupServer(...controls.handlers);
  server.listen({ onUnhandledRequest: 'bypass' });
  return Object.assign(controls, { stop: () => server.close() });
}

export { createMockBackend } from './backend.js';
export type { MockBackendOptions, MockControls } from './backend.js';
export * from './exports.js';
