/**
 * Registers `<portico-account>` and its sections (the view's public import path). The class
 * lives in `account.component.ts`, which registers nothing, so a brand can subclass it:
 * `class MyAccount extends PorticoAccount {}` then `customElements.define('my-account', MyAccount)`.
 */
import { define } from '../../define.js';
import { PorticoAccount, type AccountSection } from './account.component.js';

export { PorticoAccount, type AccountSection };

define('portico-account', PorticoAccount);

declare global {
  interface HTMLElementTagNameMap {
    'portico-account': PorticoAccount;
  }
}
