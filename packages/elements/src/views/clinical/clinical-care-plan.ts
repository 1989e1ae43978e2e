import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { formatLocalDate, type CarePlan } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-empty.js';
import '../../ui/state-error.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles } from './clinical.styles.js';
import { goalStatusLabel } from './status-labels.js';

/**
 * @tagname portico-clinical-care-plan
 * @summary The care / service plan (CLIN-4): title, effective and review dates, summary, goals
 * with measure and status, services with frequency and provider. Only for the client and their
 * guardian (`can(…, 'clinical.carePlan')`): for anyone else it renders nothing and asks for nothing.
 *
 * @csspart plan - The care plan.
 * @csspart goals - The list of goals.
 * @csspart services - The table of services.
 */
@localized()
export class PorticoClinicalCarePlan extends LitElement {
  static override styles = [baseStyles, buttonStyles, clinicalPartStyles];

  protected readonly s = new SessionController(this);

  // No input, hence no request, unless the session may see the care plan.
  private readonly plan = resource(this, 'clinical.getCarePlan', () => this.allowed && this.s.clientId && { clientId: this.s.clientId }, {
    isEmpty: () => false,
  });

  private get allowed(): boolean {
    return this.s.can('clinical.carePlan');
  }

  override render() {
    if (this.s.state && !this.allowed) return nothing;
    return this.plan.render({
      loading: () => html`<portico-state-loading rows="5" label=${msg('Loading the care plan')}></portico-state-loading>`,
      error: (error) =>
        error.kind === 'not-found'
          ? html`<portico-state-empty
              heading=${msg('No care plan yet')}
              description=${msg('When the practice shares a care plan with you, it will be shown here. Questions? Contact the practice.')}
            ></portico-state-empty>`
          : html`<portico-state-error .error=${error} heading=${msg('Could not load the care plan')} @portico-retry=${() => void this.plan.retry()}></portico-state-error>`,
      content: (plan) => this.renderPlan(plan),
    });
  }

  private renderPlan(plan: CarePlan) {
    const ctx = this.s.format;
    return html`<article class="card" part="plan" aria-labelledby="plan-title">
      <h3 id="plan-title">${plan.title}</h3>
      <dl>
        <dt>${msg('Effective from')}</dt>
        <dd>${formatLocalDate(plan.effectiveFrom, ctx)}</dd>
        <dt>${msg('Next review')}</dt>
        <dd>${plan.reviewOn ? formatLocalDate(plan.reviewOn, ctx) : msg('Not scheduled')}</dd>
      </dl>
      <p>${plan.summary}</p>
      <h4>${msg('Goals')}</h4>
      ${plan.goals.length
        ? html`<ul class="cards" part="goals">
            ${plan.goals.map(
              (g) => html`<li class="card" data-status=${g.status === 'met' ? 'done' : g.status}>
                <p>${g.description}</p>
                <p class="muted">${msg('Measured by:')} ${g.measure}</p>
                <p class="badge">${goalStatusLabel(g.status)}</p>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${msg('No goals listed.')}</p>`}
      <h4>${msg('Services')}</h4>
      ${plan.services.length
        ? html`<table part="services">
            <thead>
              <tr>
                <th scope="col">${msg('Service')}</th>
                <th scope="col">${msg('Frequency')}</th>
                <th scope="col">${msg('Provider')}</th>
              </tr>
            </thead>
            <tbody>
              ${plan.services.map((s) => html`<tr><td>${s.name}</td><td>${s.frequency}</td><td>${s.provider}</td></tr>`)}
            </tbody>
          </table>`
        : html`<p class="muted">${msg('No services listed.')}</p>`}
    </article>`;
  }
}

define('portico-clinical-care-plan', PorticoClinicalCarePlan);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-care-plan': PorticoClinicalCarePlan;
  }
}
