/**
 * Drives the guest-link elements the way a guest does: opens the page at `#token=…` with no
 * session, answers the second factor by typing, presses buttons by their names, and reads the
 * page's heading and text.
 */
import { fixture, html } from '@open-wc/testing';
import type { PaymentProvider } from '@portico/core';
import { createTestPaymentProvider } from '@portico/mock';
import '../../src/guest/index.js';
import type { PorticoGuestElement } from '../../src/guest/guest-element.js';
import { GuestHarness } from '../../src/testing/guest.js';
import './harness.js';
import { mockBackend } from './portal-harness.js';

export { GuestHarness };

export type GuestTag = 'portico-guest' | 'portico-guest-pay' | 'portico-guest-sign' | 'portico-guest-confirm';

export interface GuestOptions {
  tag?: GuestTag;
  provider?: PaymentProvider;
  locale?: string;
}

/** Puts `#token=<token>` in the address bar (as opening the link does) and mounts the element with only `api-base-url`. */
export async function openGuestLink(token: string, options: GuestOptions = {}): Promise<GuestHarness<PorticoGuestElement>> {
  const backend = await mockBackend();
  history.replaceState(null, '', `${location.pathname}${location.search}#token=${encodeURIComponent(token)}`);
  const provider = options.provider ?? createTestPaymentProvider();
  const locale = options.locale ?? 'en';
  const el = await fixture<PorticoGuestElement>(
    options.tag === 'portico-guest-pay'
      ? html`<portico-guest-pay api-base-url=${backend.baseUrl} locale=${locale} .paymentProvider=${provider}></portico-guest-pay>`
      : options.tag === 'portico-guest-sign'
        ? html`<portico-guest-sign api-base-url=${backend.baseUrl} locale=${locale}></portico-guest-sign>`
        : options.tag === 'portico-guest-confirm'
          ? html`<portico-guest-confirm api-base-url=${backend.baseUrl} locale=${locale}></portico-guest-confirm>`
          : html`<portico-guest api-base-url=${backend.baseUrl} locale=${locale} .paymentProvider=${provider}></portico-guest>`,
  );
  return new GuestHarness(el);
}
