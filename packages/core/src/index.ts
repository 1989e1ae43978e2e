/**
 * @portico/core — the contract between Portico's elements and a backend: domain schemas, the
 * route table, the `PortalAdapter` interface, the REST adapter, errors and policy.
 * Renders nothing and touches no DOM, so it imports safely in Node.
 * @packageDocumentation
 */
export * from './schemas/index.js';
export * from './contract/route.js';
export * from './contract/routes.js';
export { routeLoaders, type RouteLoaders } from './contract/lazy-routes.js';
export type * from './contract/adapter.js';
export * from './errors.js';
export * from './attempt.js';
export * from './issues.js';
export * from './logger.js';
export * from './policy.js';
export * from './rest/index.js';
export * from './store/index.js';
export * from './format.js';
export * from './zone.js';
export * from './payments.js';
export * from './billing.js';
export * from './signature.js';
export * from './url.js';
export * from './patterns.js';
