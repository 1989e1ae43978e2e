/**
 * Registers `<portico-clinical>` (the view's public import path). The class lives in
 * `clinical.component.ts`, which registers nothing, so a brand can subclass it:
 * `class MyClinical extends PorticoClinical {}` then `customElements.define('my-clinical', MyClinical)`.
 */
import { define } from '../../define.js';
import { PorticoClinical } from './clinical.component.js';

export * from './clinical.component.js';

define('portico-clinical', PorticoClinical);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical': PorticoClinical;
  }
}
