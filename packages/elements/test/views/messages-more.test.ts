import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { renderMessages } from '../helpers/messages-harness.js';
import { adapterFor, mockBackend } from '../helpers/portal-harness.js';

const EXTRA = 52;

/** Adds `EXTRA` old conversations for Avery (one message each, the oldest one unread), so the list has a second page. */
async function seedOldThreads(): Promise<void> {
  const { db } = await mockBackend();
  const data = db.data;
  const model = data.threads.find((t) => t.id === 'th-avery-schedule')!;
  const { clientId } = model;
  const member = model.memberIds[0]!;
  for (let i = 0; i < EXTRA; i++) {
    const id = `th-old-${String(i).padStart(2, '0')}`;
    data.threads.push({ id, clientId, subject: `Old conversation ${i}`, memberIds: [member] });
    data.messages[id] = [
      {
        id: `${id}-m1`,
        threadId: id,
        sender: { id: member, kind: 'team', name: 'Harbor Lane care team' },
        text: `An old note ${i}`,
        sentAt: new Date(Date.UTC(2020, 0, 1 + EXTRA - i)).toISOString(),
        attachments: [],
        read: i !== EXTRA - 1,
      },
    ];
  }
}

describe('<portico-messages> "Show more conversations" (the kit\'s one "show more")', () => {
  beforeEach(async () => {
    await (await mockBackend()).reset();
    await seedOldThreads();
  });

  it('shows the next page of threads, moves focus to the first new one, announces how many, and a thread opened from it drops its unread count', async () => {
    const h = await renderMessages(await adapterFor('client'));
    await h.settled();
    await h.waitFor(() => h.threadButtons().length === 50, { message: 'the first page of 50 threads' });
    const more = await h.findByRole('button', { name: 'Show more conversations' });
    await h.click(more);
    await h.waitFor(() => h.threadButtons().length > 50, { message: 'the next page' });
    const buttons = h.threadButtons();
    const added = buttons.length - 50;
    expect(added).to.be.greaterThan(0);
    // Focus is on the first thread that was added; the count is said once, politely.
    await h.waitFor(() => h.focused() === buttons[50], { message: 'focus on the first new thread' });
    await h.waitForText(`${added} more shown`);
    // Every thread is there once, and the list ends (no more button).
    expect(new Set(buttons.map((b) => b.dataset.threadId)).size).to.equal(buttons.length);
    expect(h.queryAllByRole('button', { name: 'Show more conversations' })).to.have.length(0);
    await expectNoAxeViolations(h.element);

    // The oldest conversation (from the second page) is unread; opening it drops its count at once.
    const oldest = h.threadButton(`Old conversation ${EXTRA - 1}`);
    expect(h.text(oldest)).to.contain('1 unread');
    await h.click(oldest);
    await h.openedThread();
    await h.waitFor(() => !h.text(h.threadButton(`Old conversation ${EXTRA - 1}`)).includes('unread'), { message: 'the unread count to drop' });
  });
});
