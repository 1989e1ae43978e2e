import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { formatLocalDate, type InsurancePolicy } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import './billing-insurance-form.js';
import { priorityLabel, relationshipLabel } from './insurance-labels.js';

/**
 * @tagname portico-billing-insurance
 * @summary Part of `<portico-billing>`: insurance coverage on file (BILL-3), with Add and
 * Update through `<portico-billing-insurance-form>`. Only rendered when the session may see insurance.
 */
@localized()
export class PorticoBillingInsurance extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles];

  private readonly s = new SessionController(this);

  /** The policy being edited, `new` for a new one, or nothing. */
  @state() private editing: InsurancePolicy | 'new' | undefined;
  private opener: HTMLElement | undefined;

  private readonly policies = resource(this, 'insurance.list', () => this.s.clientId && { clientId: this.s.clientId });

  override render() {
    if (this.editing) {
      return html`<portico-billing-insurance-form
        .policy=${this.editing === 'new' ? undefined : this.editing}
        .onClose=${this.onDone}
      ></portico-billing-insurance-form>`;
    }
    return html`
      <div class="toolbar">
        <button type="button" class="button" data-variant="primary" id="add-insurance" @click=${(e: Event) => this.edit('new', e)}>${msg('Add insurance')}</button>
      </div>
      ${this.policies.render({
        loading: () => html`<portico-state-loading rows="3" label=${msg('Loading your insurance')}></portico-state-loading>`,
        empty: () => html`<portico-state-empty heading=${msg('No insurance on file')} description=${msg('Add your insurance so the practice can bill your plan. Choose “Add insurance” above.')}></portico-state-empty>`,
        content: (policies) => this.renderPolicies(policies),
      })}
    `;
  }

  private renderPolicies(policies: InsurancePolicy[]) {
    const ctx = this.s.format;
    const status = (p: InsurancePolicy) =>
      p.status === 'active' ? msg('Active') : p.status === 'inactive' ? msg('Inactive') : msg('Pending verification');
    return html`<ul class="cards" aria-label=${msg('Insurance coverage')}>
      ${policies.map(
        (p) => html`<li class="card">
          <div class="card-head">
            <h3>${p.payer.name}</h3>
            <span class="status" data-tone=${p.status === 'active' ? 'success' : p.status === 'inactive' ? 'neutral' : 'warning'}>${status(p)}</span>
          </div>
          <dl class="facts">
            <div><dt>${msg('Priority')}</dt><dd>${priorityLabel(p.priority)}</dd></div>
            <div><dt>${msg('Member ID')}</dt><dd>${p.memberId}</dd></div>
            ${p.groupNumber ? html`<div><dt>${msg('Group number')}</dt><dd>${p.groupNumber}</dd></div>` : nothing}
            <div><dt>${msg('Subscriber')}</dt><dd>${p.subscriberName} (${relationshipLabel(p.relationshipToSubscriber)})</dd></div>
            <div><dt>${msg('Coverage starts')}</dt><dd>${formatLocalDate(p.validFrom, ctx)}</dd></div>
            ${p.validTo ? html`<div><dt>${msg('Coverage ends')}</dt><dd>${formatLocalDate(p.validTo, ctx)}</dd></div>` : nothing}
          </dl>
          <p class="actions">
            <button type="button" class="button" data-size="sm" data-policy-id=${p.id} aria-label=${msg(str`Update ${p.payer.name} coverage`)} @click=${(e: Event) => this.edit(p, e)}>
              ${msg('Update')}
            </button>
          </p>
        </li>`,
      )}
    </ul>`;
  }

  private edit(policy: InsurancePolicy | 'new', event: Event): void {
    this.opener = event.currentTarget as HTMLElement;
    this.editing = policy;
  }

  private readonly onDone = async (): Promise<void> => {
    const id = this.editing === 'new' ? undefined : this.editing?.id;
    this.editing = undefined;
    await this.updateComplete;
    const again = id ? this.renderRoot.querySelector<HTMLElement>(`[data-policy-id="${CSS.escape(id)}"]`) : this.renderRoot.querySelector<HTMLElement>('#add-insurance');
    (again ?? this.opener)?.focus();
  };
}

define('portico-billing-insurance', PorticoBillingInsurance);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-insurance': PorticoBillingInsurance;
  }
}
