import { expect } from '@open-wc/testing';
import { LONG_THREAD_ID, LONG_THREAD_SIZE } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { renderMessages, tolerateResizeObserverLoop } from '../helpers/messages-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { settledValue } from '../helpers/requests.js';

/** Whether a row is (at least partly) inside the scrolling log's viewport. */
function inView(row: HTMLElement | undefined, log: HTMLElement): boolean {
  if (!row) return false;
  const box = log.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  return r.height > 0 && r.bottom > box.top && r.top < box.bottom;
}

describe('<portico-messages> long history (MSG-3)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  tolerateResizeObserverLoop();

  it('opens a 2,000-message thread at the newest, loads older pages on scrolling up, and keeps the DOM bounded', async () => {
    const backend = await mockBackend();
    const all = backend.db.data.messages[LONG_THREAD_ID]!;
    expect(all.length).to.equal(LONG_THREAD_SIZE);
    const h = await renderMessages(await adapterFor('client'), { item: LONG_THREAD_ID });
    const thread = await h.openedThread();
    const log = h.log(thread);
    expect(log.getAttribute('role')).to.equal('list');
    expect(log.getAttribute('aria-label')).to.equal('Messages, oldest first');
    const row = (id: string) => h.rows().find((r) => r.dataset.id === id);

    // Opens at the newest message, in view at the bottom of the log.
    await waitFor(() => inView(row(all.at(-1)!.id), log), { message: 'the newest message in view' });
    await expectNoAxeViolations(h.element);

    // Scrolled to the top, the log loads the page before; the message that was at the top
    // stays in view (no jump), and the DOM keeps a bounded number of rows.
    for (let page = 2; page <= 5; page++) {
      const oldestBefore = all[LONG_THREAD_SIZE - (page - 1) * 50]!;
      // The person scrolls to the very top, where the oldest message loaded so far is.
      log.scrollTop = 0;
      // The page before is prepended above it, and it stays in view instead of jumping away.
      await waitFor(() => log.scrollTop > log.clientHeight && inView(row(oldestBefore.id), log), { message: `page ${page} loaded above ${oldestBefore.id}` });
      expect(h.rows().length).to.be.lessThan(100);
      // Let the log settle before scrolling again, as a person reading would: loaded, and still.
      await waitFor(() => !visibleText(thread.shadowRoot!.querySelector('.older')!).includes('Loading'), { message: 'the older page loaded' });
      await settledValue(() => `${log.scrollTop}:${h.rows().length}`, 'the log to stop moving');
    }
    // Everything loaded so far is reachable: the top now holds the oldest of page 5.
    await waitFor(() => row(all[LONG_THREAD_SIZE - 5 * 50]!.id) || ((log.scrollTop = 0), null), { message: 'the oldest loaded message' });
    expect(h.rows().length).to.be.lessThan(100);
    expect(thread.shadowRoot!.querySelectorAll('[role="listitem"]').length).to.be.lessThan(100);
    await expectNoAxeViolations(h.element);
  });
});
