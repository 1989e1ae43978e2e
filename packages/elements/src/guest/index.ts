/**
 * `@portico/elements/guest` (and `cdn/portico-guest.js`): the guest-link elements, a separate
 * entry so portal pages never download them. Importing it registers
 * `<portico-guest-pay>`, `<portico-guest-sign>`, `<portico-guest-confirm>` and `<portico-guest>`.
 */
export { PorticoGuest, PorticoGuestConfirm, PorticoGuestPay, PorticoGuestSign } from './elements.js';
export { PorticoGuestElement } from './guest-element.js';
export { takeLinkToken } from './link-token.js';
export type { GuestLinkUsed } from './audit.js';
