/** What a guest element's action step (pay, sign, confirm) is given by its host element. */
import type { ReactiveControllerHost } from 'lit';
import type { GuestItem, MutationContext, PaymentProvider, PortalAdapter } from '@portico/core';

/** The link's token and the grant the second factor gave: every action carries both. */
export interface GuestCredentials {
  token: string;
  grant: string;
}

export interface GuestStepHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Formatting: the element's locale and the guest's own time zone. */
  readonly formatting: { locale: string; timeZone: string };
  readonly paymentProvider: PaymentProvider | undefined;
  /** Runs a write through the store with the link's token and grant; `idempotencyKey` for a retried intent. */
  act<R>(write: (adapter: PortalAdapter, credentials: GuestCredentials, context: MutationContext) => Promise<R>, idempotencyKey?: string): Promise<R>;
  /** A page whose heading takes focus when the page changes. */
  page(heading: string, body: unknown): unknown;
  /** The action went through: shows the step's done page, moves focus to its heading, reports it. */
  finish(itemId: string): void;
}

/** One action's screens: the item with its form, and what shows once it is done. */
export interface GuestStep<I extends GuestItem = GuestItem> {
  render(item: I): unknown;
  renderDone(item: I): unknown;
  /** Forgets what was typed and done (another link opened in the same page). */
  reset(): void;
}
