/**
 * No lost work (#13.3, #10.7): what the person typed and writes not yet sent live in the
 * store (in memory), not in a view element, so they survive other views, client switches and
 * a dropped connection, and are sent again on reconnect wherever the person is.
 */
import { expect } from '@open-wc/testing';
import { hasUnsentWork } from '../../src/unsent-work.js';
import type { PorticoClinical } from '../../src/views/clinical/clinical.js';
import type { PorticoClinicalDataCollection } from '../../src/views/clinical/data-collection.js';
import { button, openTab, part } from '../helpers/clinical-harness.js';
import { mockBackend, renderPortal, visibleText, waitFor, type PortalHarness } from '../helpers/portal-harness.js';

/**
 * Whether leaving the page would ask first (what the beforeunload listener checks). A test
 * cannot dispatch beforeunload itself: the mock's service worker takes it as the page closing.
 */
const leavingAsks = hasUnsentWork;

async function dataCollection(portal: PortalHarness): Promise<PorticoClinicalDataCollection> {
  await portal.open('Care & progress');
  const view = (await portal.settled('portico-clinical')) as PorticoClinical;
  await openTab(view, 'Data collection');
  const data = await waitFor(() => part<PorticoClinicalDataCollection>(view, 'portico-clinical-data-collection'), { message: 'data collection' });
  await waitFor(() => data.shadowRoot?.querySelector('.cards, [part="outbox"]'), { message: 'the data sheets' });
  return data;
}

describe('unsent work outlives views and a dropped connection', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('a data sheet submitted offline is sent on reconnect while the guardian is on the Dashboard; leaving first asks', async () => {
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'guardian' });
    await portal.settled('portico-dashboard');
    expect(leavingAsks()).to.equal(false);
    const data = await dataCollection(portal);
    button(data.shadowRoot!, 'Start Session data sheet')!.click();
    const run = await waitFor(() => data.shadowRoot!.querySelector('portico-clinical-sheet-run'), { message: 'the running sheet' });
    await run.updateComplete;
    for (let i = 0; i < 3; i++) {
      button(run.shadowRoot!, 'Correct')!.click();
      await run.updateComplete;
    }

    backend.faults.offline(true);
    button(run.shadowRoot!, 'Submit data sheet')!.click();
    const outbox = await waitFor(() => data.shadowRoot!.querySelector('[part="outbox"]'), { message: '"Waiting to send"' });
    await waitFor(() => outbox.querySelector('[data-status="waiting"]'), { message: 'the waiting record' });
    expect(visibleText(outbox)).to.contain('Waiting to send');
    expect(leavingAsks()).to.equal(true);

    await portal.open('Dashboard');
    await portal.settled('portico-dashboard');
    backend.faults.offline(false);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => backend.db.data.dataSheetRecords.length === 1, { message: 'the record sent from the Dashboard' });
    expect(backend.db.data.dataSheetRecords[0]!.rows[0]!.trials).to.deep.equal(['correct', 'correct', 'correct']);
    await waitFor(() => !leavingAsks(), { message: 'nothing left unsent' });

    const back = await dataCollection(portal);
    expect(back.shadowRoot!.querySelector('[part="outbox"]')).to.equal(null);
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 200));
    expect(backend.db.data.dataSheetRecords).to.have.length(1);
  });
});
