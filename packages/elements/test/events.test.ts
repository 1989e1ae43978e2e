// Wrappers are mounted with fixtureSync: fixture() waits a rAF for non-Lit elements, which
// a background tab (two test files run at once) may not deliver.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { emit } from '../src/events.js';

declare global {
  interface HTMLElementEventMap {
    'portico-test-happened': CustomEvent<{ id: string }>;
  }
}

describe('emit()', () => {
  it('dispatches a typed CustomEvent that bubbles out of shadow roots', () => {
    const outer = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    outer.attachShadow({ mode: 'open' }).append(inner);
    let received: CustomEvent<{ id: string }> | undefined;
    outer.addEventListener('portico-test-happened', (e) => (received = e));
    const event = emit(inner, 'portico-test-happened', { id: 'x1' });
    expect(received).to.equal(event);
    expect(received!.detail.id).to.equal('x1');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
  });

  it('lets hosts veto cancelable events', () => {
    const el = fixtureSync(html`<div></div>`);
    el.addEventListener('portico-test-happened', (e) => e.preventDefault());
    expect(emit(el, 'portico-test-happened', { id: 'x' }, { cancelable: true }).defaultPrevented).to.be.true;
  });
});
