/** Registers `<portico-portal>`; its views load on first visit. */
export { PorticoPortal } from './portal.js';
export { portalViews, type PortalView } from './view-registry.js';
export { parseHash, formatHash, type PortalLocation } from './router.js';
