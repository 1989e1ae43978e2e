/**
 * What a person typed survives an expired session (#12.3): a form's answers, profile changes
 * and a reply being written are there after `portico-session-expired` → the host signs in
 * again → `portal.resume()`. The idle warning keeps them too; only the sign-out clears them
 * (by design: nothing of a signed-out person stays in the page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { storeFor } from '../../src/store.js';
import type { PorticoAccount } from '../../src/views/account/account.js';
import type { PorticoForms } from '../../src/views/forms/forms.js';
import type { PorticoMessages } from '../../src/views/messages/messages.js';
import { field, sectionRoot, typeInto } from '../helpers/account-harness.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { FormsHarness } from '../helpers/forms-harness.js';
import { MessagesHarness, tolerateResizeObserverLoop, type } from '../helpers/messages-harness.js';
import { PortalHarness, adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';
import { watchRequests } from '../helpers/requests.js';

/** A portal over the mock whose token the test controls, as a host's sign-in would. */
async function portalWithToken(): Promise<{ portal: PortalHarness; endSessionAtBackend: () => void; expire: () => Promise<void>; signInAgain: () => Promise<void> }> {
  const backend = await mockBackend();
  const user = backend.db.data.users.find((u) => u.key === 'client')!;
  let token = user.token;
  const element = await fixture<PorticoPortal>(html`<portico-portal api-base-url=${backend.baseUrl} routing="hash"></portico-portal>`);
  element.getAccessToken = () => token;
  element.requestUpdate();
  const portal = new PortalHarness(element);
  await waitFor(() => portal.root.querySelector('nav a'), { message: 'the shell' });
  element.addEventListener('portico-sign-in-requested', () => {
    token = user.token;
    element.resume();
  });
  const endSessionAtBackend = (): void => {
    user.token = `${user.token}-renewed`;
  };
  return {
    portal,
    endSessionAtBackend,
    /** The backend ends the session; the next request (opening Billing) finds out. */
    expire: async () => {
      endSessionAtBackend();
      await portal.open('Billing');
      await waitFor(() => visibleText(portal.root).includes('Your session has ended'), { message: 'the expired panel' });
    },
    /** The person presses "Sign in again"; the host gets a new token and calls resume(). */
    signInAgain: async () => {
      await portal.click('Sign in again');
      await waitFor(() => !portal.root.querySelector('[part="session-expired"]'), { message: 'the panel to go' });
    },
  };
}

describe('typed text survives an expired session', () => {
  tolerateResizeObserverLoop();
  beforeEach(async () => {
    (await mockBackend()).reset();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a form\'s answers typed while the session expires are there after resume(), and then saved', async function () {
    const backend = await mockBackend();
    const requests = watchRequests();
    const { portal, endSessionAtBackend, signInAgain } = await portalWithToken();
    await portal.open('Forms');
    let forms = new FormsHarness((await portal.settled('portico-forms')) as PorticoForms);
    await forms.open('Intake questionnaire');
    // The session ends while the person types: the form's own save (a pause after typing) finds
    // out, and the expired panel covers the form. Opening the form starts requests of its own;
    // on a busy machine one still in flight found out first, and the panel covered the form
    // before the first key: the session ends once they are answered.
    await requests.idle();
    requests.stop();
    endSessionAtBackend();
    await forms.type('Preferred name', 'Ave');
    await waitFor(() => visibleText(portal.root).includes('Your session has ended'), { message: 'the expired panel' });
    expect(backend.db.data.progress['fa-avery-intake']?.answers.preferredName).not.to.equal('Ave');
    await signInAgain();

    await portal.open('Dashboard');
    await portal.settled('portico-dashboard');
    await portal.open('Forms');
    forms = new FormsHarness((await portal.settled('portico-forms')) as PorticoForms);
    await forms.open('Intake questionnaire');
    expect(forms.control<HTMLInputElement>('Preferred name').value).to.equal('Ave');
    // Saved with the new token: on its own, or with "Save now" where the failed save offers it.
    const saveNow = portal.queryAllByRole('button', { name: 'Save now', within: forms.form })[0];
    if (saveNow) await portal.click(saveNow);
    await waitFor(() => backend.db.data.progress['fa-avery-intake']?.answers.preferredName === 'Ave', { message: 'the answers saved' });
  });

  it('profile changes typed before the expiry are there after resume()', async function () {
    const { portal, expire, signInAgain } = await portalWithToken();
    await portal.open('Account');
    let account = (await portal.settled('portico-account')) as PorticoAccount;
    await typeInto(field(await sectionRoot(account, 'portico-account-profile'), 'Pronouns'), 'they/them');
    await expire();
    await signInAgain();

    await portal.open('Account');
    account = (await portal.settled('portico-account')) as PorticoAccount;
    expect(field(await sectionRoot(account, 'portico-account-profile'), 'Pronouns').value).to.equal('they/them');
  });

  it('the idle warning keeps a reply being written; the idle sign-out then clears it with everything else', async function () {
    const clock = new FakeClock();
    const adapter = await adapterFor('client');
    const drafts = storeFor(adapter).drafts;
    const element = await fixture<PorticoPortal>(
      html`<portico-portal .adapter=${adapter} .idleClock=${clock} idle-timeout="15" idle-channel=${`portico-idle-test-${Math.random()}`} routing="none"></portico-portal>`,
    );
    const portal = new PortalHarness(element);
    await waitFor(() => portal.root.querySelector('nav a'), { message: 'the shell' });
    await portal.open('Messages');
    const messages = new MessagesHarness((await portal.settled('portico-messages')) as PorticoMessages);
    await portal.click(messages.threadButtons()[0]!);
    await messages.openedThread();
    await type((await messages.messageField()), 'Half-written note about Thursday');
    expect(drafts.hasUnsent()).to.equal(true);

    await waitFor(() => clock.pending() === 1, { message: 'the idle timer running' });
    const warning = () => portal.root.querySelector('portico-idle-warning')?.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]');
    clock.advance(13 * 60_000);
    const dialog = await waitFor(warning, { message: 'the idle warning' });
    await portal.click(portal.getByRole('button', { name: 'Stay signed in', within: dialog }));
    await waitFor(() => !warning(), { message: 'the warning to close' });
    expect((await messages.messageField()).value).to.equal('Half-written note about Thursday');
    expect(drafts.hasUnsent()).to.equal(true);

    clock.advance(15 * 60_000);
    await waitFor(() => visibleText(portal.root).includes('You have signed out'), { message: 'the idle sign-out' });
    expect(visibleText(portal.root)).not.to.contain('Half-written');
    await waitFor(() => !drafts.hasUnsent(), { message: 'the draft cleared with the store' });
  });
});
