/**
 * The dashboard's writes carry one idempotency key per intent (core's `Attempt`): the same key
 * while the same layout (or the reset) is tried again after a lost answer, so the backend stores
 * it once; a new key after the backend refused it.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { DashboardLayout } from '@portico/core';
import { DashboardHarness, renderDashboard } from '../helpers/dashboard-harness.js';
import { adapterFor, mockBackend } from '../helpers/portal-harness.js';
import { watchRequests } from '../helpers/requests.js';
import { watchWriteKeys, type KeyWatch } from '../helpers/write-keys.js';

const USER = 'u-avery';
const DEFAULT = ['upcoming-appointments', 'recent-messages', 'balance-due', 'open-tasks', 'recent-files', 'recent-activity'];

let backend: Awaited<ReturnType<typeof mockBackend>>;

async function open(): Promise<DashboardHarness> {
  return new DashboardHarness(await renderDashboard(await adapterFor('client'))).settled();
}

describe('<portico-dashboard> idempotency keys', () => {
  let watch: KeyWatch | undefined;

  beforeEach(async () => {
    backend = await mockBackend();
    backend.reset();
    await setViewport({ width: 1200, height: 1400 });
  });

  afterEach(() => {
    watch?.stop();
    watch = undefined;
    backend.faults.reset();
  });

  it('a saved layout is the answer: the dashboard shows it without fetching the layout again', async () => {
    const dash = await open();
    const requests = watchRequests();
    try {
      await dash.resize('recent-files', 'Small');
      await dash.waitFor(() => backend.db.data.layouts[USER]?.widgets.find((w) => w.kind === 'recent-files')?.size === 'small', { message: 'the layout saved' });
      await requests.idle();
      expect(requests.started.filter((r) => r.endsWith('/me/dashboard-layout'))).to.deep.equal(['PUT /api/me/dashboard-layout']);
    } finally {
      requests.stop();
    }
  });

  it('saves a layout once when its answer was lost: Try again sends the same key', async () => {
    const dash = await open();
    watch = watchWriteKeys(/\/me\/dashboard-layout$/, { method: 'PUT' });
    backend.faults.dropResponse('dashboard.saveLayout', { times: 1 });
    await dash.resize('recent-files', 'Small');
    await dash.waitForText('Your layout could not be saved.');
    expect(backend.db.data.layouts[USER]!.widgets.find((w) => w.kind === 'recent-files')!.size).to.equal('small'); // stored, answer lost
    await dash.click('Try again');
    await dash.waitForTextGone('Your layout could not be saved.');
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).to.equal(watch.keys[0]);
    expect(watch.keys[0]).to.match(/\S{8,}/);
  });

  it('sends a new key after the backend refused the layout', async () => {
    const dash = await open();
    watch = watchWriteKeys(/\/me\/dashboard-layout$/, { method: 'PUT' });
    backend.faults.errorRate('dashboard.saveLayout', 1, { status: 409, times: 1 });
    await dash.resize('recent-files', 'Small');
    await dash.waitForText('Your layout could not be saved.');
    await dash.click('Try again');
    await dash.waitForTextGone('Your layout could not be saved.');
    expect(backend.db.data.layouts[USER]!.widgets.find((w) => w.kind === 'recent-files')!.size).to.equal('small');
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).not.to.equal(watch.keys[0]);
  });

  it('sends a new key for a changed layout after a lost answer', async () => {
    const dash = await open();
    watch = watchWriteKeys(/\/me\/dashboard-layout$/, { method: 'PUT' });
    backend.faults.dropResponse('dashboard.saveLayout', { times: 1 });
    await dash.resize('recent-files', 'Small');
    await dash.waitForText('Your layout could not be saved.');
    await dash.resize('recent-files', 'Large');
    await dash.waitForTextGone('Your layout could not be saved.');
    expect(backend.db.data.layouts[USER]!.widgets.find((w) => w.kind === 'recent-files')!.size).to.equal('large');
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).not.to.equal(watch.keys[0]);
  });

  it('resets once when its answer was lost, and with a new key after a refusal', async () => {
    backend.db.data.layouts[USER] = { widgets: [...DEFAULT].reverse().map((kind) => ({ kind, size: 'medium' })) } as DashboardLayout;
    const dash = await open();
    watch = watchWriteKeys(/\/me\/dashboard-layout$/, { method: 'DELETE' });
    const dialog = () => dash.findByRole('dialog', { name: 'Reset the dashboard layout?' });

    // A refusal: nothing was reset, so pressing Reset again is a new attempt.
    backend.faults.errorRate('dashboard.resetLayout', 1, { status: 409, times: 1 });
    await dash.click('Reset layout');
    await dash.click(await dash.findByRole('button', { name: 'Reset', within: await dialog() }));
    await dash.waitForText('Could not reset the layout.');
    // The answer lost this time: the reset happened, and Reset again is the same attempt.
    backend.faults.dropResponse('dashboard.resetLayout', { times: 1 });
    await dash.click(await dash.findByRole('button', { name: 'Reset', within: await dialog() }));
    await dash.waitFor(() => watch!.keys.length === 2 && dash.text().includes('Check your internet connection'), { message: 'the lost answer reported' });
    expect(backend.db.data.layouts[USER]).to.equal(undefined);
    await dash.click(await dash.findByRole('button', { name: 'Reset', within: await dialog() }));
    await dash.waitFor(() => dash.order().join() === DEFAULT.join(), { message: 'the default layout' });
    expect(watch.keys).to.have.length(3);
    expect(watch.keys[1]).not.to.equal(watch.keys[0]);
    expect(watch.keys[2]).to.equal(watch.keys[1]);
  });
});
