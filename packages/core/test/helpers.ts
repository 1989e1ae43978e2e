/** The mock backend for core's browser tests: one per test page, reset between tests. */
import { createRestAdapter, type PortalAdapter, type RestAdapterOptions } from '@portico/core';
import type { ContractUser } from '@portico/core/testing';
import { CLIENT, startMockBackend, type MockBackend } from '@portico/mock';

let backend: MockBackend | undefined;

export async function mock(): Promise<MockBackend> {
  backend ??= await startMockBackend({ seed: 1, baseUrl: '/api' });
  return backend;
}

/** The client each demo user acts for in these tests. */
export const CLIENT_OF: Record<ContractUser, string> = { client: CLIENT.avery, guardian: CLIENT.milo, payer: CLIENT.milo };

/** A REST adapter on the mock; no automatic read retries, so faults show at once. */
export function restAdapter(getAccessToken: RestAdapterOptions['getAccessToken'], extra: Partial<RestAdapterOptions> = {}): PortalAdapter {
  return createRestAdapter({ baseUrl: '/api', getAccessToken, retry: { limit: 0 }, ...extra });
}
