import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/provider/provider.js';
import { PorticoFiles } from '../../src/views/files/files.component.js';
import { FilesHarness } from '../../src/testing/files.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, visibleText } from '../helpers/portal-harness.js';

// What docs/theming.md shows for Team, for Files: a brand subclasses the view and registers its own tag.
class MyFiles extends PorticoFiles {
  override render() {
    return litHtml`<p class="brand-note">Documents · Harbor Lane</p>${super.render()}`;
  }
}

describe('extending <portico-files> (class and registration in separate modules)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('imports the class without registering <portico-files>, and a subclass works under its own tag', async () => {
    expect(customElements.get('portico-files')).to.equal(undefined);
    customElements.define('my-files', MyFiles);
    const provider = await fixture(html`<portico-provider .adapter=${await adapterFor('client')}><my-files></my-files></portico-provider>`);
    const files = await new FilesHarness(provider.querySelector<PorticoFiles>('my-files')!).settled();
    expect(files.view).to.be.instanceOf(PorticoFiles);
    expect(visibleText(files.root)).to.contain('Documents · Harbor Lane');
    expect(files.rows().length).to.be.greaterThan(0);
    // The parts it uses are registered with it: the preview opens from the subclass too.
    const row = files.row(/^Activity photo/);
    await files.click(files.button(`Preview ${row.querySelector('h3')!.textContent!.trim()}`, row));
    await files.waitFor(() => files.previewDialog.open && files.previewDialog.querySelector('img'), { message: 'the preview' });
    await files.press('Escape');
    await files.waitFor(() => !files.previewDialog.open, { message: 'the preview to close' });
    await expectNoAxeViolations(files.view);
  });
});
