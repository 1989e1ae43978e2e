/**
 * @portico/elements — Portico's Lit web components, the contexts and controllers views are
 * built from, the theme and the text layer.
 * @packageDocumentation
 */
export { VERSION } from './version.js';
export { define } from './define.js';
export { emit, type EmitOptions, type PorticoEventName, type PorticoEventDetail } from './events.js';
export {
  adapterContext, storeContext, sessionContext, configContext, sessionStateFor,
  type PorticoSessionState, type PorticoConfig, type RoutingMode,
} from './context.js';
export { storeFor } from './store.js';
export { ResourceController, type ResourceOptions, type ResourceRenderers, type ResourceParams } from './controllers/resource-controller.js';
export { PorticoProvider, SESSION_KEY } from './provider/provider.js';
export * from './ui/index.js';
export * from './theme/index.js';
export * from './i18n/index.js';
export * from './portal/index.js';
// The sign-in elements are a separate entry, `@portico/elements/auth` (`cdn/portico-auth.js` in the package):
// a portal page that does not use them never downloads them.
