import { expect } from '@open-wc/testing';
import type { ClinicalSession } from '@portico/core';
import type { PorticoClinicalCarePlan } from '../../src/views/clinical/clinical-care-plan.js';
import type { PorticoClinicalHomework } from '../../src/views/clinical/clinical-homework.js';
import type { PorticoClinicalProgrammes } from '../../src/views/clinical/clinical-programmes.js';
import type { PorticoClinicalSessions } from '../../src/views/clinical/clinical-sessions.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { button, click, ClinicalHarness, openTab, part, recordCalls, renderClinical, tabs, withClinical } from '../helpers/clinical-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { watchRequests } from '../helpers/requests.js';
import { watchWriteKeys } from '../helpers/write-keys.js';

const settled = (el: HTMLElement, selector: string) =>
  waitFor(() => el.shadowRoot?.querySelector(selector), { message: `${el.localName} ${selector}` });

describe('<portico-clinical> sessions & homework (CLIN-1)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('shows past sessions with only the shared summary, in pages', async () => {
    const backend = await mockBackend();
    const base = await adapterFor('client');
    // A backend that leaks the full note: the view still shows only `sharedSummary`.
    const leaky = withClinical(base, {
      listSessions: async (input, options) => {
        const page = await base.clinical.listSessions(input, options);
        return { ...page, items: page.items.map((s) => ({ ...s, clinicalNote: 'SECRET clinical note' }) as ClinicalSession) };
      },
    });
    const view = await renderClinical(leaky);
    expect(tabs(view)).to.deep.equal(['Sessions & homework', 'Programmes', 'Data collection', 'Care plan']);
    const sessions = part<PorticoClinicalSessions>(view, 'portico-clinical-sessions')!;
    await settled(sessions, 'li[part="session"]');
    const cards = [...sessions.shadowRoot!.querySelectorAll<HTMLElement>('li[part="session"]')];
    expect(cards.length).to.equal(10);
    const db = backend.db.data.sessions.filter((s) => s.clientId === 'cl-avery');
    for (const card of cards) {
      const row = db.find((s) => s.id === card.dataset.session)!;
      const summary = card.querySelector('.summary')!.textContent!.trim();
      expect(summary).to.equal(row.sharedSummary ?? 'No notes shared for this session');
      expect(visibleText(card)).to.contain(row.providerName).and.contain(row.serviceName);
    }
    expect(cards.some((c) => c.textContent!.includes('No notes shared for this session'))).to.equal(true);
    expect(visibleText(view.shadowRoot!)).not.to.contain('SECRET');
    await expectNoAxeViolations(view);

    await click(sessions.shadowRoot!, 'Show older sessions');
    await waitFor(() => sessions.shadowRoot!.querySelectorAll('li[part="session"]').length === db.length, { message: 'older sessions' });
    expect(sessions.shadowRoot!.activeElement?.getAttribute('data-session')).to.equal(db.sort((a, b) => b.date.localeCompare(a.date))[10]!.id);
    expect(sessions.shadowRoot!.querySelector('[part="more-button"]')).to.equal(null);
  });

  it('shows dates in the user\'s time zone', async () => {
    const backend = await mockBackend();
    const first = backend.db.data.sessions.filter((s) => s.clientId === 'cl-avery').sort((a, b) => b.date.localeCompare(a.date))[0]!;
    const timeZone = backend.db.data.users.find((u) => u.key === 'client')!.timeZone;
    const view = await renderClinical(await adapterFor('client'));
    const sessions = part<PorticoClinicalSessions>(view, 'portico-clinical-sessions')!;
    const card = await settled(sessions, `li[data-session="${first.id}"]`);
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(first.date));
    expect(card.querySelector('time')!.textContent).to.equal(expected);
  });

  it('marks homework done and undoes it, stored by the practice', async () => {
    const backend = await mockBackend();
    const view = await renderClinical(await adapterFor('client'));
    const homework = part<PorticoClinicalHomework>(view, 'portico-clinical-homework')!;
    const item = await settled(homework, 'li[data-homework="hw-avery-1"]');
    expect(visibleText(item)).to.contain('Daily mood log').and.contain('Spend ten minutes a day').and.contain('Due ');
    await expectNoAxeViolations(view);
    await click(item, 'Mark done');
    await waitFor(() => backend.db.data.homework.find((h) => h.id === 'hw-avery-1')!.status === 'done', { message: 'stored as done' });
    await waitFor(() => item.querySelector('[part="toggle-button"]')!.textContent!.trim() === 'Mark not done' && item.querySelector('[aria-busy="false"]'));
    expect(visibleText(item)).to.contain('Completed');
    await click(item, 'Mark not done');
    await waitFor(() => backend.db.data.homework.find((h) => h.id === 'hw-avery-1')!.status === 'assigned', { message: 'stored as assigned' });
    await waitFor(() => item.querySelector('[part="toggle-button"]')!.textContent!.trim() === 'Mark done');
  });

  it('keeps the homework as it was and says why when the change fails', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('clinical.updateHomework', 1, { times: 1 });
    const view = await renderClinical(await adapterFor('client'));
    const homework = part<PorticoClinicalHomework>(view, 'portico-clinical-homework')!;
    const item = await settled(homework, 'li[data-homework="hw-avery-1"]');
    await click(item, 'Mark done');
    const error = await waitFor(() => item.querySelector('[role="alert"]'));
    expect(error.textContent).to.contain('Could not mark it done');
    expect(item.querySelector('[part="toggle-button"]')!.textContent!.trim()).to.equal('Mark done');
    // The rolled-back button changes colour with a short transition; check contrast once it ends.
    const toggle = item.querySelector<HTMLElement>('[part="toggle-button"]')!;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all(toggle.getAnimations().map((a) => a.finished));
    await expectNoAxeViolations(view);
    await click(item, 'Mark done');
    await waitFor(() => backend.db.data.homework.find((h) => h.id === 'hw-avery-1')!.status === 'done');
  });

  it('retries a lost answer with the same Idempotency-Key, stored once; a new key after the practice refused (one Attempt per homework)', async () => {
    const backend = await mockBackend();
    const watch = watchWriteKeys(/\/homework\/hw-avery-1$/);
    const { keys } = watch;
    try {
      const view = await renderClinical(await adapterFor('client'));
      const homework = part<PorticoClinicalHomework>(view, 'portico-clinical-homework')!;
      const item = await settled(homework, 'li[data-homework="hw-avery-1"]');
      const stored = () => backend.db.data.homework.find((h) => h.id === 'hw-avery-1')!.status;
      // Answered: `n` writes sent and the button no longer busy.
      const answered = (n: number) => waitFor(() => keys.length === n && item.querySelector('[part="toggle-button"][aria-busy="false"]'), { message: `answer ${n}` });

      // The practice stores "done" but its answer is lost: the person presses Mark done again.
      backend.faults.dropResponse('clinical.updateHomework', { times: 1 });
      await click(item, 'Mark done');
      await answered(1);
      await waitFor(() => item.querySelector('[role="alert"]'), { message: 'the lost answer reported' });
      expect(stored()).to.equal('done');
      await click(item, 'Mark done');
      await answered(2);
      expect(item.querySelector('[part="toggle-button"]')!.textContent!.trim()).to.equal('Mark not done');
      expect(item.querySelector('[role="alert"]')).to.equal(null);
      expect(keys).to.have.length(2);
      expect(keys[1], 'the retry of the same intent reuses its key').to.equal(keys[0]);
      expect(backend.db.idempotency.size, 'stored once').to.equal(1);

      // The practice refuses "not done" (a conflict): nothing was stored, so the next press is a new attempt.
      backend.faults.errorRate('clinical.updateHomework', 1, { status: 409, times: 1 });
      await click(item, 'Mark not done');
      await answered(3);
      await waitFor(() => item.querySelector('[role="alert"]'), { message: 'the refusal reported' });
      expect(stored()).to.equal('done');
      await click(item, 'Mark not done');
      await answered(4);
      await waitFor(() => stored() === 'assigned', { message: 'stored as assigned' });
      expect(keys).to.have.length(4);
      expect(keys[2], 'a new intent, a new key').not.to.equal(keys[1]);
      expect(keys[3], 'after a refusal, a new key').not.to.equal(keys[2]);
    } finally {
      watch.stop();
    }
  });

  it('focuses the homework named by the deep link', async () => {
    const view = await renderClinical(await adapterFor('client'), { item: 'hw-avery-3' });
    const homework = part<PorticoClinicalHomework>(view, 'portico-clinical-homework')!;
    await waitFor(() => homework.shadowRoot!.activeElement?.getAttribute('data-homework') === 'hw-avery-3', { message: 'the homework focused' });
  });

  it('shows loading, empty and error states', async () => {
    const backend = await mockBackend();
    backend.faults.latency(600, 'clinical.listSessions');
    const base = await adapterFor('client');
    const noHomework = withClinical(base, { listHomework: async () => [] });
    const view = await renderClinical(noHomework);
    const sessions = part<PorticoClinicalSessions>(view, 'portico-clinical-sessions')!;
    const loading = await settled(sessions, 'portico-state-loading');
    expect(loading.getAttribute('label')).to.equal('Loading past sessions');
    const homework = part<PorticoClinicalHomework>(view, 'portico-clinical-homework')!;
    const empty = await settled(homework, 'portico-state-empty');
    expect(visibleText(empty)).to.contain('No homework assigned');
    await expectNoAxeViolations(view);

    backend.faults.reset();
    backend.faults.errorRate('clinical.listSessions', 1);
    const failing = await renderClinical(await adapterFor('client'));
    const failed = part<PorticoClinicalSessions>(failing, 'portico-clinical-sessions')!;
    const error = await settled(failed, 'portico-state-error');
    await expectNoAxeViolations(failing);
    backend.faults.reset();
    await click(error.shadowRoot!, 'Try again');
    await settled(failed, 'li[part="session"]');
  });
});

describe('<portico-clinical> learning programmes (CLIN-2)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('opens programme → target → steps with progress and a data table', async () => {
    const backend = await mockBackend();
    const view = await renderClinical(await adapterFor('guardian'));
    await openTab(view, 'Programmes');
    const programmes = part<PorticoClinicalProgrammes>(view, 'portico-clinical-programmes')!;
    const h = new ClinicalHarness(view);
    const card = await settled(programmes, 'li[part="programme"]');
    const toggle = button(card, /^Functional communication/)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visibleText(toggle)).to.contain('Functional communication').and.contain('1 of 3 targets mastered');
    const region = programmes.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(region.hidden).to.equal(true);
    await h.click(toggle);
    await programmes.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.equal(false);
    const target = region.querySelector<HTMLElement>('li[data-target="tgt-milo-1"]')!;
    expect(visibleText(target)).to.contain('Requests preferred items').and.contain('In progress');
    expect(visibleText(region)).to.contain('Mastered').and.contain('Baseline');
    await h.click(button(target, /^Requests preferred items/)!);
    await programmes.updateComplete;
    expect(visibleText(target)).to.contain('80% correct across 3 consecutive sessions');
    const steps = [...target.querySelectorAll('[part="steps"] li')].map((li) => visibleText(li));
    expect(steps).to.deep.equal(['Full prompt Mastered', 'Partial prompt In progress', 'Independent Not started']);

    const progress = target.querySelector('portico-clinical-progress')!;
    await progress.updateComplete;
    const chart = progress.shadowRoot!.querySelector('svg[role="img"]')!;
    const data = backend.db.data.programmes.find((p) => p.id === 'prog-milo-comm')!.targets[0]!.progress;
    expect(chart.getAttribute('aria-label')).to.contain(`${data[0]!.percentCorrect}% correct`).and.contain(`${data.at(-1)!.percentCorrect}%`).and.contain('10 sessions');
    expect(progress.shadowRoot!.querySelectorAll('circle').length).to.equal(10);
    const showTable = button(progress.shadowRoot!, 'Show data table')!;
    expect(showTable.getAttribute('aria-expanded')).to.equal('false');
    await h.click(showTable);
    await progress.updateComplete;
    const rows = [...progress.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(10);
    expect(rows.at(-1)!.textContent).to.contain(`${data.at(-1)!.percentCorrect}%`);
    expect(showTable.getAttribute('aria-expanded')).to.equal('true');
    await expectNoAxeViolations(view);
  });

  it('says what to do when there are no programmes, and recovers from an error', async () => {
    const base = await adapterFor('client');
    const view = await renderClinical(withClinical(base, { listProgrammes: async () => [] }));
    await openTab(view, 'Programmes');
    const empty = await settled(part(view, 'portico-clinical-programmes')!, 'portico-state-empty');
    expect(visibleText(empty)).to.contain('No learning programmes yet');
    await expectNoAxeViolations(view);

    const backend = await mockBackend();
    backend.faults.errorRate('clinical.listProgrammes', 1);
    const failing = await renderClinical(await adapterFor('client'));
    await openTab(failing, 'Programmes');
    const programmes = part<PorticoClinicalProgrammes>(failing, 'portico-clinical-programmes')!;
    const error = await settled(programmes, 'portico-state-error');
    await expectNoAxeViolations(failing);
    backend.faults.reset();
    await click(error.shadowRoot!, 'Try again');
    await settled(programmes, 'li[part="programme"]');
  });

  it('moves between sections with the arrow keys', async () => {
    const view = await renderClinical(await adapterFor('client'));
    const h = new ClinicalHarness(view);
    await h.click(h.queryAllByRole('tab')[0]!);
    await h.press('ArrowRight');
    await waitFor(() => view.shadowRoot!.activeElement?.textContent?.trim() === 'Programmes');
    expect(view.shadowRoot!.querySelector('#panel-programmes')!.hasAttribute('hidden')).to.equal(false);
    expect(view.shadowRoot!.querySelector('#panel-sessions')!.hasAttribute('hidden')).to.equal(true);
  });
});

describe('<portico-clinical> care plan (CLIN-4)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('shows the care plan to the client', async () => {
    const view = await renderClinical(await adapterFor('client'));
    await openTab(view, 'Care plan');
    const plan = part<PorticoClinicalCarePlan>(view, 'portico-clinical-care-plan')!;
    const article = await settled(plan, '[part="plan"]');
    const text = visibleText(article);
    expect(text).to.contain('Individual care plan').and.contain('Effective from').and.contain('Next review');
    expect(text).to.contain('Use a coping strategy in four of five difficult moments.').and.contain('Self-report log').and.contain('Current').and.contain('Met').and.contain('Discontinued');
    expect([...article.querySelectorAll('tbody tr')].map((r) => visibleText(r))).to.deep.equal([
      'Individual therapy Weekly Dr. Riley Demo',
      'Telehealth therapy Twice a month Morgan Mockwell',
    ]);
    await expectNoAxeViolations(view);
  });

  it('shows the care plan to a guardian, with loading and error states', async () => {
    const backend = await mockBackend();
    backend.faults.latency(500, 'clinical.getCarePlan');
    const view = await renderClinical(await adapterFor('guardian'));
    await openTab(view, 'Care plan');
    const plan = part<PorticoClinicalCarePlan>(view, 'portico-clinical-care-plan')!;
    await settled(plan, 'portico-state-loading');
    await expectNoAxeViolations(view);
    expect(visibleText(await settled(plan, '[part="plan"]'))).to.contain('Behavioural service plan');

    backend.faults.reset();
    backend.faults.errorRate('clinical.getCarePlan', 1);
    const failing = await renderClinical(await adapterFor('guardian'));
    await openTab(failing, 'Care plan');
    const failed = part<PorticoClinicalCarePlan>(failing, 'portico-clinical-care-plan')!;
    const error = await settled(failed, 'portico-state-error');
    expect(visibleText(error)).to.contain('Could not load the care plan');
    await expectNoAxeViolations(failing);
    backend.faults.reset();
    await click(error.shadowRoot!, 'Try again');
    await settled(failed, '[part="plan"]');
  });

  it('is absent for a payer, with no clinical request at all', async () => {
    const { adapter, calls } = recordCalls(await adapterFor('payer'));
    const requests = watchRequests();
    const view = await renderClinical(adapter);
    const empty = await settled(view, 'portico-state-empty');
    expect(visibleText(empty)).to.contain('Not available for this client');
    expect(tabs(view)).to.deep.equal([]);
    // Every request the view started is answered before the absence is checked.
    await requests.idle();
    requests.stop();
    expect(calls.filter((c) => c.startsWith('clinical.'))).to.deep.equal([]);
    expect(view.shadowRoot!.querySelector('portico-clinical-care-plan')).to.equal(null);
    await expectNoAxeViolations(view);
  });

  it('is absent for a contact without care-plan access, and never requested', async () => {
    const backend = await mockBackend();
    backend.db.data.users.find((u) => u.key === 'guardian')!.links.forEach((link) => (link.relationship = 'contact'));
    const { adapter, calls } = recordCalls(await adapterFor('guardian'));
    const view = await renderClinical(adapter);
    await waitFor(() => tabs(view).length > 0, { message: 'the tabs' });
    expect(tabs(view)).to.deep.equal(['Sessions & homework', 'Programmes', 'Data collection']);
    await openTab(view, 'Programmes');
    await openTab(view, 'Data collection');
    await settled(part(view, 'portico-clinical-data-collection')!, '.cards');
    expect(calls).to.include('clinical.listSessions');
    expect(calls).not.to.include('clinical.getCarePlan');
    expect(view.shadowRoot!.querySelector('portico-clinical-care-plan')).to.equal(null);
    await expectNoAxeViolations(view);
  });
});
