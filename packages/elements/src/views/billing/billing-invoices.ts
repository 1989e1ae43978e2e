import { localized, msg, str } from '@lit/localize';
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { formatLocalDate, formatMoney, type Invoice } from '@portico/core';
import { requestOpen } from '../../controllers/intents.js';
import { pagedResource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import { invoiceKindLabel, invoiceStatusLabel, isOverdue } from './invoice-status.js';

type Filter = 'unpaid' | 'paid' | 'all';

/**
 * @tagname portico-billing-invoices
 * @summary Part of `<portico-billing>`: the invoice list (BILL-1) with an unpaid / paid / all
 * filter, status in words, dates and money in the user's locale, overdue highlighted, and
 * "Show more" over the backend's cursor pages.
 *
 * @csspart invoice-list - The list of invoices.
 * @csspart invoice - One invoice.
 * @csspart more-button - "Show more invoices".
 *
 * @fires portico-open-requested - The user opened an invoice: the intent `{ view: 'billing', item }`.
 */
@localized()
export class PorticoBillingInvoices extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles];

  private readonly s = new SessionController(this);

  @state() private filter: Filter = 'all';

  private readonly invoices = pagedResource(this, 'billing.listInvoices', () => this.s.clientId && { clientId: this.s.clientId, status: this.filter }, {
    pageSize: 20,
    item: '[data-invoice-id]',
  });

  /** Focuses the open button of an invoice (after coming back from its detail); false if it is not listed. */
  focusInvoice(id: string): boolean {
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-invoice-id="${CSS.escape(id)}"]`);
    button?.focus();
    return !!button;
  }

  override render() {
    return html`
      <div class="toolbar">
        <portico-field id="filter" name="status" type="select" label=${msg('Show')} .value=${this.filter}
          .options=${[
            { value: 'all', label: msg('All invoices') },
            { value: 'unpaid', label: msg('Unpaid') },
            { value: 'paid', label: msg('Paid') },
          ]}
          @change=${(e: Event) => (this.filter = (e.target as PorticoField).value as Filter)}></portico-field>
      </div>
      ${this.invoices.render({
        loading: () => html`<portico-state-loading rows="5" label=${msg('Loading invoices')}></portico-state-loading>`,
        empty: () =>
          this.filter === 'unpaid'
            ? html`<portico-state-empty heading=${msg('Nothing to pay')} description=${msg('You have no unpaid invoices. Choose “All invoices” to see earlier ones.')}></portico-state-empty>`
            : html`<portico-state-empty
                heading=${msg('No invoices yet')}
                description=${msg('Invoices the practice shares with you will appear here. Questions about a bill? Contact the practice.')}
              ></portico-state-empty>`,
        content: (invoices) => this.renderList(invoices),
      })}
    `;
  }

  private renderList(invoices: Invoice[]) {
    const ctx = this.s.format;
    return html`
      <ul class="cards" part="invoice-list" aria-label=${msg('Invoices')}>
        ${invoices.map((invoice) => {
          const overdue = isOverdue(invoice, ctx);
          const tone = overdue ? 'danger' : invoice.status === 'paid' ? 'success' : invoice.status === 'partially-paid' ? 'warning' : 'neutral';
          return html`<li class="card" part="invoice" ?data-overdue=${overdue}>
            <div class="card-head">
              <button type="button" class="link-button" data-invoice-id=${invoice.id} @click=${() => requestOpen(this, { view: 'billing', item: invoice.id })}>
                ${msg(str`Invoice ${invoice.number}`)}
              </button>
              <span class="status" data-tone=${tone}>${invoiceStatusLabel(invoice, ctx)}</span>
            </div>
            <p class="muted">${invoiceKindLabel(invoice.kind)}</p>
            <dl class="facts">
              <div><dt>${msg('Issued')}</dt><dd>${formatLocalDate(invoice.issuedOn, ctx)}</dd></div>
              <div><dt>${msg('Due')}</dt><dd>${formatLocalDate(invoice.dueOn, ctx)}</dd></div>
              <div><dt>${msg('Total')}</dt><dd>${formatMoney(invoice.total, ctx)}</dd></div>
              <div><dt>${msg('Balance')}</dt><dd>${formatMoney(invoice.balance, ctx)}</dd></div>
            </dl>
          </li>`;
        })}
      </ul>
      ${this.invoices.renderMore({ label: msg('Show more invoices') })}
    `;
  }
}

define('portico-billing-invoices', PorticoBillingInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-invoices': PorticoBillingInvoices;
  }
}
