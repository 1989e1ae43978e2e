import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { createTestPaymentProvider } from '@portico/mock';
import '../../src/provider/provider.js';
import { PorticoBilling } from '../../src/views/billing/billing.component.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

// What docs/theming.md shows: a brand subclasses the view and registers its own tag.
class MyBilling extends PorticoBilling {
  override render() {
    return litHtml`<p class="brand-note">Billing · Harbor Lane</p>${super.render()}`;
  }
}

describe('extending <portico-billing> (class and registration in separate modules)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('imports the class without registering <portico-billing>, and a subclass works under its own tag', async () => {
    expect(customElements.get('portico-billing')).to.equal(undefined);
    customElements.define('my-billing', MyBilling);
    const provider = await fixture(html`<portico-provider .adapter=${await adapterFor('client')} .paymentProvider=${createTestPaymentProvider()}><my-billing></my-billing></portico-provider>`);
    const billing = provider.querySelector('my-billing')!;
    const list = await waitFor(() => billing.shadowRoot!.querySelector('portico-billing-invoices')?.shadowRoot?.querySelector('.card') && billing.shadowRoot!.querySelector('portico-billing-invoices')!.shadowRoot!, { message: 'the invoices' });
    expect(billing).to.be.instanceOf(PorticoBilling);
    expect(visibleText(billing.shadowRoot!)).to.contain('Billing · Harbor Lane');
    expect(visibleText(list)).to.contain('Invoice');
    await expectNoAxeViolations(billing);
  });
});
