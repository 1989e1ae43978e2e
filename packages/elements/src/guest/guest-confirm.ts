import { localized } from '@lit/localize';
import type { GuestAction } from '@portico/core';
import { define } from '../define.js';
import { GuestConfirmStep } from './confirm-step.js';
import { PorticoGuestElement } from './guest-element.js';
import type { GuestStep } from './step.js';

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
  protected readonly actions: readonly GuestAction[] = ['confirm'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = { confirm: new GuestConfirmStep(this) as GuestStep };
}

define('portico-guest-confirm', PorticoGuestConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'portico-guest-confirm': PorticoGuestConfirm;
  }
}
