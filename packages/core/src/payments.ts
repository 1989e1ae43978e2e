/**
 * The payment-provider interface (BILL-2). Portico never sees a card number: the provider
 * mounts its own card field (e.g. Stripe Elements) in a container Portico gives it, turns what
 * the user typed into a one-time token, and runs any extra confirmation the bank asks for
 * (3-D Secure). Portico only sends the token, or the confirmation token, to the backend.
 *
 * ```ts
 * billing.paymentProvider = {
 *   id: 'stripe', label: 'Stripe',
 *   async mount(container, { locale, amount }) { … return { tokenize, confirm, destroy }; },
 * };
 * ```
 * Types only: nothing here touches the DOM, so core still imports in Node.
 */
import type { Money } from './schemas/common.js';

export interface PaymentFieldOptions {
  /** BCP 47 locale for the provider's labels and messages, e.g. `es`. */
  locale: string;
  /** The amount about to be paid, for a provider that shows it (e.g. in a 3-D Secure step). */
  amount: Money;
}

/** A token for the backend's `payInvoice`, or why none could be made (shown by the provider next to its field). */
export type PaymentTokenResult = { token: string } | { error: string };

/** A token for the backend's `confirmPayment`, or why the extra confirmation failed. */
export type PaymentConfirmationResult = { confirmationToken: string } | { error: string };

/** The provider's card field, mounted in Portico's container. */
export interface MountedPaymentField {
  /** Validates what the user typed and exchanges it for a one-time token. */
  tokenize(): Promise<PaymentTokenResult>;
  /** Runs the extra confirmation (3-D Secure) a `requires-action` answer asked for. */
  confirm(actionToken: string): Promise<PaymentConfirmationResult>;
  /** Removes the field and forgets what was typed. */
  destroy(): void;
}

export interface PaymentProvider {
  /** A stable id, e.g. `stripe`. */
  readonly id: string;
  /** A human name, e.g. `Stripe`. */
  readonly label: string;
  /** Renders the provider's card field inside `container`. */
  mount(container: HTMLElement, options: PaymentFieldOptions): Promise<MountedPaymentField>;
}

