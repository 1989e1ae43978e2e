/**
 * `@portico/elements/guest` (and `cdn/portico-guest.js`): the guest-link elements, a separate
 * entry so portal pages never download them. Importing it registers
 * `<portico-guest-pay>`, `<portico-guest-sign>`, `<portico-guest-confirm>` and `<portico-guest>`
 * (one file per tag: guest-pay.ts, guest-sign.ts, guest-confirm.ts, guest.ts). Each takes a
 * one-time link's token from the page's fragment (`#token=…`), asks the second factor the practice
 * chose, then shows the one item the link is for.
 */
export { PorticoGuestPay } from './guest-pay.js';
export { PorticoGuestSign } from './guest-sign.js';
export { PorticoGuestConfirm } from './guest-confirm.js';
export { PorticoGuest } from './guest.js';
export { PorticoGuestElement } from './guest-element.js';
export { takeLinkToken } from './link-token.js';
export type { GuestLinkUsed } from './audit.js';
