import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/provider/provider.js';
import { PorticoHarness } from '../../src/testing/harness.js';
import { PorticoClinical } from '../../src/views/clinical/clinical.component.js';
import { PorticoDashboard } from '../../src/views/dashboard/dashboard.component.js';
import { PorticoMessages } from '../../src/views/messages/messages.component.js';
import { PorticoTasks } from '../../src/views/tasks/tasks.component.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend } from '../helpers/portal-harness.js';

// What docs/theming.md shows for Team, for the other views on the kit: a brand's subclass under its own tag.
const note = (tag: string) => litHtml`<p class="brand-note">Harbor Lane · ${tag}</p>`;
class MyTasks extends PorticoTasks {
  override render() {
    return litHtml`${note('my-tasks')}${super.render()}`;
  }
}
class MyClinical extends PorticoClinical {
  override render() {
    return litHtml`${note('my-clinical')}${super.render()}`;
  }
}
class MyDashboard extends PorticoDashboard {
  override render() {
    return litHtml`${note('my-dashboard')}${super.render()}`;
  }
}
class MyMessages extends PorticoMessages {
  override render() {
    return litHtml`${note('my-messages')}${super.render()}`;
  }
}

const cases = [
  { tag: 'portico-tasks', Base: PorticoTasks, Mine: MyTasks, mine: 'my-tasks', shows: 'Complete the intake questionnaire' },
  { tag: 'portico-clinical', Base: PorticoClinical, Mine: MyClinical, mine: 'my-clinical', shows: 'Daily mood log' },
  { tag: 'portico-dashboard', Base: PorticoDashboard, Mine: MyDashboard, mine: 'my-dashboard', shows: 'Welcome, Avery' },
  { tag: 'portico-messages', Base: PorticoMessages, Mine: MyMessages, mine: 'my-messages', shows: 'Quinn Sampleton' },
] as const;

describe('extending the views on the kit (class and registration in separate modules)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  for (const { tag, Base, Mine, mine, shows } of cases) {
    it(`imports ${Base.name} without registering <${tag}>, and a subclass works under its own tag`, async () => {
      expect(customElements.get(tag)).to.equal(undefined);
      customElements.define(mine, Mine);
      const provider = await fixture(html`<portico-provider .adapter=${await adapterFor('client')}></portico-provider>`);
      const element = provider.appendChild(document.createElement(mine));
      const view = new PorticoHarness(element);
      await view.waitForText(`Harbor Lane · ${mine}`);
      await view.waitForText(shows);
      expect(element).to.be.instanceOf(Base);
      await expectNoAxeViolations(element);
    });
  }
});
