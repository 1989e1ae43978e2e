/** A task linked to a form completes when the form is submitted, not by hand (#10.6). */
import { expect } from '@open-wc/testing';
import { CLIENT } from '@portico/mock';
import type { PorticoForms } from '../../src/views/forms/forms.js';
import type { PorticoTasks } from '../../src/views/tasks/tasks.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { FormsHarness } from '../helpers/forms-harness.js';
import { TasksHarness, renderTasks } from '../helpers/tasks-harness.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';

const CONSENT_TASK = 'Sign the informed consent';

describe('<portico-tasks> tasks linked to a form', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('has no tick: it says it completes with the form and links to it', async () => {
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    const task = tasks.task(CONSENT_TASK);
    expect(task.querySelector('input[type="checkbox"]')).to.equal(null);
    expect(visibleText(task)).to.contain('Completes when you submit the form.');
    expect(tasks.button('Open the form', task)).to.exist;
    // Other tasks still have their checkbox.
    expect(tasks.checkbox('Bring your insurance card to the next visit')).to.exist;
    await expectNoAxeViolations(tasks.element);
  });

  it('the backend refuses marking it done by hand (409)', async () => {
    const backend = await mockBackend();
    const adapter = await adapterFor('client');
    const task = backend.db.data.tasks.find((t) => t.clientId === CLIENT.avery && t.title === CONSENT_TASK)!;
    const error = await adapter.tasks.update({ clientId: CLIENT.avery, taskId: task.id, body: { status: 'done' } }).then(() => undefined, (e: { kind: string }) => e);
    expect(error?.kind).to.equal('conflict');
    expect(backend.db.data.tasks.find((t) => t.id === task.id)!.status).to.equal('open');
  });

  it('is done once the form is submitted: Tasks → Open the form → sign → submit → back in Tasks, done', async () => {
    const backend = await mockBackend();
    const portal = await renderPortal({ user: 'client' });
    await portal.open('Tasks');
    let tasks = new TasksHarness((await portal.settled('portico-tasks')) as PorticoTasks);
    await tasks.settled();
    await tasks.click(tasks.button('Open the form', tasks.task(CONSENT_TASK)));
    const forms = new FormsHarness((await portal.settled('portico-forms')) as PorticoForms);
    await forms.ready();
    await forms.choose('Do you consent to telehealth sessions?', 'No');
    await forms.type('Type your full name to sign', 'Avery Example');
    await forms.submit();
    await waitFor(() => visibleText(forms.form).includes('is submitted'), { message: 'the submission' });
    const task = backend.db.data.tasks.find((t) => t.clientId === CLIENT.avery && t.title === CONSENT_TASK)!;
    expect(task.status).to.equal('done');

    await portal.open('Tasks');
    tasks = new TasksHarness((await portal.settled('portico-tasks')) as PorticoTasks);
    await waitFor(() => tasks.titles('done').includes(CONSENT_TASK), { message: 'the task done' });
    expect(tasks.task(CONSENT_TASK).querySelector('input[type="checkbox"]')).to.equal(null);
  });
});
