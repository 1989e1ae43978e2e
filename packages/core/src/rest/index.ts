export { createRestAdapter, createRestClient, type RestAdapterOptions } from './rest-adapter.js';
export type { AccessTokenProvider } from './token.js';
