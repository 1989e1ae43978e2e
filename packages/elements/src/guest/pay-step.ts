/**
 * Paying the link's invoice: the balance, the payment provider's own card field, and the bank's
 * extra confirmation (3-D Secure) when asked. The same mechanism as the portal's pay dialog: the
 * card never reaches Portico, and one `Idempotency-Key` belongs to the intent (this invoice, this
 * amount), kept across retries until the backend answers, so a retried payment is charged once.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatLocalDate, formatMoney, type GuestItem, type Money, type MountedPaymentField, type PaymentResult } from '@portico/core';
import { Attempt } from '@portico/core';
import { describeError } from '../ui/error-text.js';
import type { GuestStep, GuestStepHost } from './step.js';

type PayItem = Extract<GuestItem, { action: 'pay' }>;
type Succeeded = Extract<PaymentResult, { status: 'succeeded' }>;


export class GuestPayStep implements GuestStep<PayItem> {
  private field: MountedPaymentField | undefined;
  /** The container the field is mounted in; a re-rendered page (after verifying again) gets a new one. */
  private mountedIn: HTMLElement | undefined;
  private balance: Money | undefined;
  private mounting = false;
  private busy = false;
  private confirming = false;
  private failure = '';
  private result: Succeeded | undefined;
  private readonly intent = new Attempt();
  /** The confirmation after the provider's check (3-D Secure): its own intent, this action and answer. */
  private readonly confirmation = new Attempt();

  constructor(private readonly host: GuestStepHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.card-field') ?? undefined;
    if (this.field && this.mountedIn !== container) this.hostDisconnected();
    if (container && !this.field && !this.mounting && this.host.paymentProvider && !this.result) void this.mount(container);
  }

  hostDisconnected(): void {
    this.field?.destroy();
    this.field = undefined;
    this.mountedIn = undefined;
  }

  reset(): void {
    this.hostDisconnected();
    this.intent.reset();
    this.confirmation.reset();
    this.busy = false;
    this.confirming = false;
    this.failure = '';
    this.result = undefined;
  }

  render({ invoice }: PayItem) {
    const ctx = this.host.formatting;
    const balance = formatMoney(invoice.balance, ctx);
    this.balance = invoice.balance;
    return this.host.page(msg(str`Pay invoice ${invoice.number}`), html`
      <dl class="facts" part="invoice">
        <div><dt>${msg('Balance due')}</dt><dd>${balance}</dd></div>
        <div><dt>${msg('Due')}</dt><dd>${formatLocalDate(invoice.dueOn, ctx)}</dd></div>
        <div><dt>${msg('Invoice total')}</dt><dd>${formatMoney(invoice.total, ctx)}</dd></div>
      </dl>
      <form part="pay-form" novalidate @submit=${(e: Event) => void this.pay(e, invoice)}>
        <fieldset>
          <legend>${msg('Card')}</legend>
          ${this.host.paymentProvider
            ? html`<div class="card-field" part="card-field"></div>`
            : html`<p class="notice" data-tone="danger">${msg('Paying by card is not set up on this page. Contact the practice to pay.')}</p>`}
        </fieldset>
        <div role="alert">${this.failure ? html`<p class="notice" data-tone="danger">${this.failure}</p>` : nothing}</div>
        <p class="visually-hidden" role="status">${this.confirming ? msg('Waiting for your bank to confirm the payment.') : ''}</p>
        <div class="actions">
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${msg(str`Pay ${balance}`)}
          </button>
        </div>
      </form>`);
  }

  renderDone() {
    const result = this.result;
    if (!result) return nothing;
    const ctx = this.host.formatting;
    return this.host.page(msg('Payment received'), html`
      <p class="notice" role="status">${msg(str`Thank you. We received your payment of ${formatMoney(result.payment.amount, ctx)}.`)}</p>
      <dl class="facts" part="receipt">
        <div><dt>${msg('Invoice')}</dt><dd>${result.invoice.number}</dd></div>
        <div><dt>${msg('Receipt number')}</dt><dd>${result.payment.receiptNumber}</dd></div>
        <div><dt>${msg('Balance left')}</dt><dd>${formatMoney(result.invoice.balance, ctx)}</dd></div>
      </dl>
      <p>${msg('You can close this page. This link will not work again.')}</p>`);
  }

  private async pay(event: Event, invoice: PayItem['invoice']): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (!this.field) {
      this.fail(msg('Enter your card details first.'));
      return;
    }
    this.failure = '';
    this.setBusy(true);
    const token = await this.field.tokenize();
    if ('error' in token) {
      // The provider shows the problem next to its own field.
      this.setBusy(false);
      return;
    }
    const amount = invoice.balance;
    // The key belongs to the intent (this invoice, this amount), not to the card token, which a
    // real provider issues afresh for every attempt.
    const key = this.intent.key([invoice.id, amount.amount, amount.currency]);
    await this.run((adapter, credentials, { idempotencyKey }) => adapter.guest.pay({ body: { ...credentials, amount, paymentToken: token.token } }, { idempotencyKey }), key, this.intent);
  }

  private async run(write: Parameters<GuestStepHost['act']>[0], key: string, attempt: Attempt): Promise<void> {
    let result: PaymentResult;
    try {
      result = (await this.host.act(write, key)) as PaymentResult;
    } catch (error) {
      attempt.settle(error);
      this.setBusy(false);
      const text = describeError(error);
      this.fail(`${text.heading}. ${text.description}`);
      return;
    }
    attempt.settle();
    if (result.status === 'succeeded') {
      this.result = result;
      this.setBusy(false);
      this.hostDisconnected();
      this.host.finish(result.invoice.id);
    } else if (result.status === 'declined') {
      this.setBusy(false);
      this.fail(msg(str`The payment did not go through: ${result.message}`));
    } else {
      await this.confirm(result.actionToken);
    }
  }

  private async confirm(actionToken: string): Promise<void> {
    const field = this.field;
    if (!field) return;
    this.confirming = true;
    this.host.requestUpdate();
    const answer = await field.confirm(actionToken);
    this.confirming = false;
    if ('error' in answer) {
      this.setBusy(false);
      this.fail(msg(str`The payment did not go through: ${answer.error}`));
      return;
    }
    await this.run(
      (adapter, credentials, { idempotencyKey }) => adapter.guest.confirmPayment({ body: { ...credentials, actionToken, confirmationToken: answer.confirmationToken } }, { idempotencyKey }),
      this.confirmation.key([actionToken, answer.confirmationToken]),
      this.confirmation,
    );
  }

  private fail(text: string): void {
    this.failure = text;
    this.host.requestUpdate();
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.host.requestUpdate();
  }

  private async mount(container: HTMLElement): Promise<void> {
    const provider = this.host.paymentProvider;
    const amount = this.balance;
    if (!provider || !amount) return;
    this.mounting = true;
    try {
      const field = await provider.mount(container, { locale: this.host.formatting.locale, amount });
      if (this.host.isConnected && container.isConnected) {
        this.field = field;
        this.mountedIn = container;
      } else field.destroy();
    } catch {
      this.fail(msg('The card field could not be loaded. Try again later, or contact the practice.'));
    } finally {
      this.mounting = false;
    }
  }
}
