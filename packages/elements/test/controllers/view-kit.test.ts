import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { formatMoney, type PortalAdapter, type PorticoStore } from '@portico/core';
import { resource, mutate, pagedResource } from '../../src/controllers/resource.js';
import { SessionController } from '../../src/controllers/session-controller.js';
import { define } from '../../src/define.js';
import '../../src/provider/provider.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

/** A view written with the kit: session, resources, template. */
class KitView extends LitElement {
  readonly s = new SessionController(this);
  readonly team = resource(this, 'team.list', () => this.s.clientId && { clientId: this.s.clientId });
  readonly sessions = pagedResource(this, 'clinical.listSessions', () => this.s.clientId && { clientId: this.s.clientId }, {
    pageSize: 4,
    item: 'li.session',
  });

  override render() {
    return html`<p class="format">${this.s.format.locale} ${this.s.format.timeZone} ${formatMoney({ amount: 1250, currency: this.s.format.currency }, this.s.format)}</p>
      <section aria-label="Team">${this.team.render({ content: (members) => html`<ul>${members.map((m) => html`<li>${m.name}</li>`)}</ul>` })}</section>
      <section aria-label="Past sessions">
        ${this.sessions.render({
          content: (items) => html`<ol>${items.map((i) => html`<li class="session" data-id=${i.id}>${i.serviceName}</li>`)}</ol>`,
        })}
        ${this.sessions.renderMore({ label: 'Show older sessions' })}
      </section>`;
  }
}
define('test-kit-view', KitView);

async function mount(adapter: PortalAdapter, attrs: { timeZone?: string } = {}): Promise<KitView> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter} time-zone=${attrs.timeZone ?? ''}><test-kit-view></test-kit-view></portico-provider>`);
  if (!attrs.timeZone) provider.removeAttribute('time-zone');
  return provider.querySelector('test-kit-view')!;
}

const sessionRows = (view: KitView) => [...view.shadowRoot!.querySelectorAll<HTMLElement>('li.session')];
const moreButton = (view: KitView) => view.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]');

/** Tabs to the button, as a keyboard user would, and presses Enter. */
async function pressButton(view: KitView, button: HTMLButtonElement): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

describe('view kit: SessionController, resource(), pagedResource(), mutate()', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('gives one formatting context: the user\'s locale and zone, the practice\'s currency', async () => {
    const backend = await mockBackend();
    const user = backend.db.data.users.find((u) => u.key === 'client')!;
    const view = await mount(await adapterFor('client'));
    const text = await waitFor(() => view.s.state && view.shadowRoot!.querySelector('.format')!.textContent, { message: 'the session' });
    const currency = backend.db.data.organisation.currency;
    const money = new Intl.NumberFormat(user.language, { style: 'currency', currency }).format(12.5);
    expect(text).to.equal(`${user.language} ${user.timeZone} ${money}`);
  });

  it('lets the host\'s time zone win over the user\'s', async () => {
    const view = await mount(await adapterFor('client'), { timeZone: 'Pacific/Auckland' });
    await waitFor(() => view.s.state, { message: 'the session' });
    await view.updateComplete;
    expect(view.s.format.timeZone).to.equal('Pacific/Auckland');
  });

  it('names the operation once: the key is the operation and its input', async () => {
    const backend = await mockBackend();
    const view = await mount(await adapterFor('client'));
    await waitFor(() => view.shadowRoot!.querySelector('section[aria-label="Team"] li'), { message: 'the team' });
    const clientId = view.s.clientId!;
    const store = view.team.store!;
    expect(store.getState(['team.list', { clientId }]).status).to.equal('success');
    const visible = backend.db.data.team.filter((m) => !m.hidden).length;
    expect(view.shadowRoot!.querySelectorAll('section[aria-label="Team"] li').length).to.be.at.least(Math.min(visible, 1));
  });

  it('shows more with one behaviour: busy button, focus on the first new item, the count announced', async () => {
    const view = await mount(await adapterFor('client'));
    await waitFor(() => sessionRows(view).length === 4, { message: 'the first page' });
    const button = moreButton(view)!;
    expect(button.textContent!.trim()).to.equal('Show older sessions');
    const firstIds = sessionRows(view).map((r) => r.dataset.id);
    await pressButton(view, button);
    await waitFor(() => sessionRows(view).length === 8, { message: 'the second page' });
    const rows = sessionRows(view);
    expect(rows.slice(0, 4).map((r) => r.dataset.id)).to.deep.equal(firstIds);
    expect(view.shadowRoot!.activeElement).to.equal(rows[4]);
    const status = view.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('4 more shown');
    await expectNoAxeViolations(view);
  });

  it('says when more could not load and tries again from the same button', async () => {
    const backend = await mockBackend();
    const view = await mount(await adapterFor('client'));
    await waitFor(() => sessionRows(view).length === 4, { message: 'the first page' });
    backend.faults.errorRate('clinical.listSessions', 1);
    await pressButton(view, moreButton(view)!);
    const alert = await waitFor(() => view.shadowRoot!.querySelector('[role="alert"]'), { message: 'the failure' });
    expect(visibleText(alert)).to.contain('had a problem');
    expect(sessionRows(view).length).to.equal(4);
    const retry = moreButton(view)!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    await expectNoAxeViolations(view);
    backend.faults.reset();
    await pressButton(view, retry);
    await waitFor(() => sessionRows(view).length === 8, { message: 'the second page after retrying' });
    expect(view.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('invalidates by operation name after a write (typed against the route table)', async () => {
    const view = await mount(await adapterFor('client'));
    await waitFor(() => sessionRows(view).length === 4, { message: 'the first page' });
    const store: PorticoStore = view.sessions.first.store!;
    const clientId = view.s.clientId!;
    const tasks = await store.query(['tasks.list', { clientId }], (a, signal) => a.tasks.list({ clientId }, { signal }));
    const open = tasks.find((t) => t.status !== 'done' && t.link?.kind !== 'form');
    if (!open) throw new Error('the seed has an open task');
    const before = store.getState(['clinical.listSessions', { clientId, limit: 4 }]).updatedAt;
    await mutate(store, 'tasks.update', { clientId, taskId: open.id, body: { status: 'done' } }, { invalidates: ['clinical.listSessions'] });
    await waitFor(() => store.getState(['clinical.listSessions', { clientId, limit: 4 }]).updatedAt > before, { message: 'the sessions refetched' });
    // @ts-expect-error a misspelt operation does not compile
    const typo: Parameters<typeof mutate>[3] = { invalidates: ['clinical.listSesions'] };
    expect(typo).to.exist;
  });
});
