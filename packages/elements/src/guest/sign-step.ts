/**
 * Signing the link's form: what the signature agrees to, then a typed signature that must be the
 * signer's name as the practice has it. The forms view's signature pieces render it and check it.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate, isPorticoError, type GuestItem, type GuestSigned } from '@portico/core';
import { SIGNATURE_NAME, renderSignature, signatureErrors, type SignatureDraft, type SignatureHost, type SignatureSpec } from '../views/forms/form-signature.js';
import { Attempt } from '@portico/core';
import { describeError } from '../ui/error-text.js';
import type { GuestStep, GuestStepHost } from './step.js';

type SignItem = Extract<GuestItem, { action: 'sign' }>;

export class GuestSignStep implements GuestStep<SignItem> {
  private draft: SignatureDraft = { mode: 'typed', name: '', image: null };
  private error = '';
  private failure = '';
  private busy = false;
  private signed: GuestSigned | undefined;
  private readonly attempt = new Attempt();

  constructor(private readonly host: GuestStepHost) {}

  reset(): void {
    this.draft = { mode: 'typed', name: '', image: null };
    this.error = '';
    this.failure = '';
    this.signed = undefined;
    this.attempt.reset();
  }

  render({ form }: SignItem) {
    const spec: SignatureSpec = { statement: form.statement, allowTyped: true, allowDrawn: false };
    const signatureHost: SignatureHost = {
      signature: this.draft,
      errorFor: (path) => (path === SIGNATURE_NAME && this.error ? this.error : undefined),
      setSignature: (change) => {
        this.draft = { ...this.draft, ...change };
        this.error = '';
        this.host.requestUpdate();
      },
      blurred: () => undefined,
      today: formatDate(new Date(), this.host.formatting, 'long'),
    };
    return this.host.page(msg(str`Sign: ${form.title}`), html`
      <form part="sign-form" novalidate @submit=${(e: Event) => void this.sign(e, form, spec)}>
        <p>${msg(str`Sign as ${form.signerName}.`)}</p>
        ${renderSignature(spec, signatureHost)}
        <div role="alert">${this.failure ? html`<p class="notice" data-tone="danger">${this.failure}</p>` : nothing}</div>
        <div class="actions">
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Sign the form')}</button>
        </div>
      </form>`);
  }

  renderDone({ form }: SignItem) {
    const signed = this.signed;
    return this.host.page(msg('Form signed'), html`
      <p class="notice" role="status">${msg(str`Thank you. “${form.title}” is signed.`)}</p>
      ${signed ? html`<p>${msg(str`Signed by ${signed.signerName} on ${formatDate(signed.signedAt, this.host.formatting, 'long')}.`)}</p>` : nothing}
      <p>${msg('You can close this page. This link will not work again.')}</p>`);
  }

  private async sign(event: Event, form: SignItem['form'], spec: SignatureSpec): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.failure = '';
    const problem = signatureErrors(spec, this.draft, form.signerName)[0];
    if (problem) {
      this.error = problem.message;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const typedName = this.draft.name.trim();
    this.busy = true;
    this.host.requestUpdate();
    try {
      this.signed = await this.host.act(
        (adapter, credentials, { idempotencyKey }) => adapter.guest.sign({ body: { ...credentials, typedName } }, { idempotencyKey }),
        this.attempt.key([form.id, typedName]),
      );
      this.attempt.reset();
      this.host.finish(form.id);
    } catch (error) {
      this.attempt.settle(error);
      if (isPorticoError(error) && error.code === 'signature-mismatch') this.error = msg(str`Sign with your own name as the practice has it: ${form.signerName}.`);
      else {
        const text = describeError(error);
        this.failure = `${text.heading}. ${text.description}`;
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
