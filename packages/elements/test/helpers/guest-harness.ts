/**
 * Drives the guest-link elements the way a guest does: opens the page at `#token=…` with no
 * session, answers the second factor by typing, presses buttons by their names, and reads the
 * page's heading and text.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaymentProvider } from '@portico/core';
import { createTestPaymentProvider } from '@portico/mock';
import '../../src/guest/index.js';
import type { PorticoGuestElement } from '../../src/guest/guest-element.js';
import { deepActiveElement, errorOf, getByLabel } from '../../src/testing/queries.js';
import { mockBackend, visibleText, waitFor } from './portal-harness.js';

export type GuestTag = 'portico-guest' | 'portico-guest-pay' | 'portico-guest-sign' | 'portico-guest-confirm';

export interface GuestOptions {
  tag?: GuestTag;
  provider?: PaymentProvider;
  locale?: string;
}

/** Puts `#token=<token>` in the address bar (as opening the link does) and mounts the element with only `api-base-url`. */
export async function openGuestLink(token: string, options: GuestOptions = {}): Promise<GuestHarness> {
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

export class GuestHarness {
  constructor(readonly element: PorticoGuestElement) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get text(): string {
    return visibleText(this.root);
  }

  /** The page's heading once it reads `heading` (the page a guest is on). */
  async page(heading: string): Promise<HTMLElement> {
    return waitFor(() => {
      const h = this.root.querySelector<HTMLElement>('h2');
      return h?.textContent?.trim() === heading ? h : null;
    }, { message: `the page "${heading}" (showing "${this.root.querySelector('h2')?.textContent?.trim() ?? this.text.slice(0, 80)}")` });
  }

  /** The control labelled `label` (by its accessible name; inside a `<portico-field>` too). */
  field<E extends HTMLElement = HTMLInputElement>(label: string): E {
    return getByLabel<E>(this.root, label);
  }

  /** The element that has focus, followed into shadow roots. */
  focused(): Element | null {
    return deepActiveElement();
  }

  /** Focuses the field and types `text` with real key presses. */
  async type(label: string, text: string): Promise<void> {
    const input = this.field(label);
    input.focus();
    await sendKeys({ type: text });
  }

  /** Sets a date field as a browser's date picker does (typing into a date input depends on the locale's order). */
  setDate(label: string, value: string): void {
    const input = this.field(label);
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** The button named `name`. */
  button(name: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
    if (!found) throw new Error(`No button "${name}" (buttons: ${[...this.root.querySelectorAll('button')].map((b) => b.textContent!.trim()).join(', ')})`);
    return found;
  }

  /** Focuses the button named `name` and presses Enter on it. */
  async press(name: string): Promise<void> {
    this.button(name).focus();
    await sendKeys({ press: 'Enter' });
  }

  /** The error shown next to the field labelled `label`, via its `aria-describedby`. */
  errorFor(label: string): string {
    return errorOf(this.field(label));
  }

  /** Types a card into the test provider's own field. */
  async typeCard(number: string): Promise<void> {
    const host = await waitFor(() => this.root.querySelector<HTMLElement>('.card-field [data-provider="test"]'), { message: 'the card field' });
    const field = host.shadowRoot!;
    for (const [name, value] of [['number', number], ['expiry', '12 / 34'], ['cvc', '123']] as const) {
      field.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.focus();
      await sendKeys({ type: value });
    }
  }
}
