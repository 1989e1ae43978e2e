export { createRestAdapter, type RestAdapterOptions } from './rest-adapter.js';
export type { AccessTokenProvider } from './token.js';
