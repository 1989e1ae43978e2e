/**
 * The script-tag entry (`cdn/portico.js` in the package): registers `<portico-portal>` and
 * `<portico-provider>`. Each view is a separate chunk fetched the first time it is shown;
 * `<portico-team>` and the other standalone views register when their chunk loads, or
 * immediately when a page imports `views/<name>.js` from the bundle.
 *
 * It also exports `createRestAdapter` (already inside the bundle for `api-base-url`), for a
 * page that builds its own adapter without npm (docs/embedding.md).
 */
export * from './index.js';
export * from './portal/index.js';
export { createRestAdapter } from '@portico/core';
