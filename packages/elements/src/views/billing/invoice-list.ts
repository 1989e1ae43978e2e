import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { formatLocalDate, formatMoney, type Invoice } from '@portico/core';
import { configContext, sessionContext, type PorticoConfig, type PorticoSessionState } from '../../context.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import { MorePages } from './more-pages.js';
import { formatContext, invoiceKindLabel, invoiceStatusLabel, isOverdue } from './shared.js';

type Filter = 'unpaid' | 'paid' | 'all';
type Page = { items: Invoice[]; nextCursor: string | null };
type Params = { clientId: string; status: Filter };

const PAGE_SIZE = 20;

/**
 * @tagname portico-billing-invoices
 * @summary Part of `<portico-billing>`: the invoice list (BILL-1) with an unpaid / paid / all
 * filter, status in words, dates and money in the user's locale, overdue highlighted, and
 * "Show more" over the backend's cursor pages.
 *
 * @fires portico-open-requested - The user opened an invoice: `detail: { view: 'billing', item }`.
 */
@localized()
export class PorticoBillingInvoices extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: PorticoConfig | undefined;

  @state() private filter: Filter = 'all';
  private readonly more = new MorePages<Invoice>(this);

  private readonly invoices = new ResourceController<Page, Params>(this, {
    key: () => this.session && ['billing.listInvoices', { clientId: this.session.clientId, status: this.filter }],
    fetch: (adapter, { clientId, status }, signal) => adapter.billing.listInvoices({ clientId, status, limit: PAGE_SIZE }, { signal }),
  });

  /** Focuses the open button of an invoice (after coming back from its detail); false if it is not listed. */
  focusInvoice(id: string): boolean {
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-invoice-id="${CSS.escape(id)}"]`);
    button?.focus();
    return !!button;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.more.follow(this.invoices.data);
  }

  override render() {
    return html`
      <div class="toolbar">
        <div class="field">
          <label for="filter">${msg('Show')}</label>
          <select id="filter" .value=${this.filter} @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as Filter)}>
            <option value="all" ?selected=${this.filter === 'all'}>${msg('All invoices')}</option>
            <option value="unpaid" ?selected=${this.filter === 'unpaid'}>${msg('Unpaid')}</option>
            <option value="paid" ?selected=${this.filter === 'paid'}>${msg('Paid')}</option>
          </select>
        </div>
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
        content: (page) => this.renderList([...page.items, ...this.more.items]),
      })}
    `;
  }

  private renderList(invoices: Invoice[]) {
    const ctx = formatContext(this.config);
    return html`
      <ul class="cards" part="invoice-list" aria-label=${msg('Invoices')}>
        ${invoices.map((invoice) => {
          const overdue = isOverdue(invoice, this.config);
          const tone = overdue ? 'danger' : invoice.status === 'paid' ? 'success' : invoice.status === 'partially-paid' ? 'warning' : 'neutral';
          return html`<li class="card" part="invoice" ?data-overdue=${overdue}>
            <div class="card-head">
              <button type="button" class="link-button" data-invoice-id=${invoice.id} @click=${() => this.open(invoice)}>
                ${msg(str`Invoice ${invoice.number}`)}
              </button>
              <span class="status" data-tone=${tone}>${invoiceStatusLabel(invoice, this.config)}</span>
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
      ${this.more.error
        ? html`<p class="notice" data-tone="danger" role="alert">${msg('Could not load more invoices.')} ${describeError(this.more.error).description}</p>`
        : nothing}
      ${this.more.cursor
        ? html`<p class="actions">
            <button type="button" class="button" aria-busy=${this.more.loading ? 'true' : 'false'} aria-disabled=${this.more.loading ? 'true' : 'false'} @click=${this.loadMore}>
              ${msg('Show more invoices')}
            </button>
          </p>`
        : nothing}
    `;
  }

  private open(invoice: Invoice): void {
    emit(this, 'portico-open-requested', { view: 'billing', item: invoice.id });
  }

  private readonly loadMore = async (): Promise<void> => {
    const store = this.invoices.store;
    const session = this.session;
    if (!store || !session) return;
    const { clientId } = session;
    const status = this.filter;
    await this.more.load((cursor) =>
      store.query<Page>(['billing.listInvoices', { clientId, status, cursor }], (adapter, signal) =>
        adapter.billing.listInvoices({ clientId, status, cursor, limit: PAGE_SIZE }, { signal }),
      ),
    );
  };
}

define('portico-billing-invoices', PorticoBillingInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-invoices': PorticoBillingInvoices;
  }
}
