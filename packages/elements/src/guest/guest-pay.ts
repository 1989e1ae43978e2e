import { localized } from '@lit/localize';
import type { GuestAction } from '@portico/core';
import { define } from '../define.js';
import { PorticoGuestElement } from './guest-element.js';
import { GuestPayStep } from './pay-step.js';
import type { GuestStep } from './step.js';

/**
 * @tagname portico-guest-pay
 * @summary Pays one invoice from a one-time link, without an account (issue #12): the second
 * factor, then the balance and the payment provider's card field. The token comes from the
 * page's fragment (`#token=…`) and is removed from the address bar; it travels only in request
 * bodies. Expired, used, revoked and locked links show the practice's contact.
 *
 * @fires portico-guest-link-used - The payment went through and the link is used up. `detail: { action: 'pay', itemId }` (the invoice's id).
 *
 * @csspart page - Each page (verify, the item, done, a dead link).
 * @csspart heading - The page's heading; focus moves to it when the page changes.
 * @csspart verify-form - The second-factor form.
 * @csspart submit-button - The page's main button.
 * @csspart resend-button - "Send the code again" (code factor).
 * @csspart contact - The practice's name, phone and email on a dead link.
 * @csspart item - The wrapper of the item's pages.
 * @csspart invoice - The invoice's balance, due date and total.
 * @csspart pay-form - The payment form.
 * @csspart card-field - Where the payment provider mounts its card field.
 * @csspart receipt - The receipt after paying.
 *
 * @cssprop --portico-color-primary - Main buttons.
 * @cssprop --portico-color-danger - Field errors and failure notices.
 * @cssprop --portico-radius-md - Field, notice and button corners.
 */
@localized()
export class PorticoGuestPay extends PorticoGuestElement {
  protected readonly actions: readonly GuestAction[] = ['pay'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = { pay: new GuestPayStep(this) as GuestStep };
}

define('portico-guest-pay', PorticoGuestPay);

declare global {
  interface HTMLElementTagNameMap {
    'portico-guest-pay': PorticoGuestPay;
  }
}
