import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Attempt, TEXT_LIMITS, isPorticoError, type InsurancePolicy, type InsurancePolicyInput } from '@portico/core';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/field.js';
import type { FieldOption, FieldType, PorticoField } from '../../ui/field.js';
import { billingStyles } from './billing.styles.js';
import { priorityLabel, relationshipLabel } from './insurance-labels.js';

type Field = 'payer' | 'newPayerName' | 'memberId' | 'subscriberName' | 'validFrom' | 'validTo';
type Draft = {
  payerId: string; newPayerName: string; newPayerPhone: string; priority: InsurancePolicy['priority']; memberId: string; groupNumber: string;
  subscriberName: string; relationship: InsurancePolicy['relationshipToSubscriber']; validFrom: string; validTo: string;
};
const NEW_PAYER = '__new__';
type FieldOptions = { type?: FieldType; autocomplete?: string; inputmode?: string; choices?: FieldOption[]; disabled?: boolean };

/**
 * @tagname portico-billing-insurance-form
 * @summary Part of `<portico-billing>`: add or update coverage (BILL-3) — payer from the
 * practice's list, or a new payer when the practice allows it; problems shown next to each
 * field; what was typed is kept when saving fails.
 *
 * @fires portico-insurance-saved - Coverage was added or updated: `detail: { policyId }`.
 */
@localized()
export class PorticoBillingInsuranceForm extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles];

  private readonly s = new SessionController(this);

  /** The policy to update; none to add one. */
  @property({ attribute: false }) policy: InsurancePolicy | undefined;
  /** Called when the form is done (saved or cancelled). */
  @property({ attribute: false }) onClose: (() => void) | undefined;

  @state() private draft: Draft = blankDraft();
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private failure = '';
  @state() private saving = false;
  /** The save's key: kept while the same coverage is retried after a lost answer, new once the backend answered or the form changed. */
  private readonly attempt = new Attempt();

  private readonly payers = resource(this, 'insurance.listPayers', () => this.s.clientId && { clientId: this.s.clientId }, { isEmpty: () => false });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('policy')) this.draft = this.policy ? draftOf(this.policy) : blankDraft();
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  override render() {
    const d = this.draft;
    const mayAddPayer = this.s.can('billing.addPayer');
    return html`<form novalidate class="card" @submit=${this.onSubmit} aria-labelledby="form-heading">
      <h3 id="form-heading" tabindex="-1">${this.policy ? msg('Update insurance') : msg('Add insurance')}</h3>
      <p class="muted">${msg('Fields marked * are required. The practice verifies new coverage before billing it.')}</p>
      ${this.field('payerId', msg('Insurance company (payer) *'), {
        type: 'select',
        ...(this.payers.render({
          loading: () => ({ disabled: true, choices: [{ value: '', label: msg('Loading payers…') }] }),
          error: (error) => ({ disabled: true, choices: [{ value: '', label: describeError(error).heading }] }),
          content: (payers) => ({
            choices: [
              { value: '', label: msg('Choose a payer') },
              ...payers.map((p) => ({ value: p.id, label: p.name })),
              ...(mayAddPayer ? [{ value: NEW_PAYER, label: msg('My payer is not listed') }] : []),
            ],
          }),
        }) as FieldOptions),
      })}
      ${d.payerId === NEW_PAYER && mayAddPayer
        ? html`<div class="grid-2">
            ${this.field('newPayerName', msg('Payer name *'))}
            ${this.field('newPayerPhone', msg('Payer phone'), { type: 'tel', inputmode: 'tel' })}
          </div>`
        : nothing}
      <div class="grid-2">
        ${this.field('memberId', msg('Member ID *'), { autocomplete: 'off' })}
        ${this.field('groupNumber', msg('Group number'), { autocomplete: 'off' })}
        ${this.field('subscriberName', msg('Subscriber name *'), { autocomplete: 'name' })}
        ${this.field('relationship', msg('Client’s relationship to the subscriber'), {
          type: 'select',
          choices: (['self', 'spouse', 'child', 'other'] as const).map((r) => ({ value: r, label: relationshipLabel(r) })),
        })}
        ${this.field('priority', msg('Priority'), {
          type: 'select',
          choices: (['primary', 'secondary', 'tertiary'] as const).map((p) => ({ value: p, label: priorityLabel(p) })),
        })}
        ${this.field('validFrom', msg('Coverage starts *'), { type: 'date' })}
        ${this.field('validTo', msg('Coverage ends'), { type: 'date' })}
      </div>
      <div role="alert">${this.failure ? html`<p class="notice" data-tone="danger">${this.failure}</p>` : nothing}</div>
      <p class="actions">
        <button type="submit" class="button" data-variant="primary" aria-busy=${this.saving ? 'true' : 'false'} aria-disabled=${this.saving ? 'true' : 'false'}>${msg('Save insurance')}</button>
        <button type="button" class="button" @click=${() => this.onClose?.()}>${msg('Cancel')}</button>
      </p>
    </form>`;
  }

  /** One field of the draft; its id is the name its problems are filed under (`payer` for `payerId`). */
  private field(key: keyof Draft, label: string, options: FieldOptions = {}) {
    const id = key === 'payerId' ? 'payer' : key;
    return html`<portico-field id=${id} name=${key} label=${label} type=${options.type ?? 'text'} ?disabled=${!!options.disabled}
      autocomplete=${ifDefined(options.autocomplete)} inputmode=${ifDefined(options.inputmode)} .options=${options.choices ?? []}
      .value=${this.draft[key]} .error=${this.errors[id as Field] ?? ''} @input=${this.set(key)} @change=${this.set(key)}></portico-field>`;
  }

  private set(key: keyof Draft) {
    return (event: Event) => {
      this.draft = { ...this.draft, [key]: (event.target as PorticoField).value };
      const field: Field | undefined = key === 'payerId' ? 'payer' : (['newPayerName', 'memberId', 'subscriberName', 'validFrom', 'validTo'] as string[]).includes(key) ? (key as Field) : undefined;
      if (field && this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    };
  }

  private validate(): Partial<Record<Field, string>> {
    const d = this.draft;
    const errors: Partial<Record<Field, string>> = {};
    if (!d.payerId) errors.payer = msg('Choose your insurance company.');
    if (d.payerId === NEW_PAYER && !d.newPayerName.trim()) errors.newPayerName = msg('Enter the name of the insurance company.');
    if (!d.memberId.trim()) errors.memberId = msg('Enter the member ID from the insurance card.');
    if (!d.subscriberName.trim()) errors.subscriberName = msg('Enter the name of the person who holds the plan.');
    if (!d.validFrom) errors.validFrom = msg('Enter the date the coverage starts.');
    if (d.validTo && d.validFrom && d.validTo < d.validFrom) errors.validTo = msg('The end date must be on or after the start date.');
    // #13.4: what the person types has a ceiling (100,000 characters were accepted).
    const caps = [['newPayerName', TEXT_LIMITS.name], ['memberId', 50], ['subscriberName', TEXT_LIMITS.name]] as const;
    for (const [field, max] of caps) {
      const length = d[field].trim().length;
      if (length > max) errors[field] = msg(str`Use at most ${max} characters (this has ${length}).`);
    }
    return errors;
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const clientId = this.s.clientId;
    const store = this.payers.store;
    if (this.saving || !clientId || !store) return;
    this.failure = '';
    this.errors = this.validate();
    const first = Object.keys(this.errors)[0];
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    const d = this.draft;
    const fields = {
      priority: d.priority, memberId: d.memberId.trim(), subscriberName: d.subscriberName.trim(), relationshipToSubscriber: d.relationship, validFrom: d.validFrom,
      ...(d.groupNumber.trim() ? { groupNumber: d.groupNumber.trim() } : {}), ...(d.validTo ? { validTo: d.validTo } : {}),
    };
    const body: InsurancePolicyInput = d.payerId === NEW_PAYER
      ? { newPayer: { name: d.newPayerName.trim(), ...(d.newPayerPhone.trim() ? { phone: d.newPayerPhone.trim() } : {}) }, ...fields }
      : { payerId: d.payerId, ...fields };
    const policy = this.policy;
    this.saving = true;
    try {
      const idempotencyKey = this.attempt.key([policy?.id ?? null, body]);
      const options = { idempotencyKey, invalidates: ['insurance.list', 'insurance.listPayers'] as const };
      const saved = policy
        ? await mutate(store, 'insurance.update', { clientId, policyId: policy.id, body }, options)
        : await mutate(store, 'insurance.create', { clientId, body }, options);
      this.attempt.settle();
      emit(this, 'portico-insurance-saved', { policyId: saved.id });
      this.onClose?.();
    } catch (error) {
      // Everything typed stays; after a lost answer the same key makes a retry of this save safe.
      this.attempt.settle(error);
      const text = describeError(error);
      this.failure = isPorticoError(error) && (error.kind === 'invalid-request' || error.kind === 'forbidden') ? error.message : `${text.heading}. ${text.description}`;
    } finally {
      this.saving = false;
    }
  };
}

function blankDraft(): Draft {
  return { payerId: '', newPayerName: '', newPayerPhone: '', priority: 'primary', memberId: '', groupNumber: '', subscriberName: '', relationship: 'self', validFrom: '', validTo: '' };
}

function draftOf(p: InsurancePolicy): Draft {
  return {
    payerId: p.payer.id, newPayerName: '', newPayerPhone: '', priority: p.priority, memberId: p.memberId, groupNumber: p.groupNumber ?? '',
    subscriberName: p.subscriberName, relationship: p.relationshipToSubscriber, validFrom: p.validFrom, validTo: p.validTo ?? '',
  };
}

define('portico-billing-insurance-form', PorticoBillingInsuranceForm);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-insurance-form': PorticoBillingInsuranceForm;
  }
  interface HTMLElementEventMap {
    'portico-insurance-saved': CustomEvent<{ policyId: string }>;
  }
}
