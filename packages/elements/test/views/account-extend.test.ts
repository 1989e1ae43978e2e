import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/provider/provider.js';
import { PorticoAccount } from '../../src/views/account/account.component.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { getByLabel } from '../helpers/harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

// As docs/theming.md shows for Team: a brand subclasses the view and registers its own tag.
class MyAccount extends PorticoAccount {
  override render() {
    return litHtml`<p class="brand-note">Your Harbor Lane account</p>${super.render()}`;
  }
}

describe('extending the account view (class and registration in separate modules)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('imports the class without registering <portico-account>, and a subclass works under its own tag', async () => {
    expect(customElements.get('portico-account')).to.equal(undefined);
    customElements.define('my-account', MyAccount);
    const provider = await fixture(html`<portico-provider .adapter=${await adapterFor('client')}><my-account></my-account></portico-provider>`);
    const account = provider.querySelector('my-account')!;
    const profile = await waitFor(() => account.shadowRoot!.querySelector('portico-account-profile')?.shadowRoot?.querySelector('form') && account.shadowRoot!.querySelector('portico-account-profile')!.shadowRoot!, { message: 'the contact details' });
    expect(account).to.be.instanceOf(PorticoAccount);
    expect(visibleText(account.shadowRoot!)).to.contain('Your Harbor Lane account').and.contain('Contact details');
    expect(getByLabel<HTMLInputElement>(profile, 'First name').value).to.not.equal('');
    await expectNoAxeViolations(account);
  });
});
