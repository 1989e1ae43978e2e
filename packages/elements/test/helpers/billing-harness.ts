/** Renders `<portico-billing>` for a test; the harness that drives it is the shipped one (src/testing/billing.ts). */
import { fixture, html } from '@open-wc/testing';
import type { PaymentProvider, PortalAdapter } from '@portico/core';
import { createTestPaymentProvider } from '@portico/mock';
import '../../src/provider/provider.js';
import '../../src/views/billing/billing.js';
import type { PorticoBilling } from '../../src/views/billing/billing.js';
import { PorticoHarness } from '../../src/testing/harness.js';
import type { Scope, TextMatch } from '../../src/testing/queries.js';
import './harness.js';

export {
  amountField,
  BillingHarness,
  buttonByText,
  chooseNewCard,
  openDetail,
  openPayDialog,
  part,
  selectTab,
  settled,
  submitPay,
  typeCard,
} from '../../src/testing/billing.js';
export { errorOf } from '../../src/testing/queries.js';

export interface BillingOptions {
  locale?: string;
  provider?: PaymentProvider | null;
  item?: string;
}

export async function renderBilling(adapter: PortalAdapter, options: BillingOptions = {}): Promise<PorticoBilling> {
  const provider = options.provider === null ? undefined : (options.provider ?? createTestPaymentProvider());
  const root = await fixture(html`<portico-provider .adapter=${adapter} locale=${options.locale ?? 'en'}
    ><portico-billing .paymentProvider=${provider} .item=${options.item}></portico-billing
  ></portico-provider>`);
  return root.querySelector('portico-billing')!;
}

/**
 * Presses the button named `name` (by role and accessible name) in `scope` once it is shown,
 * with a real click through the driver.
 */
export async function pressButton(scope: Scope, name: TextMatch): Promise<void> {
  const person = new PorticoHarness(document.body);
  await person.click(await person.findByRole('button', { name, within: scope }));
}
