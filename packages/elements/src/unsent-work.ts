/**
 * Unsent work outlives views (it lives in the store's drafts and outbox); this makes it
 * outlive a dropped connection and a closing tab too: queued writes are sent again when the
 * browser is back online, wherever the person is in the portal, and leaving the page while
 * something is unsent asks first. Nothing is written to browser storage.
 */
import type { PorticoStore } from '@portico/core';

/** Stores being watched, held weakly so a store nobody uses any more can still be collected. */
const watched = new Set<WeakRef<PorticoStore>>();
const seen = new WeakSet<PorticoStore>();

function live(): PorticoStore[] {
  const stores: PorticoStore[] = [];
  for (const ref of watched) {
    const store = ref.deref();
    if (store) stores.push(store);
    else watched.delete(ref);
  }
  return stores;
}

/** Whether leaving the page now would lose something the person wrote or sent (what `beforeunload` asks about). */
export function hasUnsentWork(): boolean {
  return live().some((store) => store.drafts.hasUnsent());
}

const onOnline = (): void => {
  for (const store of live()) void store.outbox.retryWaiting();
};

const onBeforeUnload = (event: BeforeUnloadEvent): void => {
  if (!hasUnsentWork()) return;
  // The browser shows its own "Leave site?" question; the text cannot be chosen.
  event.preventDefault();
  event.returnValue = '';
};

/** Wires `online` and `beforeunload` for a store, once per store; a no-op outside a browser. */
export function watchUnsentWork(store: PorticoStore): void {
  if (seen.has(store) || typeof window === 'undefined') return;
  seen.add(store);
  if (watched.size === 0) {
    window.addEventListener('online', onOnline);
    window.addEventListener('beforeunload', onBeforeUnload);
  }
  watched.add(new WeakRef(store));
}
