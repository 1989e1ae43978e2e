/**
 * #10.16: "the first Submit click misses". Pressing Submit blurs the field the person was in;
 * if that blur shows an error above the button, the button moves down before the release,
 * the release lands beside it, and no click reaches Submit. The rule for every form: what a
 * blur reveals waits until the press is over (ui/press-guard.ts). Real pointer input, with
 * the press and the release apart, at the same place on the screen.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { field, renderAccount, sectionRoot, typeInto } from '../helpers/account-harness.js';
import { deepActiveElement, getByRole } from '../helpers/harness.js';
import { renderForms } from '../helpers/forms-harness.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

/** Presses the mouse on `button`'s centre, lets the page react, then releases it there. */
async function pressAndRelease(button: HTMLElement, whilePressed: () => Promise<unknown>): Promise<void> {
  // Without scrolling, as on a tall screen: a scrolled page's scroll anchoring can hide the shift.
  window.scrollTo(0, 0);
  const box = button.getBoundingClientRect();
  const position: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
  try {
    await whilePressed();
    // Nothing the press caused may move the button from under the pointer.
    expect(button.getBoundingClientRect().top, 'the button moved while pressed').to.equal(box.top);
  } finally {
    await sendMouse({ type: 'up' });
  }
}

describe('the first Submit click lands although a blur error appears (#10.16)', () => {
  beforeEach(async () => (await mockBackend()).reset());
  beforeEach(async () => setViewport({ width: 1000, height: 4000 }));
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    await setViewport({ width: 800, height: 600 });
  });

  it('a form: pressing Submit after a badly formatted answer submits (the summary shows)', async () => {
    const forms = await (await renderForms(await adapterFor('client'))).open('Intake questionnaire');
    await forms.type('Mobile phone', 'call me');
    const submit = forms.button('Submit form');
    await pressAndRelease(submit, async () => {
      await waitFor(() => forms.form.activeElement === submit, { message: 'Submit focused by the press' });
      await forms.filler.updateComplete;
    });
    await waitFor(() => forms.form.querySelector('[part="error-summary"]'), { message: 'the submit (its error summary)' });
    expect(forms.form.querySelector('[part="error-summary"] h3')!.textContent).to.match(/There (is a problem|are problems)/);
  });

  it('change password: pressing the button after a mismatched confirmation submits it', async () => {
    const account = await renderAccount(await adapterFor('client'), 'password');
    const change = await waitFor(() => account.shadowRoot!.querySelector('portico-change-password'));
    const root = await sectionRoot(account, 'portico-change-password');
    await typeInto(field(root, 'Current password'), 'whatever-it-is');
    await typeInto(field(root, 'New password'), 'Harbor-Lane-42');
    field(root, 'Confirm new password').focus();
    await sendKeys({ type: 'Harbor' });
    const submit = getByRole<HTMLButtonElement>(root, 'button', { name: 'Change password' });
    await pressAndRelease(submit, async () => {
      await waitFor(() => root.activeElement === submit, { message: 'the button focused by the press' });
      await change.updateComplete;
    });
    // The submit ran: focus moved to the first problem, the confirmation.
    await waitFor(() => deepActiveElement() === field(root, 'Confirm new password'), { message: 'the submit (focus on the problem)' });
  });
});
