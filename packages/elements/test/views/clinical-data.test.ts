import { expect } from '@open-wc/testing';
import type { PorticoClinical } from '../../src/views/clinical/clinical.js';
import type { PorticoClinicalDataCollection } from '../../src/views/clinical/clinical-data-collection.js';
import type { PorticoClinicalSheetRun } from '../../src/views/clinical/clinical-sheet-run.js';
import { pasteInto, typeInto } from '../../src/testing/harness.js';
import { deepActiveElement, descriptionOf, getByLabel, getByRole, getByText } from '../../src/testing/queries.js';
import { defaultDriver } from '../helpers/harness.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, openTab, part, renderClinical, withClinical } from '../helpers/clinical-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { watchRequests } from '../helpers/requests.js';

async function openDataCollection(view: PorticoClinical): Promise<PorticoClinicalDataCollection> {
  await openTab(view, 'Data collection');
  const data = part<PorticoClinicalDataCollection>(view, 'portico-clinical-data-collection')!;
  await waitFor(() => data.shadowRoot?.querySelector('.cards, portico-state-empty, portico-state-error'), { message: 'the data sheets' });
  return data;
}

async function startSheet(data: PorticoClinicalDataCollection): Promise<PorticoClinicalSheetRun> {
  await click(data.shadowRoot!, 'Start Session data sheet');
  const run = await waitFor(() => data.shadowRoot!.querySelector('portico-clinical-sheet-run'), { message: 'the running sheet' });
  await run.updateComplete;
  return run;
}

async function chooseRow(run: PorticoClinicalSheetRun, label: string): Promise<void> {
  // The radio's name is the row's label and its summary.
  await defaultDriver().click(getByRole(run.shadowRoot!, 'radio', { name: new RegExp(`^${label} `) }));
  await run.updateComplete;
}

async function press(run: PorticoClinicalSheetRun, text: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await defaultDriver().click(button(run.shadowRoot!, text)!);
    await run.updateComplete;
  }
}

const records = async () => (await mockBackend()).db.data.dataSheetRecords;

describe('<portico-clinical> data collection (CLIN-3)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('runs a data sheet with ten trials, a counter and a timer, and stores one record', async () => {
    const view = await renderClinical(await adapterFor('guardian'));
    const data = await openDataCollection(view);
    await expectNoAxeViolations(view);
    const run = await startSheet(data);
    expect(run.shadowRoot!.activeElement?.id).to.equal('sheet-title');

    // Row 1 (trials): eleven taps, one undone → ten trials.
    await press(run, 'Correct', 5);
    await press(run, 'Incorrect', 1);
    await press(run, 'Prompted', 1);
    await press(run, 'Incorrect');
    await press(run, 'Undo last trial');
    await press(run, 'Correct', 2);
    await press(run, 'Prompted');
    const current = run.shadowRoot!.querySelector('[part="current-row"]')!;
    expect(visibleText(current)).to.contain('10 trials · 7 correct · 1 incorrect · 2 prompted').and.contain('70% correct');
    expect(current.querySelectorAll('ol.trials li').length).to.equal(10);
    expect(run.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('10 trials');

    // Row 3 (frequency): +1 three times, −1 once.
    await chooseRow(run, 'Spontaneous greetings');
    await press(run, 'Add one', 3);
    await press(run, 'Subtract one');
    expect(run.shadowRoot!.querySelector('output.count')!.textContent).to.equal('2');

    // Row 4 (duration): start, wait, stop; the row keeps the time.
    await chooseRow(run, 'Time on task');
    await press(run, 'Start timer');
    expect(run.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Timer started for Time on task');
    const clock = run.shadowRoot!.querySelector('portico-clinical-elapsed.clock')!;
    expect(clock.shadowRoot!.querySelector('[role="timer"]')!.getAttribute('aria-live')).to.equal('off');
    await waitFor(() => clock.shadowRoot!.textContent!.includes('00:01'), { message: 'the timer to tick' });
    await press(run, 'Stop timer');
    expect(run.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Timer stopped at 00:01');
    expect(button(run.shadowRoot!, 'Resume timer')).to.exist;
    await expectNoAxeViolations(view);

    await typeInto(getByLabel<HTMLTextAreaElement>(run, 'Note for the practice (optional)'), 'Milo enjoyed the turn-taking game.');

    let submitted: { dataSheetId: string; recordId: string } | undefined;
    view.addEventListener('portico-datasheet-submitted', (e) => (submitted = e.detail));
    await press(run, 'Submit data sheet');
    const sent = await waitFor(() => data.shadowRoot!.querySelector('[part="confirmation"]'), { message: 'the confirmation' });
    expect(visibleText(sent)).to.contain('Data sheet sent').and.contain('Session data sheet');
    expect(data.shadowRoot!.activeElement?.id).to.equal('sent-heading');
    await expectNoAxeViolations(view);

    const stored = await records();
    expect(stored.length).to.equal(1);
    const record = stored[0]!;
    expect(submitted).to.deep.equal({ dataSheetId: 'ds-milo-session', recordId: record.id });
    expect(record.clientId).to.equal('cl-milo');
    expect(record.rows.find((r) => r.rowId === 'ds-milo-r1')!.trials).to.deep.equal([
      'correct', 'correct', 'correct', 'correct', 'correct', 'incorrect', 'prompted', 'correct', 'correct', 'prompted',
    ]);
    expect(record.rows.find((r) => r.rowId === 'ds-milo-r2')!.trials).to.deep.equal([]);
    expect(record.rows.find((r) => r.rowId === 'ds-milo-r3')!.count).to.equal(2);
    expect(record.rows.find((r) => r.rowId === 'ds-milo-r4')!.durationSeconds).to.be.within(1, 3);
    expect(record.note).to.equal('Milo enjoyed the turn-taking game.');
    expect(Date.parse(record.endedAt)).to.be.greaterThan(Date.parse(record.startedAt));
  });

  it('keeps a record through an offline period and stores it once when back online', async () => {
    const backend = await mockBackend();
    const view = await renderClinical(await adapterFor('guardian'));
    const data = await openDataCollection(view);
    const run = await startSheet(data);
    await press(run, 'Correct', 3);
    await press(run, 'Prompted');

    backend.faults.offline(true);
    await press(run, 'Submit data sheet');
    const outbox = await waitFor(() => data.shadowRoot!.querySelector('[part="outbox"]'), { message: 'the waiting record' });
    await waitFor(() => outbox.querySelector('[data-status="waiting"]'));
    expect(visibleText(outbox)).to.contain('Waiting to send');
    expect(data.shadowRoot!.activeElement?.id).to.equal('outbox-heading');
    expect(await records()).to.have.length(0);
    expect(JSON.stringify({ ...localStorage })).not.to.contain('correct');
    await expectNoAxeViolations(view);

    backend.faults.offline(false);
    // The connection coming back is a network event, not something the person does.
    window.dispatchEvent(new Event('online'));
    await waitFor(() => !data.shadowRoot!.querySelector('[part="outbox"]'), { message: 'the record to be sent' });
    expect(data.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('was sent to the practice');
    // A second "online" finds nothing waiting: once its requests (if any) are answered, still one record.
    const requests = watchRequests();
    window.dispatchEvent(new Event('online'));
    await requests.idle();
    requests.stop();
    expect(requests.started.filter((r) => r.startsWith('POST'))).to.deep.equal([]);
    const stored = await records();
    expect(stored).to.have.length(1);
    expect(stored[0]!.rows[0]!.trials).to.deep.equal(['correct', 'correct', 'correct', 'prompted']);
  });

  it('sends a record whose answer was lost only once when the user retries', async () => {
    const backend = await mockBackend();
    backend.faults.dropResponse('clinical.submitDataSheet', { times: 1 });
    const view = await renderClinical(await adapterFor('client'));
    const data = await openDataCollection(view);
    const run = await startSheet(data);
    await press(run, 'Incorrect', 2);
    const events: string[] = [];
    view.addEventListener('portico-datasheet-submitted', (e) => events.push(e.detail.recordId));
    await press(run, 'Submit data sheet');
    const outbox = await waitFor(() => data.shadowRoot!.querySelector('[part="outbox"] [data-status="waiting"]'), { message: 'the waiting record' });
    // The practice stored it; the answer never arrived.
    expect(await records()).to.have.length(1);
    await click(outbox, 'Retry sending Session data sheet');
    await waitFor(() => !data.shadowRoot!.querySelector('[part="outbox"]'), { message: 'the record to be confirmed' });
    const stored = await records();
    expect(stored).to.have.length(1);
    expect(events).to.deep.equal([stored[0]!.id]);
  });

  it('asks for data before submitting an empty sheet and checks the note length', async () => {
    const view = await renderClinical(await adapterFor('client'));
    const data = await openDataCollection(view);
    const run = await startSheet(data);
    await press(run, 'Submit data sheet');
    expect(run.shadowRoot!.querySelector('#submit-error')!.textContent).to.contain('Nothing is recorded yet');
    expect(button(run.shadowRoot!, 'Submit data sheet')!.getAttribute('aria-describedby')).to.equal('submit-error');
    await press(run, 'Correct');
    const note = getByLabel<HTMLTextAreaElement>(run, 'Note for the practice (optional)');
    await pasteInto(note, 'x'.repeat(2001));
    await waitFor(() => descriptionOf(note) === '2001 of 2000 characters', { message: 'the count in the note description' });
    await press(run, 'Submit data sheet');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    await waitFor(() => descriptionOf(note).includes('Shorten the note to 2000 characters or fewer.'), { message: 'the note error in its description' });
    expect(getByText(run, 'Shorten the note to 2000 characters or fewer.')).to.exist;
    await waitFor(() => deepActiveElement() === note, { message: 'focus on the note' });
    await expectNoAxeViolations(view);
    expect(await records()).to.have.length(0);
  });

  it('keeps the running sheet while the user visits another section', async () => {
    const view = await renderClinical(await adapterFor('client'));
    const data = await openDataCollection(view);
    const run = await startSheet(data);
    await press(run, 'Correct', 2);
    await openTab(view, 'Programmes');
    await openTab(view, 'Data collection');
    const again = data.shadowRoot!.querySelector('portico-clinical-sheet-run')!;
    expect(visibleText(again.shadowRoot!.querySelector('[part="current-row"]')!)).to.contain('2 trials');
  });

  it('shows loading, empty and error states for the data sheets', async () => {
    const backend = await mockBackend();
    backend.faults.latency(500, 'clinical.listDataSheets');
    const view = await renderClinical(await adapterFor('client'));
    await openTab(view, 'Data collection');
    const data = part<PorticoClinicalDataCollection>(view, 'portico-clinical-data-collection')!;
    const loading = await waitFor(() => data.shadowRoot!.querySelector('portico-state-loading'));
    expect(loading.getAttribute('label')).to.equal('Loading data sheets');
    await expectNoAxeViolations(view);

    const empty = await openDataCollection(await renderClinical(withClinical(await adapterFor('client'), { listDataSheets: async () => [] })));
    expect(visibleText(empty.shadowRoot!.querySelector('portico-state-empty')!)).to.contain('No data sheets to run');

    backend.faults.reset();
    backend.faults.errorRate('clinical.listDataSheets', 1);
    const failing = await renderClinical(await adapterFor('client'));
    const failed = await openDataCollection(failing);
    const error = failed.shadowRoot!.querySelector('portico-state-error')!;
    await expectNoAxeViolations(failing);
    backend.faults.reset();
    await click(error.shadowRoot!, 'Try again');
    await waitFor(() => failed.shadowRoot!.querySelector('.cards'));
  });
});
