import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { formatDateTime, formatMoney, type Payment } from '@portico/core';
import { configContext, sessionContext, type PorticoConfig, type PorticoSessionState } from '../../context.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/document-button.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import { receiptOf } from './documents.js';
import { MorePages } from './more-pages.js';
import { formatContext } from './shared.js';

type Page = { items: Payment[]; nextCursor: string | null };


/**
 * @tagname portico-billing-payments
 * @summary Part of `<portico-billing>`: payment history with receipts (BILL-2).
 */
@localized()
export class PorticoBillingPayments extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: PorticoConfig | undefined;

  private readonly more = new MorePages<Payment>(this);

  private readonly payments = new ResourceController<Page, { clientId: string }>(this, {
    key: () => this.session && ['billing.listPayments', { clientId: this.session.clientId }],
    fetch: (adapter, { clientId }, signal) => adapter.billing.listPayments({ clientId, limit: 20 }, { signal }),
  });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.more.follow(this.payments.data);
  }

  override render() {
    return this.payments.render({
      loading: () => html`<portico-state-loading rows="4" label=${msg('Loading your payments')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty heading=${msg('No payments yet')} description=${msg('Payments you make on an invoice will be listed here with their receipts.')}></portico-state-empty>`,
      content: (page) => this.renderList([...page.items, ...this.more.items]),
    });
  }

  private renderList(payments: Payment[]) {
    const ctx = formatContext(this.config);
    return html`<ul class="cards" aria-label=${msg('Payments')}>
        ${payments.map(
          (p) => html`<li class="card">
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
              <portico-document-button variant="link" document-kind="receipt" document-id=${p.id} file-name=${`Receipt ${p.receiptNumber}.pdf`} label=${msg(str`Download receipt ${p.receiptNumber}`)} .load=${receiptOf(this.payments.store, this.session?.clientId, p)}
                >${msg(str`Receipt ${p.receiptNumber}`)}</portico-document-button
              >
            </p>
          </li>`,
        )}
      </ul>
      ${this.more.error ? html`<p class="notice" data-tone="danger" role="alert">${describeError(this.more.error).heading}</p>` : nothing}
      ${this.more.cursor
        ? html`<p class="actions"><button type="button" class="button" aria-busy=${this.more.loading ? 'true' : 'false'} @click=${this.loadMore}>${msg('Show more payments')}</button></p>`
        : nothing}`;
  }

  private readonly loadMore = async (): Promise<void> => {
    const store = this.payments.store;
    if (!store || !this.session) return;
    const { clientId } = this.session;
    await this.more.load((cursor) =>
      store.query<Page>(['billing.listPayments', { clientId, cursor }], (adapter, signal) => adapter.billing.listPayments({ clientId, cursor, limit: 20 }, { signal })),
    );
  };
}

define('portico-billing-payments', PorticoBillingPayments);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-payments': PorticoBillingPayments;
  }
}
