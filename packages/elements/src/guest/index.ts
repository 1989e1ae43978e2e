/**
 * `@portico/elements/guest` (and `cdn/portico-guest.js`): the guest-link elements, a separate
 * entry so portal pages never download them. Importing it registers the four tags.
 */
import { define } from '../define.js';
import { PorticoGuest, PorticoGuestConfirm, PorticoGuestPay, PorticoGuestSign } from './elements.js';

define('portico-guest-pay', PorticoGuestPay);
define('portico-guest-sign', PorticoGuestSign);
define('portico-guest-confirm', PorticoGuestConfirm);
define('portico-guest', PorticoGuest);

export { PorticoGuest, PorticoGuestConfirm, PorticoGuestPay, PorticoGuestSign };
export { PorticoGuestElement } from './guest-element.js';
export { takeLinkToken } from './link-token.js';
export type { GuestLinkUsed } from './audit.js';

declare global {
  interface HTMLElementTagNameMap {
    'portico-guest-pay': PorticoGuestPay;
    'portico-guest-sign': PorticoGuestSign;
    'portico-guest-confirm': PorticoGuestConfirm;
    'portico-guest': PorticoGuest;
  }
}
