import { createStore, type PortalAdapter, type PorticoStore } from '@portico/core';
import { watchUnsentWork } from './unsent-work.js';

const stores = new WeakMap<PortalAdapter, PorticoStore>();

/**
 * The one store of an adapter: a provider, a portal and standalone views given the same
 * adapter share one cache, so a write in one updates what the others show.
 */
export function storeFor(adapter: PortalAdapter): PorticoStore {
  let store = stores.get(adapter);
  if (!store) {
    store = createStore(adapter);
    stores.set(adapter, store);
    watchUnsentWork(store);
  }
  return store;
}
