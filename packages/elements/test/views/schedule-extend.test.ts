import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { CLIENT } from '@portico/mock';
import '../../src/provider/provider.js';
import { ScheduleHarness } from '../helpers/harness.js';
import { PorticoSchedule } from '../../src/views/schedule/schedule.component.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

// What docs/theming.md shows: a brand subclasses the view and registers its own tag.
class MySchedule extends PorticoSchedule {
  override render() {
    return litHtml`<p class="brand-note">Appointments · Harbor Lane</p>${super.render()}`;
  }
}

describe('extending <portico-schedule> (class and registration in separate modules)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('imports the class without registering <portico-schedule>, and a subclass works under its own tag', async () => {
    expect(customElements.get('portico-schedule')).to.equal(undefined);
    customElements.define('my-schedule', MySchedule);
    const provider = await fixture(html`<portico-provider .adapter=${await adapterFor('client')}><my-schedule></my-schedule></portico-provider>`);
    const schedule = provider.querySelector<MySchedule>('my-schedule')!;
    expect(schedule).to.be.instanceOf(PorticoSchedule);
    const view = new ScheduleHarness(schedule);
    const calendar = await view.calendarSettled();
    const backend = await mockBackend();
    const first = backend.db.data.appointments
      .filter((a) => a.clientId === CLIENT.avery && a.visibleToClient && Date.parse(a.end) > Date.now())
      .sort((a, b) => a.start.localeCompare(b.start))[0]!;
    const name = `${first.service.name} with ${first.provider.name}`;
    expect(visibleText(schedule.shadowRoot!)).to.contain('Appointments · Harbor Lane');
    // The soonest appointment (others of the same service and provider may follow).
    const open = await view.waitFor(() => view.queryAllByRole('button', { name, within: calendar })[0], { message: `the button "${name}"` });
    await expectNoAxeViolations(schedule);
    // Its parts come with it: opening an appointment shows the detail, on its own (no portal).
    await view.click(open);
    const detail = await view.partOf('portico-schedule-appointment');
    await waitFor(() => detail.activeElement?.tagName === 'H3', { message: 'focus on the detail heading' });
    expect(visibleText(detail)).to.contain(first.provider.name);
  });
});
