import { localized, msg, str } from '@lit/localize';
import { LitElement, html } from 'lit';
import { formatDateTime, formatMoney, type Payment } from '@portico/core';
import { pagedResource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/document-button.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import { receiptOf } from './documents.js';

/**
 * @tagname portico-billing-payments
 * @summary Part of `<portico-billing>`: payment history with receipts (BILL-2), with "Show more"
 * over the backend's cursor pages.
 *
 * @csspart more-button - "Show more payments".
 */
@localized()
export class PorticoBillingPayments extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles];

  private readonly s = new SessionController(this);

  private readonly payments = pagedResource(this, 'billing.listPayments', () => this.s.clientId && { clientId: this.s.clientId }, {
    pageSize: 20,
    item: 'li[data-payment-id]',
  });

  override render() {
    return this.payments.render({
      loading: () => html`<portico-state-loading rows="4" label=${msg('Loading your payments')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty heading=${msg('No payments yet')} description=${msg('Payments you make on an invoice will be listed here with their receipts.')}></portico-state-empty>`,
      content: (payments) => this.renderList(payments),
    });
  }

  private renderList(payments: Payment[]) {
    const ctx = this.s.format;
    return html`<ul class="cards" aria-label=${msg('Payments')}>
        ${payments.map(
          (p) => html`<li class="card" data-payment-id=${p.id}>
            <div class="card-head">
              <strong>${formatMoney(p.amount, ctx)}</strong>
              <span class="status" data-tone=${p.status === 'refunded' ? 'warning' : 'success'}>${p.status === 'refunded' ? msg('Refunded') : msg('Received')}</span>
            </div>
            <dl class="facts">
              <div><dt>${msg('Date')}</dt><dd>${formatDateTime(p.createdAt, ctx)}</dd></div>
              <div><dt>${msg('Invoice')}</dt><dd>${p.invoiceNumber}</dd></div>
              <div><dt>${msg('Paid with')}</dt><dd>${p.methodLabel}</dd></div>
            </dl>
            <p>
              <portico-document-button variant="link" document-kind="receipt" document-id=${p.id} file-name=${`Receipt ${p.receiptNumber}.pdf`} label=${msg(str`Download receipt ${p.receiptNumber}`)} .load=${receiptOf(this.payments.first.store, this.s.clientId, p)}
                >${msg(str`Receipt ${p.receiptNumber}`)}</portico-document-button
              >
            </p>
          </li>`,
        )}
      </ul>
      ${this.payments.renderMore({ label: msg('Show more payments') })}`;
  }
}

define('portico-billing-payments', PorticoBillingPayments);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-payments': PorticoBillingPayments;
  }
}
