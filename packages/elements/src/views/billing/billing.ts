/**
 * Registers `<portico-billing>` and its parts (the view's public import path). The class lives in
 * `billing.component.ts`, which registers nothing but the parts, so a brand can subclass it:
 * `class MyBilling extends PorticoBilling {}` then `customElements.define('my-billing', MyBilling)`.
 */
import { define } from '../../define.js';
import { PorticoBilling } from './billing.component.js';

export { PorticoBilling };
export type { BillingTab } from './billing.component.js';

define('portico-billing', PorticoBilling);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing': PorticoBilling;
  }
}
