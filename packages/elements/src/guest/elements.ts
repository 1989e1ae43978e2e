/**
 * The guest elements, registered here beside their classes (as every Portico element is, so the
 * custom-elements manifest finds each declaration); a brand can still subclass one and register
 * its own tag. Each takes a one-time link's token from the page's fragment
 * (`#token=…`), asks the second factor the practice chose, then shows the one item the link is for.
 */
import { localized } from '@lit/localize';
import type { GuestAction } from '@portico/core';
import { formStyles } from '../auth/form.styles.js';
import { define } from '../define.js';
import { baseStyles } from '../theme/base-styles.js';
import { buttonStyles } from '../ui/button.styles.js';
import { GuestConfirmStep } from './confirm-step.js';
import { PorticoGuestElement } from './guest-element.js';
import { guestStyles } from './guest.styles.js';
import { GuestPayStep } from './pay-step.js';
import { GuestSignStep } from './sign-step.js';
import type { GuestStep } from './step.js';

const styles = [baseStyles, buttonStyles, formStyles, guestStyles];

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
  static override styles = styles;
  protected readonly actions: readonly GuestAction[] = ['pay'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = { pay: new GuestPayStep(this) as GuestStep };
}

/**
 * @tagname portico-guest-sign
 * @summary Signs one assigned form from a one-time link, without an account (issue #12): the
 * second factor, then what the signature agrees to and a typed signature that must be the
 * signer's name as the practice has it.
 *
 * @fires portico-guest-link-used - The form is signed and the link is used up. `detail: { action: 'sign', itemId }` (the form assignment's id).
 *
 * @csspart page - Each page.
 * @csspart heading - The page's heading; focus moves to it when the page changes.
 * @csspart verify-form - The second-factor form.
 * @csspart submit-button - The page's main button.
 * @csspart resend-button - "Send the code again" (code factor).
 * @csspart contact - The practice's contact on a dead link.
 * @csspart item - The wrapper of the item's pages.
 * @csspart sign-form - The signature form.
 * @csspart signature - The statement and the typed name.
 * @csspart signature-preview - The typed signature with the date.
 *
 * @cssprop --portico-color-primary - Main buttons.
 * @cssprop --portico-color-danger - Field errors and failure notices.
 */
@localized()
export class PorticoGuestSign extends PorticoGuestElement {
  static override styles = styles;
  protected readonly actions: readonly GuestAction[] = ['sign'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = { sign: new GuestSignStep(this) as GuestStep };
}

/**
 * @tagname portico-guest-confirm
 * @summary Answers one appointment from a one-time link, without an account (issue #12): the
 * second factor, then the appointment with "I will be there", "Cancel this appointment" or
 * "Ask the practice for another time", and an optional note.
 *
 * @fires portico-guest-link-used - The answer was sent and the link is used up. `detail: { action: 'confirm', itemId }` (the appointment's id).
 *
 * @csspart page - Each page.
 * @csspart heading - The page's heading; focus moves to it when the page changes.
 * @csspart verify-form - The second-factor form.
 * @csspart submit-button - The page's main button.
 * @csspart resend-button - "Send the code again" (code factor).
 * @csspart contact - The practice's contact on a dead link.
 * @csspart item - The wrapper of the item's pages.
 * @csspart appointment - When, what, with whom and where.
 * @csspart respond-form - The answer form.
 *
 * @cssprop --portico-color-primary - Main buttons.
 * @cssprop --portico-color-danger - Field errors and failure notices.
 */
@localized()
export class PorticoGuestConfirm extends PorticoGuestElement {
  static override styles = styles;
  protected readonly actions: readonly GuestAction[] = ['confirm'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = { confirm: new GuestConfirmStep(this) as GuestStep };
}

/**
 * @tagname portico-guest
 * @summary Any one-time link (issue #12): pays, signs or answers the appointment, whichever the
 * link is for. One element for a practice's "Pay your bill" or "Your link" page.
 *
 * @fires portico-guest-link-used - The link's action went through. `detail: { action, itemId }`.
 * @fires portico-audit - `{ type: 'guest-link-used', action, itemId }` when the link's action went through (ids only, never the token).
 *
 * @csspart page - Each page.
 * @csspart heading - The page's heading; focus moves to it when the page changes.
 * @csspart verify-form - The second-factor form.
 * @csspart submit-button - The page's main button.
 * @csspart resend-button - "Send the code again" (code factor).
 * @csspart contact - The practice's contact on a dead link.
 * @csspart item - The wrapper of the item's pages.
 * @csspart invoice - The invoice (pay links).
 * @csspart pay-form - The payment form.
 * @csspart card-field - Where the payment provider mounts its card field.
 * @csspart receipt - The receipt after paying.
 * @csspart sign-form - The signature form (sign links).
 * @csspart signature - The statement and the typed name.
 * @csspart signature-preview - The typed signature with the date.
 * @csspart appointment - The appointment (confirm links).
 * @csspart respond-form - The answer form.
 *
 * @cssprop --portico-color-primary - Main buttons.
 * @cssprop --portico-color-danger - Field errors and failure notices.
 */
@localized()
export class PorticoGuest extends PorticoGuestElement {
  static override styles = styles;
  protected readonly actions: readonly GuestAction[] = ['pay', 'sign', 'confirm'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = {
    pay: new GuestPayStep(this) as GuestStep,
    sign: new GuestSignStep(this) as GuestStep,
    confirm: new GuestConfirmStep(this) as GuestStep,
  };
}

define('portico-guest-pay', PorticoGuestPay);
define('portico-guest-sign', PorticoGuestSign);
define('portico-guest-confirm', PorticoGuestConfirm);
define('portico-guest', PorticoGuest);

declare global {
  interface HTMLElementTagNameMap {
    'portico-guest-pay': PorticoGuestPay;
    'portico-guest-sign': PorticoGuestSign;
    'portico-guest-confirm': PorticoGuestConfirm;
    'portico-guest': PorticoGuest;
  }
}
