import { expect, oneEvent } from '@open-wc/testing';
import { formatMoney, type PortalAdapter, type WidgetKind } from '@portico/core';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { body, DashboardHarness, recording, renderDashboard, settled, widget } from '../helpers/dashboard-harness.js';
import { getByRole } from '../../src/testing/queries.js';
import type { PorticoDashboard } from '../../src/views/dashboard/dashboard.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

const AVERY = 'cl-avery';

/** Clicks the first item of a widget and returns the `portico-open-requested` detail. */
async function openFirst(dash: PorticoDashboard, root: ShadowRoot): Promise<{ view: string; item?: string | undefined }> {
  const button = root.querySelector<HTMLButtonElement>('button.item')!;
  const requested = oneEvent(dash, 'portico-open-requested');
  await new DashboardHarness(dash).click(button);
  const event = await requested;
  expect(event.bubbles && event.composed).to.equal(true);
  return event.detail;
}

describe('<portico-dashboard> widgets', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('greets the user and shows every widget with the practice’s data', async () => {
    const adapter = await adapterFor('client');
    const dash = await renderDashboard(adapter);
    await settled(dash);
    const top = visibleText(dash.shadowRoot!.querySelector('.top')!);
    expect(top).to.contain('Welcome, Avery');
    expect(top).to.contain('Here is what is new with your care at');
    expect([...dash.shadowRoot!.querySelectorAll('li.widget h3')].map((h) => h.textContent)).to.have.members([
      'Upcoming appointments', 'Recent messages', 'Recent files', 'Recent activity', 'Balance due', 'Tasks and forms',
    ]);

    const upcoming = (await adapter.schedule.listAppointments({ clientId: AVERY, when: 'upcoming' })).filter((a) => a.status === 'scheduled');
    const appts = body(dash, 'upcoming-appointments');
    expect(appts.querySelectorAll('button.item').length).to.equal(3);
    expect(visibleText(appts)).to.contain(upcoming[0]!.service.name).and.contain(upcoming[0]!.provider.name);

    const threads = (await adapter.messages.listThreads({ clientId: AVERY, limit: 3 })).items;
    const messages = visibleText(body(dash, 'recent-messages'));
    for (const t of threads) expect(messages).to.contain(t.subject);
    // The total is the client's, across every thread (#10.8), not the three shown.
    const all = (await adapter.messages.listThreads({ clientId: AVERY, limit: 100 })).items;
    const unread = all.reduce((n, t) => n + t.unreadCount, 0);
    expect(unread).to.be.greaterThan(threads.reduce((n, t) => n + t.unreadCount, 0));
    expect(messages).to.contain(`${unread} unread message`);

    const files = (await adapter.files.list({ clientId: AVERY, sort: 'newest', limit: 3 })).items;
    expect(visibleText(body(dash, 'recent-files'))).to.contain(files[0]!.name);

    const activity = (await adapter.dashboard.listActivity({ clientId: AVERY, limit: 5 })).items;
    expect(visibleText(body(dash, 'recent-activity'))).to.contain(activity[0]!.summary);

    // The client's balance: patient responsibility only (insurance invoices are the payer's).
    const invoices = (await adapter.billing.listInvoices({ clientId: AVERY, status: 'unpaid', limit: 200 })).items.filter((i) => i.kind === 'patient');
    const total = invoices.reduce((n, i) => n + i.balance.amount, 0);
    const balance = body(dash, 'balance-due');
    expect(balance.querySelector('[data-total]')!.textContent).to.equal(formatMoney({ amount: total, currency: 'USD' }, { locale: 'en' }));
    expect(visibleText(balance)).to.contain(`${invoices.length} unpaid invoices`);
    expect(balance.querySelector('[data-overdue-count]')!.textContent).to.match(/\d+ overdue/);
    expect(balance.querySelector('button.item[data-overdue]')).not.to.equal(null);

    const tasks = body(dash, 'open-tasks');
    expect(visibleText(tasks)).to.contain('Sign the informed consent');
    expect(visibleText(tasks)).not.to.contain('Read the welcome letter'); // done
    await expectNoAxeViolations(dash);
  });

  it('links each widget into its view and item', async () => {
    const adapter = await adapterFor('client');
    const dash = await renderDashboard(adapter);
    await settled(dash);
    const expectations: [WidgetKind, string][] = [
      ['upcoming-appointments', 'schedule'], ['recent-messages', 'messages'], ['recent-files', 'files'], ['balance-due', 'billing'], ['open-tasks', 'tasks'],
    ];
    for (const [kind, view] of expectations) {
      const root = body(dash, kind);
      const first = root.querySelector<HTMLElement>('button.item')!.dataset['item'];
      expect(await openFirst(dash, root), kind).to.deep.equal({ view, item: first });
    }
    const threads = (await adapter.messages.listThreads({ clientId: AVERY, limit: 3 })).items;
    expect(body(dash, 'recent-messages').querySelector<HTMLElement>('button.item')!.dataset['item']).to.equal(threads[0]!.id);
    // "See all" opens the view itself.
    const all = getByRole(body(dash, 'recent-files'), 'button', { name: 'See all files' });
    const requested = oneEvent(dash, 'portico-open-requested');
    await new DashboardHarness(dash).click(all);
    expect((await requested).detail).to.deep.equal({ view: 'files' });
  });

  it('names the child a guardian is viewing', async () => {
    const dash = await renderDashboard(await adapterFor('guardian'));
    await settled(dash);
    const top = visibleText(dash.shadowRoot!.querySelector('.top')!);
    expect(top).to.contain('Welcome, Jordan');
    expect(top).to.contain('You are viewing Milo Sample.');
  });

  it('shows a payer only the appointments and balance, and asks for nothing else', async () => {
    const { adapter, calls } = recording(await adapterFor('payer'));
    const dash = await renderDashboard(adapter);
    await settled(dash);
    expect([...dash.shadowRoot!.querySelectorAll<HTMLElement>('li.widget')].map((w) => w.dataset['kind']).sort()).to.deep.equal(['balance-due', 'upcoming-appointments']);
    expect(calls.filter((c) => /^(messages|files|tasks|forms)\.|listActivity/.test(c))).to.deep.equal([]);
    expect(calls).to.include('billing.listInvoices');
    expect(calls).to.include('schedule.listAppointments');
    await expectNoAxeViolations(dash);
  });

  it('leaves out the messages widget, and its request, when messaging is off', async () => {
    (await mockBackend()).db.data.organisation.features.messaging = false;
    const { adapter, calls } = recording(await adapterFor('client'));
    const dash = await renderDashboard(adapter);
    await settled(dash);
    expect(dash.shadowRoot!.querySelector('[data-kind="recent-messages"]')).to.equal(null);
    expect(widget(dash, 'recent-files')).to.exist;
    expect(calls).not.to.include('messages.listThreads');
  });

  it('shows one failing widget’s error while the others work, and Retry recovers it', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('files.list', 1);
    const dash = await renderDashboard(await adapterFor('client'));
    await settled(dash);
    const files = body(dash, 'recent-files');
    const error = files.querySelector('portico-state-error')!;
    expect(error).to.exist;
    expect(visibleText(error.shadowRoot!)).to.contain('Could not load your files');
    expect(body(dash, 'recent-messages').querySelector('button.item')).to.exist;
    expect(body(dash, 'balance-due').querySelector('[data-total]')).to.exist;
    await expectNoAxeViolations(dash);
    backend.faults.reset();
    await new DashboardHarness(dash).click(getByRole(error, 'button', { name: 'Try again' }));
    await waitFor(() => files.querySelector('button.item'), { message: 'the files after retry' });
  });

  it('shows a bad payload as that widget’s error only', async () => {
    (await mockBackend()).faults.malformed('billing.listInvoices');
    const dash = await renderDashboard(await adapterFor('client'));
    await settled(dash);
    expect(visibleText(body(dash, 'balance-due'))).to.contain('Could not load your balance').and.contain('If this keeps happening');
    expect(body(dash, 'recent-files').querySelector('button.item')).to.exist;
  });

  it('shows skeletons while the widgets load', async () => {
    (await mockBackend()).faults.latency(1500);
    const dash = await renderDashboard(await adapterFor('client'));
    const loading = await waitFor(() => dash.shadowRoot!.querySelector('portico-state-loading'), { message: 'the skeleton' });
    expect(loading.getAttribute('label')).to.equal('Loading your dashboard');
    await waitFor(() => dash.shadowRoot!.querySelector('ul.grid'), { message: 'the layout' });
    const appts = await waitFor(() => widget(dash, 'upcoming-appointments').querySelector('.widget-body > *')?.shadowRoot?.querySelector('portico-state-loading'));
    expect(appts.getAttribute('label')).to.equal('Loading upcoming appointments');
    await expectNoAxeViolations(dash);
  });

  it('says what comes next for a new client with nothing yet', async () => {
    const adapter = await adapterFor('client');
    const page = { items: [], nextCursor: null };
    const empty: PortalAdapter = {
      ...adapter,
      schedule: { ...adapter.schedule, listAppointments: async () => [] },
      messages: { ...adapter.messages, listThreads: async () => page },
      files: { ...adapter.files, list: async () => page },
      dashboard: { ...adapter.dashboard, listActivity: async () => page },
      billing: { ...adapter.billing, listInvoices: async () => page },
      tasks: { ...adapter.tasks, list: async () => [] },
      forms: { ...adapter.forms, listAssignments: async () => [] },
    };
    const dash = await renderDashboard(empty);
    await settled(dash);
    expect(visibleText(body(dash, 'upcoming-appointments'))).to.contain('No upcoming appointments').and.contain('Book a visit');
    expect(visibleText(body(dash, 'recent-messages'))).to.contain('No messages yet');
    expect(visibleText(body(dash, 'recent-files'))).to.contain('No files yet');
    expect(visibleText(body(dash, 'recent-activity'))).to.contain('No activity yet');
    expect(visibleText(body(dash, 'balance-due'))).to.contain('You are all paid up');
    expect(visibleText(body(dash, 'open-tasks'))).to.contain('Nothing to do');
    await expectNoAxeViolations(dash);
  });

  it('says there is nothing to show when the session may see no widget', async () => {
    (await mockBackend()).db.data.organisation.modules = ['dashboard', 'account'];
    const { adapter, calls } = recording(await adapterFor('client'));
    const dash = await renderDashboard(adapter);
    const empty = await waitFor(() => dash.shadowRoot!.querySelector('portico-state-empty'), { message: 'the empty state' });
    expect(visibleText(empty.shadowRoot!)).to.contain('Nothing to show here yet').and.contain('Contact the practice');
    expect(dash.shadowRoot!.querySelector('li.widget, portico-dashboard-reset')).to.equal(null);
    expect(calls.filter((c) => !c.startsWith('dashboard.') && !c.startsWith('session.'))).to.deep.equal([]);
    await expectNoAxeViolations(dash);
  });

  it('shows user content as text, never as markup', async () => {
    const adapter = await adapterFor('client');
    const hostile: PortalAdapter = {
      ...adapter,
      messages: {
        ...adapter.messages,
        listThreads: async () => ({
          items: [{ id: 't-x', subject: '<img src=x onerror="window.__pwned=1">Hi', participants: [], lastMessageAt: new Date().toISOString(), lastMessagePreview: '<b>bold</b>', unreadCount: 1, messageCount: 1 }],
          nextCursor: null,
        }),
      },
    };
    const dash = await renderDashboard(hostile);
    await settled(dash);
    const root = body(dash, 'recent-messages');
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(visibleText(root)).to.contain('<b>bold</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
