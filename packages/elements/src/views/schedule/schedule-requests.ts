import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Attempts, formatDate, formatMoney, type AppointmentRequest, type FormatContext } from '@portico/core';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { scheduleStyles } from './schedule.styles.js';
import { requestStatusText, timeRangeWithZone } from './appointment-text.js';

/**
 * @tagname portico-schedule-requests
 * @summary The client's appointment requests and their status: pending, accepted, declined
 * (with the reason) or withdrawn; a pending one can be withdrawn (SCHED-2). A request paid up
 * front (#14.2) says what became of its payment: paid, held, refunded or voided.
 *
 * @csspart request - One request.
 * @csspart payment - A request's up-front payment, in words.
 */
@localized()
export class PorticoScheduleRequests extends LitElement {
  static override styles = [baseStyles, buttonStyles, scheduleStyles];

  private readonly s = new SessionController(this);
  private readonly requests = resource(this, 'schedule.listRequests', () => this.s.clientId && { clientId: this.s.clientId });

  @state() private busyId: string | undefined;
  @state() private failure: { id: string; error: unknown } | undefined;
  /** One withdrawal attempt per request: the same key while it is retried after a lost answer. */
  private readonly attempts = new Attempts();

  /** Fetches the requests again (e.g. to see whether the provider answered). */
  refresh(): Promise<void> {
    return this.requests.retry();
  }

  override render() {
    return this.requests.render({
      loading: () => html`<portico-state-loading rows="2" label=${msg('Loading your requests')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty
        heading=${msg('No appointment requests')}
        description=${msg('Requests you send for an open time are listed here until the provider answers.')}
      ></portico-state-empty>`,
      content: (list) => this.renderList(list),
    });
  }

  private renderList(list: AppointmentRequest[]) {
    const ctx = this.s.format;
    return html`<div class="toolbar">
        <span class="spacer"></span>
        <button type="button" class="button" data-size="sm" aria-busy=${this.requests.status === 'loading' ? 'true' : 'false'} @click=${() => void this.refresh()}>
          ${msg('Check for answers')}
        </button>
      </div>
      <ul class="plain stack">
        ${list.map(
          (r) => html`<li class="card appointment" part="request" data-id=${r.id}>
            <p class="when">${formatDate(r.start, ctx, 'full')}, <time datetime=${r.start}>${timeRangeWithZone(r.start, r.end, ctx)}</time></p>
            <p>${msg(str`${r.service.name} with ${r.provider.name}`)}</p>
            <p class="status" data-status=${r.status}>${requestStatusText(r.status)}</p>
            ${r.payment ? html`<p part="payment" id=${`payment-${r.id}`} data-payment=${r.payment.status}>${paymentText(r, ctx)}</p>` : nothing}
            ${r.note ? html`<p class="muted">${msg(str`Your note: ${r.note}`)}</p>` : nothing}
            ${r.status === 'declined' && r.declineReason ? html`<p>${msg(str`Reason: ${r.declineReason}`)}</p>` : nothing}
            ${r.status === 'pending'
              ? html`<div class="actions">
                  <button type="button" class="button" data-size="sm" aria-busy=${this.busyId === r.id ? 'true' : 'false'} aria-disabled=${this.busyId === r.id ? 'true' : 'false'}
                    aria-describedby=${r.payment ? `payment-${r.id}` : nothing} @click=${() => void this.withdraw(r)}>
                    ${msg('Withdraw request')}
                  </button>
                </div>`
              : nothing}
            ${this.failure?.id === r.id ? html`<p class="field-error" role="alert">${describeError(this.failure.error).heading}. ${describeError(this.failure.error).description}</p>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  private async withdraw(request: AppointmentRequest): Promise<void> {
    const store = this.requests.store;
    const clientId = this.s.clientId;
    if (!store || !clientId || this.busyId) return;
    this.busyId = request.id;
    this.failure = undefined;
    const attempt = this.attempts.of(request.id);
    try {
      await mutate(store, 'schedule.withdrawRequest', { clientId, requestId: request.id }, {
        idempotencyKey: attempt.key(request.id),
        invalidates: ['schedule.listRequests', 'schedule.listSlots', ...(request.payment ? (['billing.listPayments', 'billing.listInvoices'] as const) : [])],
      });
      attempt.settle();
    } catch (error) {
      // A refusal (already answered, no access: nothing stored) makes the next try a new
      // attempt; a lost answer keeps the key, so the retry withdraws (and refunds) once.
      attempt.settle(error);
      this.failure = { id: request.id, error };
    } finally {
      this.busyId = undefined;
    }
  }
}

/** What became of a request's up-front payment (#14.2), in words. */
function paymentText(request: AppointmentRequest, ctx: FormatContext): string {
  const payment = request.payment!;
  const amount = formatMoney(payment.amount, ctx);
  switch (payment.status) {
    case 'paid':
      return request.status === 'pending' ? msg(str`Paid ${amount} — refunded if declined or withdrawn`) : msg(str`Paid ${amount} up front`);
    case 'authorised':
      return request.status === 'pending' ? msg(str`${amount} held on your card — released if declined or withdrawn`) : msg(str`${amount} held on your card`);
    case 'refunded':
      return msg(str`Refunded ${amount}`);
    case 'voided':
      return msg(str`Voided — the ${amount} hold on your card was released; nothing was charged`);
  }
}

define('portico-schedule-requests', PorticoScheduleRequests);

declare global {
  interface HTMLElementTagNameMap {
    'portico-schedule-requests': PorticoScheduleRequests;
  }
}
