import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  Attempt, formatMoney, isPorticoError, type FormatContext, type Invoice, type PaymentResult, type PorticoStore,
} from '@portico/core';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { audit } from '../../audit.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { dialogStyles } from '../../ui/view-frame.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/document-button.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import { billingStyles } from './billing.styles.js';
import { amountInputValue, parseAmount, tooManyDecimals } from './amount.js';
import { receiptOf } from './documents.js';
import './billing-card-entry.js';
import type { PorticoBillingCardEntry } from './billing-card-entry.js';
import { invoiceStatusLabel } from './invoice-status.js';

type Phase = 'form' | 'paying' | 'confirming' | 'done';
type Succeeded = Extract<PaymentResult, { status: 'succeeded' }>;

/** What a payment (or its confirmation) changes: the invoice, the lists, the saved cards, the dashboard's balance. */
const PAID = ['billing.listInvoices', 'billing.getInvoice', 'billing.listPayments', 'billing.listPaymentMethods', 'dashboard'] as const;

/**
 * @tagname portico-billing-pay-dialog
 * @summary Part of `<portico-billing>`: pays one invoice (BILL-2) in a modal dialog — the full
 * balance or part of it, with a saved card or a new card typed into the payment provider's own
 * field (optionally saved), including the bank's extra confirmation (3-D Secure). A decline
 * says why and keeps everything the user entered.
 *
 * @fires portico-payment-succeeded - `detail: { invoiceId, paymentId, amount }`.
 * @fires portico-payment-failed - `detail: { invoiceId, reason }` (declined, or confirmation failed).
 */
@localized()
export class PorticoBillingPayDialog extends LitElement {
  static override styles = [baseStyles, buttonStyles, dialogStyles, billingStyles];

  private readonly s = new SessionController(this);

  @property({ attribute: false }) invoice: Invoice | undefined;
  /** Called after the dialog closed, e.g. to move focus when the opener is gone. */
  @property({ attribute: false }) onClosed: (() => void) | undefined;

  @state() private open = false;
  @state() private phase: Phase = 'form';
  @state() private partial = false;
  @state() private amountText = '';
  @state() private amountError = '';
  @state() private failure = '';
  @state() private result: Succeeded | undefined;

  private opener: HTMLElement | undefined;
  /**
   * The idempotency key of the payment being attempted (this invoice, this amount), kept across
   * retries (see onSubmit) until the payment is settled, the bank's confirmation included.
   */
  private readonly attempt = new Attempt();
  /** The key of the bank's confirmation of one action (3-D Secure), kept across a retry after a lost answer. */
  private readonly confirmation = new Attempt();

  // The store's handle; the saved cards themselves are `<portico-billing-card-entry>`'s (same key, one call).
  // Keyed on `open`, so a session that may not pay (no dialog) or a dialog never opened makes no call.
  private readonly methods = resource(this, 'billing.listPaymentMethods', () => this.open && this.s.clientId && { clientId: this.s.clientId }, {
    isEmpty: () => false,
  });

  /** Opens the dialog for `invoice`; focus returns to `opener` on close. */
  show(opener?: HTMLElement): void {
    this.opener = opener;
    this.open = true;
    if (this.phase === 'done') this.reset();
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('input[name="amount-choice"]')?.focus();
    });
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const invoice = this.invoice;
    if (!invoice) return nothing;
    const ctx = this.s.format;
    return html`<dialog aria-labelledby="pay-heading" @close=${this.onClose} @cancel=${this.onCancel}>
      <h3 id="pay-heading" tabindex="-1">${msg(str`Pay invoice ${invoice.number}`)}</h3>
      ${this.phase === 'done' && this.result ? this.renderDone(this.result) : this.renderForm(invoice, ctx)}
    </dialog>`;
  }

  private renderForm(invoice: Invoice, ctx: FormatContext) {
    const busy = this.phase === 'paying' || this.phase === 'confirming';
    const balance = formatMoney(invoice.balance, ctx);
    const amount = this.chosenAmount();
    const payLabel = amount === undefined ? '' : formatMoney({ amount, currency: invoice.balance.currency }, ctx);
    return html`<form novalidate @submit=${this.onSubmit}>
      <p>${msg(str`Balance due: ${balance}`)}</p>
      <fieldset>
        <legend>${msg('Amount')}</legend>
        <label class="choice"><input type="radio" name="amount-choice" value="full" .checked=${!this.partial} @change=${() => this.setPartial(false)} />
          ${msg(str`Full balance (${balance})`)}</label>
        <label class="choice"><input type="radio" name="amount-choice" value="partial" .checked=${this.partial} @change=${() => this.setPartial(true)} />
          ${msg('Another amount')}</label>
        ${this.partial
          ? html`<portico-field id="amount" name="amount" label=${msg(str`Amount to pay (${invoice.balance.currency})`)} inputmode="decimal" autocomplete="off"
              .value=${this.amountText} .error=${this.amountError} @input=${this.onAmountInput}></portico-field>`
          : nothing}
      </fieldset>
      ${this.open ? html`<portico-billing-card-entry .amount=${invoice.balance}></portico-billing-card-entry>` : nothing}
      <div role="alert">${this.failure ? html`<p class="notice" data-tone="danger">${this.failure}</p>` : nothing}</div>
      <p class="visually-hidden" role="status">${this.phase === 'confirming' ? msg('Waiting for your bank to confirm the payment.') : ''}</p>
      <div class="actions">
        <button type="submit" class="button" data-variant="primary" aria-busy=${busy ? 'true' : 'false'} aria-disabled=${busy ? 'true' : 'false'}>
          ${amount === undefined ? msg('Pay') : msg(str`Pay ${payLabel}`)}
        </button>
        <button type="button" class="button" @click=${() => this.close()}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }

  private renderDone({ payment, invoice }: Succeeded) {
    const ctx = this.s.format;
    return html`<div class="form">
      <p class="notice" data-tone="success" role="status">${msg(str`Payment of ${formatMoney(payment.amount, ctx)} received. Thank you!`)}</p>
      <dl class="facts">
        <div><dt>${msg('Receipt number')}</dt><dd>${payment.receiptNumber}</dd></div>
        <div><dt>${msg('New balance')}</dt><dd>${formatMoney(invoice.balance, ctx)}</dd></div>
        <div><dt>${msg('Status')}</dt><dd>${invoiceStatusLabel(invoice, ctx)}</dd></div>
      </dl>
      <div class="actions">
        <portico-document-button document-kind="receipt" document-id=${payment.id} file-name=${`Receipt ${payment.receiptNumber}.pdf`} label=${msg(str`Download receipt ${payment.receiptNumber}`)} .load=${receiptOf(this.methods.store, this.s.clientId, payment)}
          >${msg('Download receipt')}</portico-document-button
        >
        <button type="button" class="button" data-variant="primary" @click=${() => this.close()}>${msg('Done')}</button>
      </div>
    </div>`;
  }

  private readonly onAmountInput = (event: Event): void => {
    this.amountText = (event.currentTarget as PorticoField).value;
    this.amountError = '';
  };

  private setPartial(partial: boolean): void {
    this.partial = partial;
    this.amountError = '';
    if (partial && !this.amountText && this.invoice) {
      this.amountText = amountInputValue(this.invoice.balance.amount, this.invoice.balance.currency, this.s.format.locale);
    }
    if (partial) void this.updateComplete.then(() => this.renderRoot.querySelector<PorticoField>('#amount')?.focus());
  }

  private chosenAmount(): number | undefined {
    const invoice = this.invoice;
    if (!invoice) return undefined;
    if (!this.partial) return invoice.balance.amount;
    return parseAmount(this.amountText, invoice.balance.currency, this.s.format.locale);
  }

  /** The amount to pay, or sets the message next to the field and returns undefined. */
  private validAmount(): number | undefined {
    const invoice = this.invoice!;
    const amount = this.chosenAmount();
    const ctx = this.s.format;
    const decimals = this.partial ? tooManyDecimals(this.amountText, invoice.balance.currency, ctx.locale) : undefined;
    if (decimals !== undefined) this.amountError = decimals === 0 ? msg('Enter a whole amount, with no decimals.') : msg(str`Enter at most ${decimals} decimals, for example 25.50.`);
    else if (amount === undefined) this.amountError = msg('Enter an amount, for example 25.00.');
    else if (amount <= 0) this.amountError = msg('Enter an amount more than zero.');
    else if (amount > invoice.balance.amount) this.amountError = msg(str`Enter no more than the balance due, ${formatMoney(invoice.balance, ctx)}.`);
    else return amount;
    void this.updateComplete.then(() => this.renderRoot.querySelector<PorticoField>('#amount')?.focus());
    return undefined;
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const clientId = this.s.clientId;
    if (this.phase !== 'form' || !this.invoice || !clientId) return;
    const amount = this.validAmount();
    if (amount === undefined) return;
    this.failure = '';
    const invoice = this.invoice;
    this.phase = 'paying';
    // The saved card, or the new card's token; a problem with the card is shown beside it.
    const source = await this.cardEntry()?.source();
    if (!source) {
      this.phase = 'form';
      return;
    }
    const money = { amount, currency: invoice.balance.currency };
    // The key belongs to the person's intent — this invoice, this amount — not to the card token,
    // which a real provider issues afresh for every attempt. A retry after a lost or failed
    // answer reuses it, so the backend charges once; it is dropped when the backend answers.
    const idempotencyKey = this.attempt.key([invoice.id, money.amount, money.currency]);
    const input = { clientId, invoiceId: invoice.id, body: { amount: money, ...source } };
    await this.run((store) => mutate(store, 'billing.payInvoice', input, { idempotencyKey, invalidates: PAID }), [this.attempt]);
  };

  /**
   * Sends a payment write and shows its answer. `attempts` are the writes this answer settles:
   * the payment's own, and with a confirmation the confirmation's too. A payment the bank must
   * confirm stays unsettled until the confirmation is answered, so Pay after a lost
   * confirmation replays the same payment and the same confirmation: charged once.
   */
  private async run(send: (store: PorticoStore) => Promise<PaymentResult>, attempts: readonly Attempt[]): Promise<void> {
    const store = this.methods.store;
    const invoice = this.invoice!;
    if (!store) return;
    let result: PaymentResult;
    try {
      result = await send(store);
    } catch (error) {
      this.phase = 'form';
      // A refusal (nothing was charged) makes the next try a new attempt; a lost answer keeps the key.
      for (const attempt of attempts) attempt.settle(error);
      const amountIssue = isPorticoError(error) ? error.issues.find((i) => i.path.startsWith('amount')) : undefined;
      if (amountIssue && isPorticoError(error)) {
        this.partial = true;
        this.amountError = error.message;
      } else {
        this.failure = `${describeError(error).heading}. ${isPorticoError(error) && error.kind === 'invalid-request' ? error.message : describeError(error).description}`;
      }
      return;
    }
    if (result.status === 'requires-action') {
      await this.confirm(result.actionToken);
      return;
    }
    for (const attempt of attempts) attempt.settle();
    if (result.status === 'succeeded') {
      this.result = result;
      this.phase = 'done';
      emit(this, 'portico-payment-succeeded', { invoiceId: invoice.id, paymentId: result.payment.id, amount: result.payment.amount });
      audit(this, { type: 'invoice-paid', invoiceId: invoice.id, paymentId: result.payment.id });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#pay-heading')?.focus());
    } else {
      this.fail(result.message);
    }
  }

  private cardEntry(): PorticoBillingCardEntry | null {
    return this.renderRoot.querySelector('portico-billing-card-entry');
  }

  private async confirm(actionToken: string): Promise<void> {
    const confirming = this.cardEntry()?.confirm(actionToken);
    if (!confirming) {
      this.attempt.reset();
      this.fail(msg('Your bank asked to confirm this payment, but the card field is not available. Try again with a new card.'));
      return;
    }
    this.phase = 'confirming';
    const answer = await confirming;
    if ('error' in answer) {
      // Nothing was charged and the person may choose another card: the next Pay is a new payment.
      this.attempt.reset();
      this.fail(answer.error);
      return;
    }
    const input = { clientId: this.s.clientId!, invoiceId: this.invoice!.id, body: { actionToken, confirmationToken: answer.confirmationToken } };
    const idempotencyKey = this.confirmation.key(actionToken);
    await this.run((store) => mutate(store, 'billing.confirmPayment', input, { idempotencyKey, invalidates: PAID }), [this.attempt, this.confirmation]);
  }

  private fail(reason: string): void {
    this.phase = 'form';
    this.failure = msg(str`The payment did not go through: ${reason}`);
    emit(this, 'portico-payment-failed', { invoiceId: this.invoice!.id, reason });
  }

  private readonly onCancel = (event: Event): void => {
    // Escape must not abandon a payment that is already on its way.
    if (this.phase === 'paying') event.preventDefault();
  };

  private readonly onClose = (): void => {
    this.open = false;
    if (this.phase === 'done') this.reset();
    else if (this.phase !== 'form') this.phase = 'form';
    if (this.opener?.isConnected) this.opener.focus();
    else this.onClosed?.();
  };

  private reset(): void {
    this.phase = 'form';
    this.result = undefined;
    this.partial = false;
    this.amountText = '';
    this.amountError = '';
    this.failure = '';
  }
}

define('portico-billing-pay-dialog', PorticoBillingPayDialog);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-pay-dialog': PorticoBillingPayDialog;
  }
  interface HTMLElementEventMap {
    'portico-payment-succeeded': CustomEvent<{ invoiceId: string; paymentId: string; amount: { amount: number; currency: string } }>;
    'portico-payment-failed': CustomEvent<{ invoiceId: string; reason: string }>;
  }
}
