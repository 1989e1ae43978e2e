import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/provider/provider.js';
import { PorticoTeam } from '../../src/views/team/team.component.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

// What docs/theming.md shows: a brand subclasses the view and registers its own tag.
class MyTeam extends PorticoTeam {
  override render() {
    return litHtml`<p class="brand-note">Care team · Harbor Lane</p>${super.render()}`;
  }
}

describe('extending a view (class and registration in separate modules)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('imports the class without registering <portico-team>, and a subclass works under its own tag', async () => {
    expect(customElements.get('portico-team')).to.equal(undefined);
    customElements.define('my-team', MyTeam);
    const provider = await fixture(html`<portico-provider .adapter=${await adapterFor('client')}><my-team></my-team></portico-provider>`);
    const team = provider.querySelector('my-team')!;
    await waitFor(() => team.shadowRoot!.querySelector('ul.members'), { message: 'the team' });
    expect(team).to.be.instanceOf(PorticoTeam);
    expect(visibleText(team.shadowRoot!)).to.contain('Care team · Harbor Lane').and.contain('Dr. Riley Demo');
    await expectNoAxeViolations(team);
  });
});
