import type { AdapterFor, OperationName } from './route.js';
import type { Routes } from './routes.js';

/**
 * Everything Portico's elements ask of a backend, grouped by domain:
 * `adapter.messages.send({ clientId, threadId, body }, { idempotencyKey })`.
 *
 * `createRestAdapter()` implements it over the documented REST contract; a host may implement
 * it by hand for another backend. Every method either resolves with data that matches the
 * route's response schema or rejects with a `PorticoError`.
 */
export type PortalAdapter = AdapterFor<Routes>;

/** `domain.operation` for every operation, e.g. `'messages.send'`. */
export type PortalOperation = OperationName<Routes>;
