import { expect, fixture, html } from '@open-wc/testing';
import { PorticoError } from '@portico/core';
import { getPorticoLocale, resolveLocale, setPorticoLocale } from '../src/i18n/index.js';
import '../src/ui/index.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('i18n', () => {
  after(() => setPorticoLocale('en'));

  it('resolves region tags to a shipped language', () => {
    expect(resolveLocale('es-MX')).to.equal('es');
    expect(resolveLocale('ES')).to.equal('es');
    expect(resolveLocale('fr-CA')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
  });

  it('switches rendered primitives to Spanish without remounting, placeholders included', async () => {
    const error = new PorticoError({ kind: 'network', operation: 'team.list' });
    const el = await fixture(html`<portico-state-error .error=${error}></portico-state-error>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(shadowText(el)).to.contain('Try again');

    expect(await setPorticoLocale('es-MX')).to.equal('es');
    expect(getPorticoLocale()).to.equal('es');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el)).to.contain('No se pudo conectar con el consultorio').and.contain('Referencia: team.list');
    expect(el.shadowRoot!.querySelector('button')).to.equal(button);
    expect(button.textContent!.trim()).to.equal('Reintentar');

    const loading = await fixture(html`<portico-state-loading></portico-state-loading>`);
    expect(shadowText(loading)).to.equal('Cargando…');
  });
});
