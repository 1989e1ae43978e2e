/**
 * #10.17: a deep link to an item that does not exist (a removed thread, invoice, form or
 * appointment) says so in the view, with a way back to its list — as Files already does —
 * instead of a blank pane, an endless skeleton or a silent list.
 */
import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { mockBackend, renderPortal, visibleText, waitFor, type PortalHarness } from '../helpers/portal-harness.js';

const CASES = [
  { view: 'messages', tag: 'portico-messages', found: 'This conversation could not be found', back: 'Back to conversations' },
  { view: 'billing', tag: 'portico-billing', found: 'This invoice could not be found', back: 'Back to invoices' },
  { view: 'forms', tag: 'portico-forms', found: 'This form could not be found', back: 'All forms' },
  { view: 'schedule', tag: 'portico-schedule', found: 'This appointment could not be found', back: 'All appointments' },
] as const;

/** The visible control (button or link) whose accessible text is `label`, across shadow roots. */
function control(root: Element | ShadowRoot, label: string): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('button, a')) {
    if (el.textContent!.replace(/[←\s]+/g, ' ').trim() === label && el.getClientRects().length > 0) return el;
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = control(el.shadowRoot, label);
      if (found) return found;
    }
  }
  return undefined;
}

describe('unknown item deep links (#10.17)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const { view, tag, found, back } of CASES) {
    it(`#/${view}/<unknown id> says "${found}" and offers "${back}"`, async () => {
      await mockBackend();
      history.replaceState(null, '', `#/${view}/no-such-item-1`);
      const portal: PortalHarness = await renderPortal({ user: 'client', routing: 'hash' });
      const element = await waitFor(() => portal.root.querySelector<HTMLElement>(`.main > ${tag}`), { message: `<${tag}>` });
      await waitFor(() => visibleText(element).includes(found), { message: `"${found}"` });
      expect(portal.root.querySelector('.main > portico-dashboard'), 'the dashboard instead of the view').to.equal(null);
      const way = await waitFor(() => control(element.shadowRoot!, back), { message: `"${back}"` });
      await expectNoAxeViolations(element);
      await portal.click(way);
      await waitFor(() => location.hash === `#/${view}`, { message: 'the URL of the list' });
      await waitFor(() => !visibleText(element).includes(found), { message: 'the list instead of the message' });
    });
  }
});
