import { localized } from '@lit/localize';
import type { GuestAction } from '@portico/core';
import { define } from '../define.js';
import { PorticoGuestElement } from './guest-element.js';
import { GuestSignStep } from './sign-step.js';
import type { GuestStep } from './step.js';

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
  protected readonly actions: readonly GuestAction[] = ['sign'];
  protected readonly steps: Partial<Record<GuestAction, GuestStep>> = { sign: new GuestSignStep(this) as GuestStep };
}

define('portico-guest-sign', PorticoGuestSign);

declare global {
  interface HTMLElementTagNameMap {
    'portico-guest-sign': PorticoGuestSign;
  }
}
