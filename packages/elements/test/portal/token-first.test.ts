/**
 * The token provider may arrive after the element is in the page (a React effect, a later
 * module script), and still no request goes out without it: every request the portal sends
 * carries the bearer token, and none is refused with 401.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { PRACTICE_NAME } from '@portico/mock';
import type { PorticoPortal } from '../../src/portal/portal.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { PortalHarness, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

interface Sent {
  url: string;
  authorization: string | null;
  status: number | undefined;
}

/** Notes every request to the mock (through the page's real fetch) without changing it. */
function recordRequests(baseUrl: string): { sent: Sent[]; restore: () => void } {
  const sent: Sent[] = [];
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    if (!path.startsWith(baseUrl)) return original(input, init);
    const entry: Sent = { url: path, authorization: request.headers.get('Authorization'), status: undefined };
    sent.push(entry);
    const response = await original(request);
    entry.status = response.status;
    return response;
  };
  return { sent, restore: () => (window.fetch = original) };
}

describe('<portico-portal> token provider given after the element', () => {
  let recorder: ReturnType<typeof recordRequests> | undefined;

  beforeEach(async () => {
    (await mockBackend()).reset();
    history.replaceState(null, '', location.pathname + location.search);
  });

  afterEach(() => {
    recorder?.restore();
    recorder = undefined;
  });

  it('sends no request before getAccessToken is set, then loads the portal with the token on every request', async () => {
    const backend = await mockBackend();
    recorder = recordRequests(backend.baseUrl);
    const token = backend.tokenFor('client');
    // As a React effect does: the element is in the page and has rendered before the host's code runs.
    const el = await fixture<PorticoPortal>(html`<portico-portal api-base-url=${backend.baseUrl} routing="none"></portico-portal>`);
    await el.updateComplete;
    // Give a request that should not be made the frames it would need to leave.
    for (let frame = 0; frame < 10 && recorder.sent.length === 0; frame++) await nextFrame();
    expect(recorder.sent.map((r) => r.url), 'requests before the token provider was set').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('portico-state-loading'), 'the loading panel while waiting').to.exist;
    await expectNoAxeViolations(el);

    el.getAccessToken = () => token;
    const portal = new PortalHarness(el);
    await waitFor(() => portal.currentLabel() === 'Dashboard', { message: 'the menu with Dashboard current' });
    await portal.settled('portico-dashboard');
    expect(visibleText(portal.root.querySelector('header')!)).to.contain(PRACTICE_NAME);

    expect(recorder.sent.length).to.be.greaterThan(0);
    const unauthenticated = recorder.sent.filter((r) => r.authorization !== `Bearer ${token}`).map((r) => r.url);
    expect(unauthenticated, 'requests without the bearer token').to.deep.equal([]);
    expect(recorder.sent.filter((r) => r.status === 401).map((r) => r.url), 'requests refused with 401').to.deep.equal([]);
  });
});
