import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import { HIDDEN_MEMBER_ID } from '@portico/mock';
import '../../src/provider/provider.js';
import '../../src/views/team/team.js';
import type { PorticoTeam } from '../../src/views/team/team.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { PorticoHarness } from '../helpers/harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

async function renderTeam(adapter: PortalAdapter): Promise<PorticoTeam> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter}><portico-team></portico-team></portico-provider>`);
  return provider.querySelector('portico-team')!;
}

const loaded = (team: PorticoTeam) => waitFor(() => team.shadowRoot!.querySelector('ul.members, portico-state-empty, portico-state-error'), { message: 'the team to settle' });

describe('<portico-team>', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('lists the care team with role, contact links and initials, never the hidden member', async () => {
    const team = await renderTeam(await adapterFor('client'));
    await loaded(team);
    const cards = [...team.shadowRoot!.querySelectorAll('.member')];
    expect(cards.length).to.be.greaterThan(2);
    const riley = cards.find((c) => c.textContent!.includes('Dr. Riley Demo'))!;
    expect(visibleText(riley)).to.contain('Licensed Clinical Psychologist');
    expect(riley.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:riley.demo@harborlane.example');
    expect(riley.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+15550101');
    expect(riley.querySelector('portico-avatar')!.getAttribute('name')).to.equal('Dr. Riley Demo');
    expect(visibleText(team.shadowRoot!)).not.to.contain('Robin Example');
    expect(team.shadowRoot!.innerHTML).not.to.contain(HIDDEN_MEMBER_ID);
    await expectNoAxeViolations(team);
  });

  it('asks to compose a message to a member from their card', async () => {
    const team = await renderTeam(await adapterFor('client'));
    await loaded(team);
    const h = new PorticoHarness(team);
    const button = await h.findByRole('button', { name: 'Message Dr. Riley Demo' });
    expect(button.textContent!.trim()).to.equal('Message');
    const requested = oneEvent(team, 'portico-compose-requested');
    await h.click(button);
    const event = await requested;
    expect(event.detail.memberName).to.equal('Dr. Riley Demo');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('offers no Message action when messaging is switched off', async () => {
    (await mockBackend()).db.data.organisation.features.messaging = false;
    const team = await renderTeam(await adapterFor('client'));
    await loaded(team);
    expect(team.shadowRoot!.querySelectorAll('.member').length).to.be.greaterThan(0);
    expect(team.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('shows a skeleton while loading', async () => {
    (await mockBackend()).faults.latency(800, 'team.list');
    const team = await renderTeam(await adapterFor('client'));
    // The session is there (the intro names the practice) while the team is still on its way.
    await waitFor(() => team.shadowRoot!.querySelector('.intro'), { message: 'the session' });
    const loading = await waitFor(() => team.shadowRoot!.querySelector('portico-state-loading'), { message: 'the skeleton' });
    expect(loading.getAttribute('label')).to.equal('Loading the care team');
    expect(loading.getAttribute('aria-busy') ?? loading.shadowRoot!.querySelector('[aria-busy]')?.getAttribute('aria-busy')).to.equal('true');
    await expectNoAxeViolations(team);
  });

  it('says what to do when there is no team yet', async () => {
    const adapter = await adapterFor('client');
    const empty: PortalAdapter = { ...adapter, team: { list: async () => [] } };
    const team = await renderTeam(empty);
    const state = await waitFor(() => team.shadowRoot!.querySelector('portico-state-empty'));
    expect(visibleText(state.shadowRoot!)).to.contain('No care team yet');
    expect(visibleText(state.shadowRoot!)).to.contain('Contact the practice');
    await expectNoAxeViolations(team);
  });

  it('shows the failure with a Retry that recovers', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('team.list', 1);
    const team = await renderTeam(await adapterFor('client'));
    const error = await waitFor(() => team.shadowRoot!.querySelector('portico-state-error'), { message: 'the error' });
    await expectNoAxeViolations(team);
    backend.faults.reset();
    const h = new PorticoHarness(team);
    const retry = await h.findByRole('button', { name: 'Try again', within: error });
    expect(retry.textContent!.trim()).to.equal('Try again');
    await h.click(retry);
    await waitFor(() => team.shadowRoot!.querySelector('ul.members'), { message: 'the team after retry' });
  });

  it('shows user content as text, never as markup', async () => {
    const adapter = await adapterFor('client');
    const hostile: PortalAdapter = {
      ...adapter,
      team: {
        list: async () => [{ id: 'x', name: '<img src=x onerror="window.__pwned=1">Eve', title: '<b>Boss</b>', photoUrl: null, email: null, phone: null, messageable: false, hidden: false }],
      },
    };
    const team = await renderTeam(hostile);
    await loaded(team);
    expect(team.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    expect(team.shadowRoot!.querySelector('b')).to.equal(null);
    expect(visibleText(team.shadowRoot!)).to.contain('<b>Boss</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
