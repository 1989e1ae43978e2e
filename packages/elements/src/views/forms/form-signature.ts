/**
 * The e-signature at the end of a form: the statement, then a typed signature (the signer's
 * full name, a `<portico-field>`) and/or a drawn one (`<portico-forms-signature-pad>`), both showing
 * the signer's name and the date. Keyboard users sign by typing.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { signerNameMatches, type FormDefinition } from '@portico/core';
import { controlId, errorId } from './form-fields.js';
import type { FieldError } from './form-validation.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import './forms-signature-pad.js';

export type SignatureSpec = NonNullable<FormDefinition['signature']>;
export type SignMode = 'typed' | 'drawn';

export interface SignatureDraft {
  mode: SignMode;
  name: string;
  image: string | null;
}

export interface SignatureHost {
  readonly signature: SignatureDraft;
  errorFor(path: string): string | undefined;
  setSignature(change: Partial<SignatureDraft>): void;
  blurred(path: string): void;
  /** Today, as the locale writes it. */
  readonly today: string;
}

export const SIGNATURE_NAME = 'signature';
export const SIGNATURE_IMAGE = 'signature.image';

export function defaultMode(spec: SignatureSpec): SignMode {
  return spec.allowTyped || !spec.allowDrawn ? 'typed' : 'drawn';
}

/**
 * What is missing or wrong in the signature, in the order the fields appear. The name must be
 * the signed-in person's own (`signerName`), case and spacing aside.
 */
export function signatureErrors(spec: SignatureSpec | null, draft: SignatureDraft, signerName: string | undefined): FieldError[] {
  if (!spec) return [];
  const out: FieldError[] = [];
  if (!draft.name.trim()) {
    out.push({
      path: SIGNATURE_NAME,
      label: msg('Your full name'),
      message: draft.mode === 'typed' ? msg('Type your full name to sign the form.') : msg('Enter your full name.'),
    });
  } else if (signerName && !signerNameMatches(draft.name, signerName)) {
    out.push({ path: SIGNATURE_NAME, label: msg('Your full name'), message: msg(str`Sign with your own name as the practice has it: ${signerName}.`) });
  }
  if (draft.mode === 'drawn' && !draft.image) {
    out.push({
      path: SIGNATURE_IMAGE,
      label: msg('Drawn signature'),
      message: spec.allowTyped ? msg('Draw your signature in the box, or choose to type your name instead.') : msg('Draw your signature in the box.'),
    });
  }
  return out;
}

export function renderSignature(spec: SignatureSpec, host: SignatureHost): TemplateResult {
  const draft = host.signature;
  const both = spec.allowDrawn && spec.allowTyped;
  const imageError = host.errorFor(SIGNATURE_IMAGE);
  const mode = (value: SignMode, text: string) => html`<label class="choice">
    <input type="radio" name="signature-mode" id=${`signature-mode-${value}`} .checked=${live(draft.mode === value)} @change=${() => host.setSignature({ mode: value })} />
    <span>${text}</span>
  </label>`;
  return html`<section class="signature" part="signature" aria-labelledby="signature-heading">
    <h3 id="signature-heading">${msg('Signature')}</h3>
    <p class="statement-text">${spec.statement}</p>
    ${both
      ? html`<fieldset class="field choices inline">
          <legend>${msg('How would you like to sign?')}</legend>
          ${mode('typed', msg('Type your name'))} ${mode('drawn', msg('Draw your signature'))}
        </fieldset>`
      : nothing}
    <portico-field id=${controlId(SIGNATURE_NAME)} label=${draft.mode === 'typed' ? msg('Type your full name to sign') : msg('Your full name')}
      autocomplete="name" required .value=${live(draft.name)} .error=${host.errorFor(SIGNATURE_NAME) ?? ''}
      @input=${(e: Event) => host.setSignature({ name: (e.target as PorticoField).value })} @blur=${() => host.blurred(SIGNATURE_NAME)}></portico-field>
    ${spec.allowDrawn
      ? html`<div class="field draw" id=${controlId(SIGNATURE_IMAGE)} tabindex="-1" ?hidden=${draft.mode !== 'drawn'}
          aria-describedby=${['draw-help', imageError ? errorId(SIGNATURE_IMAGE) : ''].filter(Boolean).join(' ')}>
          <p class="help" id="draw-help">
            ${spec.allowTyped
              ? msg('Draw your signature in the box with a mouse, finger or stylus. Using a keyboard? Choose “Type your name” above.')
              : msg('Draw your signature in the box with a mouse, finger or stylus.')}
          </p>
          <portico-forms-signature-pad
            label=${msg('Signature drawing area')}
            ?invalid=${!!imageError}
            @portico-signature-changed=${(e: CustomEvent<{ image: string | null }>) => host.setSignature({ image: e.detail.image })}
          ></portico-forms-signature-pad>
          ${imageError ? html`<p class="field-error" id=${errorId(SIGNATURE_IMAGE)}><span class="visually-hidden">${msg('Error:')}</span> ${imageError}</p>` : nothing}
        </div>`
      : nothing}
    ${draft.name.trim()
      ? html`<div class="signature-preview" part="signature-preview">
          ${draft.mode === 'typed' ? html`<p class="typed-signature" aria-hidden="true">${draft.name}</p>` : nothing}
          <p>${msg(str`Signed by ${draft.name.trim()} on ${host.today}`)}</p>
        </div>`
      : nothing}
  </section>`;
}
