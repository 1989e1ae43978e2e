import { expect, oneEvent } from '@open-wc/testing';
import type { PortalAdapter, Task } from '@portico/core';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';
import { renderTasks, TasksHarness } from '../helpers/tasks-harness.js';
import type { PorticoTasks } from '../../src/views/tasks/tasks.js';

const dbTask = async (id: string) => (await mockBackend()).db.data.tasks.find((t) => t.id === id)!;

describe('<portico-tasks>', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('lists open and done tasks with due dates, overdue ones in words and with an icon', async () => {
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    expect(tasks.titles('open')).to.include.members(['Complete the intake questionnaire', 'Bring your insurance card to the next visit']);
    expect(tasks.titles('done')).to.deep.equal(['Read the welcome letter']);
    // Most overdue first.
    expect(tasks.titles('open')[0]).to.equal('Bring your insurance card to the next visit');
    const overdue = tasks.task('Bring your insurance card to the next visit');
    expect(overdue.dataset.due).to.equal('overdue');
    expect(visibleText(overdue)).to.match(/Overdue: was due \w+ \d+, \d{4}/);
    expect(overdue.querySelector('.due svg[aria-hidden="true"]')).to.exist;
    expect(visibleText(overdue)).to.contain('The front desk will scan it.');
    const upcoming = tasks.task('Complete the intake questionnaire');
    expect(upcoming.dataset.due).to.equal('upcoming');
    expect(upcoming.querySelector('.due svg')).to.equal(null);
    expect(visibleText(tasks.root)).to.contain('To do (5)');
    await expectNoAxeViolations(tasks.element);
  });

  it('computes "due today" and "overdue" in the user’s time zone', async () => {
    const adapter = await adapterFor('client');
    const fixed: PortalAdapter = {
      ...adapter,
      tasks: {
        update: (input, options) => adapter.tasks.update(input, options),
        list: async () => [{ id: 't1', title: 'Call the office', dueOn: '2026-03-10', status: 'open', completedAt: null, link: null }],
      },
    };
    // 02:00 UTC on 11 March is still 10 March in Chicago (the demo user's zone).
    const tasks = await (await renderTasks(fixed, new Date('2026-03-11T02:00:00Z'))).settled();
    expect(tasks.task('Call the office').dataset.due).to.equal('today');
    expect(visibleText(tasks.task('Call the office'))).to.contain('Due today');
  });

  it('computes "due today" in the session’s time zone when the browser’s zone is on another day', async () => {
    const backend = await mockBackend();
    // 10:30 UTC on 10 March is already 11 March at UTC+14 (Kiritimati) and still 10 March in
    // every other zone, the browser's included.
    const now = new Date('2026-03-10T10:30:00Z');
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: browserZone }).format(now)).to.equal('2026-03-10');
    backend.db.data.users.find((u) => u.key === 'client')!.timeZone = 'Pacific/Kiritimati';
    backend.db.data.organisation.timeZone = 'Pacific/Kiritimati';
    const adapter = await adapterFor('client');
    const fixed: PortalAdapter = {
      ...adapter,
      tasks: {
        update: (input, options) => adapter.tasks.update(input, options),
        list: async () => [
          { id: 't1', title: 'Call the office', dueOn: '2026-03-11', status: 'open', completedAt: null, link: null },
          { id: 't2', title: 'Send the letter', dueOn: '2026-03-10', status: 'open', completedAt: null, link: null },
        ],
      },
    };
    const tasks = await (await renderTasks(fixed, now)).settled();
    expect(tasks.task('Call the office').dataset.due).to.equal('today');
    expect(visibleText(tasks.task('Call the office'))).to.contain('Due today');
    expect(tasks.task('Send the letter').dataset.due).to.equal('overdue');
    expect(visibleText(tasks.task('Send the letter'))).to.contain('Overdue: was due Mar 10, 2026');
  });

  it('marks a task done and undoes it, and the backend agrees each time', async () => {
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    const box = tasks.checkbox('Bring your insurance card to the next visit');
    expect(box.getAttribute('aria-label')).to.equal('Mark “Bring your insurance card to the next visit” done');
    const done = oneEvent(tasks.element, 'portico-task-completed');
    await tasks.check(box);
    const completed = await done;
    expect(completed.detail.taskId).to.equal('task-avery-3');
    // Optimistic: moved at once; focus stays in the open list.
    expect(tasks.titles('done')).to.include('Bring your insurance card to the next visit');
    expect(tasks.root.activeElement?.matches('[part="open-list"] input[type="checkbox"]')).to.equal(true);
    expect((await dbTask('task-avery-3')).status).to.equal('done');
    await waitFor(() => tasks.notice().includes('Marked “Bring your insurance card to the next visit” done.'), { message: 'the notice' });
    const notice = tasks.root.querySelector('[part="notice"]')!;
    expect(notice.getAttribute('aria-live')).to.equal('polite');
    await expectNoAxeViolations(tasks.element);

    await tasks.click(tasks.button(/^Undo: /, notice));
    await waitFor(() => tasks.notice().includes('is back on your to-do list'), { message: 'the undo notice' });
    expect(tasks.titles('open')).to.include('Bring your insurance card to the next visit');
    expect((await dbTask('task-avery-3')).status).to.equal('open');
    expect((await dbTask('task-avery-3')).completedAt).to.equal(null);
    expect(tasks.root.activeElement?.id).to.equal('task-task-avery-3');
  });

  it('rolls back and says so when marking done fails, and Try again succeeds', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('tasks.update', 1, { times: 1 });
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    await tasks.check(tasks.checkbox('Answer the satisfaction survey'));
    await waitFor(() => tasks.root.querySelector('[part="notice"] [role="alert"]'), { message: 'the error' });
    expect(tasks.notice()).to.contain('Could not mark “Answer the satisfaction survey” done.');
    expect(tasks.titles('open')).to.include('Answer the satisfaction survey');
    expect(tasks.checkbox('Answer the satisfaction survey').checked).to.equal(false);
    expect((await dbTask('task-avery-4')).status).to.equal('open');
    await expectNoAxeViolations(tasks.element);
    await tasks.click(tasks.button('Try again', tasks.root.querySelector('[part="notice"]')!));
    await waitFor(() => tasks.notice().includes('Marked “Answer the satisfaction survey” done.'), { message: 'the retry' });
    expect((await dbTask('task-avery-4')).status).to.equal('done');
  });

  it('opens a linked web page in a new tab, safely', async () => {
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    const link = tasks.task('Answer the satisfaction survey').querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://survey.harborlane.example/s/demo');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(visibleText(link)).to.equal('Open the survey (opens in a new tab)');
  });

  it('asks to open the homework in Care & progress', async () => {
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    const requested = oneEvent(tasks.element, 'portico-open-requested');
    await tasks.click(tasks.button('Open the homework', tasks.task('Practise the homework')));
    const event = await requested;
    expect(event.detail).to.deep.equal({ view: 'clinical', item: 'hw-avery-1' });
  });

  it('opens the linked form in the portal', async () => {
    const portal = await renderPortal({ user: 'client' });
    await portal.open('Tasks');
    const tasks = await new TasksHarness((await portal.settled('portico-tasks')) as PorticoTasks).settled();
    await tasks.click(tasks.button('Open the form', tasks.task('Sign the informed consent')));
    const forms = await portal.settled('portico-forms');
    expect(portal.currentLabel()).to.equal('Forms');
    expect((forms as HTMLElement & { item?: string }).item).to.equal('fa-avery-consent');
    const filler = await waitFor(() => forms.shadowRoot!.querySelector('portico-forms-filler'));
    await waitFor(() => filler.shadowRoot!.querySelector('h2')?.textContent?.includes('Informed consent for treatment'), { message: 'the form' });
  });

  it('says what to do when there are no tasks', async () => {
    const adapter = await adapterFor('client');
    const empty: PortalAdapter = { ...adapter, tasks: { update: (input, options) => adapter.tasks.update(input, options), list: async (): Promise<Task[]> => [] } };
    const tasks = await (await renderTasks(empty)).settled();
    const state = tasks.root.querySelector('portico-state-empty')!;
    expect(visibleText(state.shadowRoot!)).to.contain('No tasks');
    await expectNoAxeViolations(tasks.element);
  });

  it('shows a skeleton while loading', async () => {
    (await mockBackend()).faults.latency(800, 'tasks.list');
    const tasks = await renderTasks(await adapterFor('client'));
    // The provider shows the view once the session is there, while the tasks are on their way.
    await waitFor(() => tasks.element.assignedSlot, { message: 'the session' });
    const loading = await waitFor(() => tasks.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
    expect(loading.getAttribute('label')).to.equal('Loading your tasks');
    await expectNoAxeViolations(tasks.element);
  });

  it('shows an error with a Retry that recovers', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('tasks.list', 1);
    const tasks = await renderTasks(await adapterFor('client'));
    const error = await waitFor(() => tasks.root.querySelector('portico-state-error'), { message: 'the error' });
    await expectNoAxeViolations(tasks.element);
    backend.faults.reset();
    await tasks.click(await tasks.findByRole('button', { name: 'Try again', within: error }));
    await waitFor(() => tasks.root.querySelector('ul.tasks'), { message: 'the tasks after retry' });
  });

  it('shows task text as text, never as markup', async () => {
    const adapter = await adapterFor('client');
    const hostile: PortalAdapter = {
      ...adapter,
      tasks: {
        update: (input, options) => adapter.tasks.update(input, options),
        list: async () => [
          { id: 'x', title: '<img src=x onerror="window.__pwned=1">', description: '<b>bold</b>', dueOn: null, status: 'open', completedAt: null, link: { kind: 'url', url: 'javascript:alert(1)', label: 'Click' } },
        ],
      },
    };
    const tasks = await (await renderTasks(hostile)).settled();
    expect(tasks.root.querySelector('img, b')).to.equal(null);
    expect(tasks.root.querySelector('a')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
