import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/provider/provider.js';
import { PorticoForms } from '../../src/views/forms/forms.component.js';
import { FormsHarness } from '../../src/testing/forms.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

// What docs/theming.md shows: a brand subclasses the view and registers its own tag.
class MyForms extends PorticoForms {
  override render() {
    return litHtml`<p class="brand-note">Paperwork · Harbor Lane</p>${super.render()}`;
  }
}

describe('extending <portico-forms> (class and registration in separate modules)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('imports the class without registering <portico-forms>, and a subclass lists and opens forms under its own tag', async () => {
    expect(customElements.get('portico-forms')).to.equal(undefined);
    customElements.define('my-forms', MyForms);
    const provider = await fixture(html`<portico-provider .adapter=${await adapterFor('client')}><my-forms></my-forms></portico-provider>`);
    const forms = new FormsHarness(provider.querySelector<MyForms>('my-forms')!);
    await forms.listed();
    expect(forms.element).to.be.instanceOf(PorticoForms);
    expect(visibleText(forms.root)).to.contain('Paperwork · Harbor Lane').and.contain('Intake questionnaire');
    await expectNoAxeViolations(forms.element);

    // The form it opens is the registered sub-element, reached by the Start button's name.
    await forms.open('Intake questionnaire');
    expect(visibleText(forms.form.querySelector('h2')!)).to.equal('Intake questionnaire');
    await waitFor(() => forms.form.activeElement?.tagName === 'H2', { message: 'focus on the form heading' });
  });
});
