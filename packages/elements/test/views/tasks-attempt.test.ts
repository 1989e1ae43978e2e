/**
 * Issue #11: a task's status change carries core's `Attempt` (one per task): a lost answer then
 * "Try again" or a second tick sends the same Idempotency-Key, so the backend stores it once; a
 * refusal or the other status is a new attempt with a new key.
 */
import { expect } from '@open-wc/testing';
import { renderTasks } from '../helpers/tasks-harness.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';
import { watchWriteKeys, type KeyWatch } from '../helpers/write-keys.js';

const TITLE = 'Answer the satisfaction survey';
const TASK = 'task-avery-4';

describe('<portico-tasks> write attempts', () => {
  let watch: KeyWatch | undefined;
  beforeEach(async () => (await mockBackend()).reset());
  afterEach(() => watch?.stop());

  it('ticking the box again after a lost answer sends the same key: stored once', async () => {
    const backend = await mockBackend();
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    watch = watchWriteKeys(new RegExp(`/tasks/${TASK}$`));
    // The backend marks it done, but its answer is lost on the way back: the view rolls back.
    backend.faults.dropResponse('tasks.update', { times: 1 });
    await tasks.check(tasks.checkbox(TITLE));
    await tasks.findByRole('alert');
    await tasks.waitForText(`Could not mark “${TITLE}” done.`);
    expect(tasks.titles('open')).to.include(TITLE);
    // The person ticks it again (not "Try again"): the same intent, so the same key.
    await tasks.check(tasks.checkbox(TITLE));
    await tasks.waitForText(`Marked “${TITLE}” done.`);
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).to.equal(watch.keys[0]);
    // Undo is another intent: a new key.
    await tasks.click(await tasks.findByRole('button', { name: `Undo: mark “${TITLE}” not done` }));
    await tasks.waitForText('is back on your to-do list');
    expect(watch.keys).to.have.length(3);
    expect(watch.keys[2]).not.to.equal(watch.keys[0]);
    expect(backend.db.data.tasks.find((t) => t.id === TASK)!.status).to.equal('open');
  });

  it('"Try again" after a refusal is a new attempt with a new key', async () => {
    const backend = await mockBackend();
    const tasks = await (await renderTasks(await adapterFor('client'))).settled();
    watch = watchWriteKeys(new RegExp(`/tasks/${TASK}$`));
    backend.faults.errorRate('tasks.update', 1, { status: 409, times: 1 });
    await tasks.check(tasks.checkbox(TITLE));
    await tasks.waitForText(`Could not mark “${TITLE}” done.`);
    await tasks.click(await tasks.findByRole('button', { name: 'Try again' }));
    await tasks.waitForText(`Marked “${TITLE}” done.`);
    expect(watch.keys).to.have.length(2);
    expect(watch.keys[1]).not.to.equal(watch.keys[0]);
    await waitFor(() => backend.db.data.tasks.find((t) => t.id === TASK)!.status === 'done', { message: 'stored done' });
  });
});
