import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Attempt, formatDateTime, formatLocalDate, signerNameMatches, todayIn, type Timesheet } from '@portico/core';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';

type Mode = { id: string; kind: 'sign' | 'dispute' };

/**
 * @tagname portico-billing-timesheets
 * @summary Part of `<portico-billing>`: provider timesheets to review (BILL-4) — dates, times,
 * minutes and total — and e-sign with a typed signature, or dispute with a reason.
 *
 * @fires portico-timesheet-decided - A timesheet was signed or disputed: `detail: { timesheetId, decision }`.
 */
@localized()
export class PorticoBillingTimesheets extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles];

  private readonly s = new SessionController(this);

  private readonly sheets = resource(this, 'timesheets.list', () => this.s.clientId && { clientId: this.s.clientId });

  @state() private mode: Mode | undefined;
  @state() private text = '';
  @state() private fieldError = '';
  @state() private failure = '';
  @state() private saving = false;
  private readonly attempt = new Attempt();

  override render() {
    return this.sheets.render({
      loading: () => html`<portico-state-loading rows="4" label=${msg('Loading timesheets')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty heading=${msg('No timesheets to review')} description=${msg('When a provider submits hours for your services, they will appear here for you to sign.')}></portico-state-empty>`,
      content: (sheets) => html`<ul class="cards" aria-label=${msg('Timesheets')}>${sheets.map((t) => this.renderSheet(t))}</ul>`,
    });
  }

  private renderSheet(t: Timesheet) {
    const ctx = this.s.format;
    const period = msg(str`${formatLocalDate(t.periodStart, ctx)} to ${formatLocalDate(t.periodEnd, ctx)}`);
    const statusText = t.status === 'signed' ? msg('Signed') : t.status === 'disputed' ? msg('Disputed') : msg('Awaiting your signature');
    return html`<li class="card" data-timesheet-id=${t.id}>
      <div class="card-head">
        <h3 id=${`ts-${t.id}`} tabindex="-1">${msg(str`${t.providerName}, ${period}`)}</h3>
        <span class="status" data-tone=${t.status === 'signed' ? 'success' : t.status === 'disputed' ? 'danger' : 'warning'}>${statusText}</span>
      </div>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">${msg(str`Hours reported by ${t.providerName}`)}</caption>
          <thead><tr><th scope="col">${msg('Date')}</th><th scope="col">${msg('Time')}</th><th scope="col" class="hide-narrow">${msg('Service')}</th><th scope="col" class="num">${msg('Minutes')}</th></tr></thead>
          <tbody>
            ${t.entries.map((e) => html`<tr><td>${formatLocalDate(e.date, ctx, 'short')}</td><td>${this.timeRange(e.date, e.start, e.end)}</td><td class="hide-narrow">${e.service}</td><td class="num">${e.minutes}</td></tr>`)}
          </tbody>
          <tfoot><tr><th scope="row" colspan="3">${msg('Total')}</th><td class="num">${this.duration(t.totalMinutes)}</td></tr></tfoot>
        </table>
      </div>
      ${t.status === 'signed' && t.signature
        ? html`<p>${msg(str`Signed by ${t.signature.signerName} on ${formatDateTime(t.signature.signedAt, ctx)}`)}</p>`
        : nothing}
      ${t.status === 'disputed' ? html`<p>${msg(str`Disputed: ${t.disputeReason ?? ''}`)}</p>` : nothing}
      ${t.status === 'awaiting-signature' ? this.renderDecision(t) : nothing}
    </li>`;
  }

  private renderDecision(t: Timesheet) {
    const mode = this.mode?.id === t.id ? this.mode.kind : undefined;
    if (!mode) {
      return html`<p class="actions">
        <button type="button" class="button" data-variant="primary" @click=${() => this.start(t, 'sign')}>${msg('Sign')}</button>
        <button type="button" class="button" @click=${() => this.start(t, 'dispute')}>${msg('Dispute')}</button>
      </p>`;
    }
    const ctx = this.s.format;
    const id = `${mode}-${t.id}`;
    return html`<form novalidate class="form" @submit=${(e: Event) => this.submit(e, t)}>
      ${mode === 'sign'
        ? html`<p>${msg('By typing your name you sign that these hours and services are correct.')}</p>
            <portico-field id=${id} name="signature" label=${msg('Type your full name to sign')} autocomplete="name" required
              .value=${this.text} .error=${this.fieldError} @input=${this.onInput}></portico-field>
            <p class="muted">${msg(str`Signature: ${this.text.trim() || '…'} · Date: ${formatLocalDate(todayIn(ctx), ctx)}`)}</p>`
        : html`<portico-field id=${id} name="reason" type="textarea" rows="3" label=${msg('What is not correct?')} required
            .value=${this.text} .error=${this.fieldError} @input=${this.onInput}></portico-field>`}
      <div role="alert">${this.failure ? html`<p class="notice" data-tone="danger">${this.failure}</p>` : nothing}</div>
      <p class="actions">
        <button type="submit" class="button" data-variant="primary" aria-busy=${this.saving ? 'true' : 'false'} aria-disabled=${this.saving ? 'true' : 'false'}>
          ${mode === 'sign' ? msg('Sign timesheet') : msg('Send dispute')}
        </button>
        <button type="button" class="button" @click=${() => this.cancel(t)}>${msg('Cancel')}</button>
      </p>
    </form>`;
  }

  private timeRange(date: string, start: string, end: string): string {
    // Wall-clock times of the practice's day: formatted as UTC so they never shift with the viewer's zone.
    const fmt = new Intl.DateTimeFormat(this.s.format.locale, { timeStyle: 'short', timeZone: 'UTC' });
    return fmt.formatRange(new Date(`${date}T${start}:00Z`), new Date(`${date}T${end}:00Z`));
  }

  private duration(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? msg(str`${h} h ${m} min`) : msg(str`${h} h`);
  }

  private start(t: Timesheet, kind: Mode['kind']): void {
    this.mode = { id: t.id, kind };
    this.text = kind === 'sign' ? '' : this.text;
    this.fieldError = '';
    this.failure = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${kind}-${CSS.escape(t.id)}`)?.focus());
  }

  private cancel(t: Timesheet): void {
    this.mode = undefined;
    this.text = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#ts-${CSS.escape(t.id)}`)?.focus());
  }

  private readonly onInput = (event: Event): void => {
    this.text = (event.target as PorticoField).value;
    this.fieldError = '';
  };

  private async submit(event: Event, t: Timesheet): Promise<void> {
    event.preventDefault();
    const mode = this.mode;
    const store = this.sheets.store;
    const session = this.s.state;
    if (!mode || !store || !session || this.saving) return;
    const value = this.text.trim();
    if (!value) {
      this.fieldError = mode.kind === 'sign' ? msg('Type your full name to sign.') : msg('Say what is not correct, so the provider can fix it.');
      this.renderRoot.querySelector<HTMLElement>(`#${mode.kind}-${CSS.escape(t.id)}`)?.focus();
      return;
    }
    const signer = session.user.name;
    if (mode.kind === 'sign' && !signerNameMatches(value, signer)) {
      this.fieldError = msg(str`Sign with your own name as the practice has it: ${signer}.`);
      this.renderRoot.querySelector<HTMLElement>(`#sign-${CSS.escape(t.id)}`)?.focus();
      return;
    }
    const idempotencyKey = this.attempt.key([t.id, mode.kind, value]);
    const clientId = session.clientId;
    const body =
      mode.kind === 'sign'
        ? { decision: 'sign' as const, signature: { kind: 'typed' as const, signerName: value, text: value, signedAt: new Date().toISOString() } }
        : { decision: 'dispute' as const, reason: value };
    this.saving = true;
    this.failure = '';
    try {
      await mutate(store, 'timesheets.sign', { clientId, timesheetId: t.id, body }, {
        idempotencyKey,
        invalidates: ['timesheets.list'],
        onSuccess: (updated, s) => s.setData<Timesheet[]>(operationKey('timesheets.list', { clientId }), (list) => (list ?? []).map((x) => (x.id === updated.id ? updated : x))),
      });
      this.attempt.settle();
      this.mode = undefined;
      this.text = '';
      emit(this, 'portico-timesheet-decided', { timesheetId: t.id, decision: body.decision });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#ts-${CSS.escape(t.id)}`)?.focus();
    } catch (error) {
      this.attempt.settle(error);
      const text = describeError(error);
      this.failure = `${text.heading}. ${text.description}`;
    } finally {
      this.saving = false;
    }
  }
}

define('portico-billing-timesheets', PorticoBillingTimesheets);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-timesheets': PorticoBillingTimesheets;
  }
  interface HTMLElementEventMap {
    'portico-timesheet-decided': CustomEvent<{ timesheetId: string; decision: 'sign' | 'dispute' }>;
  }
}
