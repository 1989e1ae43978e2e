import { localized } from '@lit/localize';
import type { GuestAction } from '@portico/core';
import { define } from '../define.js';
import { GuestConfirmStep } from './confirm-step.js';
import { PorticoGuestElement } from './guest-element.js';
import { GuestPayStep } from './pay-step.js';
import { GuestSignStep } from './sign-step.js';
import type { GuestStep } from './step.js';

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
  protected readonly actions: readonly GuestAction[] = ['pay', 'sign', 'confirm'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = {
    pay: new GuestPayStep(this) as GuestStep,
    sign: new GuestSignStep(this) as GuestStep,
    confirm: new GuestConfirmStep(this) as GuestStep,
  };
}

define('portico-guest', PorticoGuest);

declare global {
  interface HTMLElementTagNameMap {
    'portico-guest': PorticoGuest;
  }
}
