export {
  createStore, toPorticoError,
  type PorticoStore, type ResourceState, type ResourceStatus, type Fetcher, type ResourceListener,
  type QueryOptions, type MutateOptions, type MutationContext, type OptimisticUpdate, type StoreOptions,
} from './store.js';
export { serializeKey, matchesKey, type ResourceKey, type KeyFilter } from './key.js';
export {
  createDraftBook,
  type DraftBook, type DraftOptions, type Outbox, type OutboxItem, type OutboxSendOptions, type OutboxWrite,
} from './drafts.js';
