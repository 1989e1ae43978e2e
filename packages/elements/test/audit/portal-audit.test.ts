/**
 * Audit events from the portal (#12.2): switching client, and forwarding every event the
 * portal sees to the backend's `audit.record` when `audit-forwarding` is on.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { PorticoError, setLogger, type PortalAdapter } from '@portico/core';
import { CLIENT, recordedAuditEvents } from '@portico/mock';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { auditsPerTest, expectOneAudit } from '../helpers/audit.js';
import { PortalHarness, adapterFor, mockBackend, renderPortal, waitFor } from '../helpers/portal-harness.js';

async function switchClient(portal: PortalHarness, clientId: string): Promise<void> {
  const select = portal.root.querySelector<HTMLSelectElement>('#client-switcher')!;
  select.value = clientId;
  setTimeout(() => select.dispatchEvent(new Event('change')));
  await oneEvent(portal.portal, 'portico-client-changed');
  await portal.portal.updateComplete;
}

async function renderForwarding(adapter: PortalAdapter, forwarding: boolean): Promise<PortalHarness> {
  const element = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} ?audit-forwarding=${forwarding} routing="none"></portico-portal>`);
  const portal = new PortalHarness(element);
  await waitFor(() => portal.root.querySelector('#client-switcher'), { message: 'the client switcher' });
  return portal;
}

describe('audit events: the portal', () => {
  const log = auditsPerTest();

  it('a guardian switching client fires client-switched once with the client id, not the name', async () => {
    const portal = await renderPortal({ user: 'guardian' });
    await switchClient(portal, CLIENT.nora);
    expectOneAudit(log, { type: 'client-switched', clientId: CLIENT.nora }, ['Nori', 'Nora']);
  });

  it('with audit-forwarding, the backend records the events the person caused, as fired, for the client shown', async () => {
    const backend = await mockBackend();
    const portal = await renderForwarding(await adapterFor('guardian'), true);
    await switchClient(portal, CLIENT.nora);
    await switchClient(portal, CLIENT.milo);
    // Batched: they arrive together a moment later, without anything waiting for them.
    await waitFor(() => recordedAuditEvents(backend.db).length === 2, { message: 'two recorded events' });
    const guardian = backend.db.user('guardian');
    expect(recordedAuditEvents(backend.db).map(({ recordedFor, userId, ...event }) => ({ recordedFor, userId, event }))).to.deep.equal([
      { recordedFor: CLIENT.milo, userId: guardian.id, event: log.events[0] },
      { recordedFor: CLIENT.nora, userId: guardian.id, event: log.events[1] },
    ]);
  });

  it('without audit-forwarding (the default) nothing is sent; turning it on sends from then on', async () => {
    const backend = await mockBackend();
    const portal = await renderForwarding(await adapterFor('guardian'), false);
    await switchClient(portal, CLIENT.nora);
    portal.portal.auditForwarding = true;
    await portal.portal.updateComplete;
    await switchClient(portal, CLIENT.milo);
    // Leaving the page sends what is queued at once.
    portal.portal.remove();
    await waitFor(() => recordedAuditEvents(backend.db).length > 0, { message: 'the recorded event' });
    expect(recordedAuditEvents(backend.db).map((e) => e.type === 'client-switched' && e.clientId)).to.deep.equal([CLIENT.milo]);
  });

  it('a backend refusing audit.record never blocks the person and is logged once', async () => {
    const adapter = await adapterFor('guardian');
    let calls = 0;
    const failing: PortalAdapter = {
      ...adapter,
      audit: {
        record: () => {
          calls++;
          return Promise.reject(new PorticoError({ kind: 'not-found', operation: 'audit.record' }));
        },
      },
    };
    const warnings: string[] = [];
    setLogger({ warn: (m) => warnings.push(m), error: (m) => warnings.push(m) });
    try {
      const portal = await renderForwarding(failing, true);
      await switchClient(portal, CLIENT.nora);
      await switchClient(portal, CLIENT.milo);
      await switchClient(portal, CLIENT.nora);
      portal.portal.remove();
      await waitFor(() => calls === 3, { message: 'three batches tried' });
      await waitFor(() => warnings.length > 0, { message: 'the warning' });
      expect(warnings.filter((w) => w.includes('audit.record'))).to.have.length(1);
      expect(warnings[0]).to.contain('not-found');
      expect(log.of('client-switched')).to.have.length(3);
    } finally {
      setLogger(undefined);
    }
  });
});
