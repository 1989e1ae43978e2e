import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { clientBalance, formatLocalDate, formatMoney, isClientPayable, todayIn, type Invoice } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { DashboardWidget, warningIcon } from './widget-base.js';


/**
 * @tagname portico-dashboard-balance
 * @summary What the client owes: the balance of patient-responsibility invoices (core's
 * `clientBalance`; insurance invoices are the payer's and are left out), how many are overdue,
 * and the invoices most in need of attention; each opens in Billing.
 * @csspart view-all - The link to Billing.
 * @fires portico-open-requested - `{ view: 'billing', item?: invoiceId }`.
 */
@localized()
export class PorticoDashboardBalance extends DashboardWidget {
  private readonly invoices = resource(this, 'billing.listInvoices', () => this.s.clientId && { clientId: this.s.clientId, status: 'unpaid' as const, limit: 200 }, { isEmpty: (page) => !page.items.some(isClientPayable) });

  private isOverdue(invoice: Invoice, today: string): boolean {
    return invoice.status === 'overdue' || invoice.dueOn < today;
  }

  override render() {
    return this.invoices.render({
      loading: () => this.loading(msg('Loading your balance')),
      error: (error) => this.errorPanel(error, msg('Could not load your balance'), () => void this.invoices.retry()),
      empty: () => html`${this.emptyPanel(msg('Nothing to pay'), msg('You are all paid up. Thank you!'))}${this.footer(msg('Open Billing'), 'billing')}`,
      content: (page) => this.renderBalance(page.items.filter(isClientPayable)),
    });
  }

  private renderBalance(unpaid: Invoice[]) {
    const ctx = this.formatContext;
    const today = todayIn(ctx, this.now);
    const overdue = unpaid.filter((i) => this.isOverdue(i, today)).length;
    const total = clientBalance(unpaid).map((m) => formatMoney(m, ctx)).join(' + ');
    // Overdue first, then by due date: what needs attention first.
    const first = [...unpaid]
      .sort((a, b) => Number(this.isOverdue(b, today)) - Number(this.isOverdue(a, today)) || a.dueOn.localeCompare(b.dueOn))
      .slice(0, 3);
    return html`<p class="summary">
        <span class="amount" data-total>${total}</span>
        <span>${unpaid.length === 1 ? msg('1 unpaid invoice') : msg(str`${unpaid.length} unpaid invoices`)}</span>
        ${overdue
          ? html`· <span class="overdue" data-overdue-count>${warningIcon}${overdue === 1 ? msg('1 overdue') : msg(str`${overdue} overdue`)}</span>`
          : nothing}
      </p>
      <ul class="items">
        ${first.map((i) => {
          const late = this.isOverdue(i, today);
          return html`<li>
            <button class="item" type="button" data-item=${i.id} ?data-overdue=${late} @click=${() => this.open('billing', i.id)}>
              <span class="title"><span>${msg(str`Invoice ${i.number}`)}</span><span>${formatMoney(i.balance, ctx)}</span></span>
              <span class="meta">
                ${late
                  ? html`<span class="overdue">${warningIcon}${msg(str`Overdue: was due ${formatLocalDate(i.dueOn, ctx)}`)}</span>`
                  : msg(str`Due ${formatLocalDate(i.dueOn, ctx)}`)}
              </span>
            </button>
          </li>`;
        })}
      </ul>
      ${this.footer(msg('See invoices and pay'), 'billing')}`;
  }
}

define('portico-dashboard-balance', PorticoDashboardBalance);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard-balance': PorticoDashboardBalance;
  }
}
