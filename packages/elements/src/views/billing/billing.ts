import { ContextProvider, consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { can, type PaymentProvider } from '@portico/core';
import { paymentProviderContext, sessionContext, type PorticoSessionState } from '../../context.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { tabList, tabStyles } from '../../ui/view-frame.js';
import { billingStyles } from './billing.styles.js';
import './invoice-list.js';
import './invoice-detail.js';
import './payment-history.js';
import './saved-cards.js';
import './insurance.js';
import './timesheets.js';
import type { PorticoBillingInvoices } from './invoice-list.js';
import type { PorticoBillingInvoice } from './invoice-detail.js';

export type BillingTab = 'invoices' | 'payments' | 'cards' | 'insurance' | 'timesheets';

/**
 * @tagname portico-billing
 * @summary Billing (BILL-1..4): invoices with their detail, PDF and print; paying an invoice
 * through a payment provider (Portico never sees the card number); payment history with
 * receipts; saved cards; insurance coverage; provider timesheets to review and e-sign. Only the
 * sections the session may use are shown: with payments switched off there is no pay control
 * and no saved-card request at all.
 *
 * Deep link: set `item` to an invoice id to open that invoice. Opening one from the list fires
 * `portico-open-requested` `{ view: 'billing', item }` (the portal writes it to the URL).
 *
 * ```html
 * <portico-provider><portico-billing></portico-billing></portico-provider>
 * <script type="module">
 *   document.querySelector('portico-billing').paymentProvider = myStripeProvider;
 * </script>
 * ```
 *
 * @csspart heading - The view's heading.
 * @csspart tabs - The tab list (Invoices, Payments, Cards, Insurance, Timesheets).
 * @csspart tab - One tab.
 * @csspart panel - The panel of the selected tab.
 *
 * @cssprop --portico-color-primary - Selected tab, links and primary buttons.
 * @cssprop --portico-color-danger - Overdue invoices and errors.
 * @cssprop --portico-color-surface - Card and dialog background.
 * @cssprop --portico-radius-lg - Card corner radius.
 *
 * @fires portico-open-requested - An invoice was opened, or the user went back to the list: `detail: { view: 'billing', item }`.
 * @fires portico-payment-succeeded - A payment went through: `detail: { invoiceId, paymentId, amount }`.
 * @fires portico-payment-failed - A payment was declined or could not be confirmed: `detail: { invoiceId, reason }`.
 * @fires portico-timesheet-decided - A timesheet was e-signed or disputed: `detail: { timesheetId, decision }`.
 */
@localized()
export class PorticoBilling extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles, tabStyles];

  /** The invoice being shown (an opaque id), or none for the lists. */
  @property() item: string | undefined;

  /**
   * The payment provider whose card field takes card details. Without one, only saved cards can
   * pay. Inside a portal or provider, theirs (`paymentProvider`, by context) is used unless this is set.
   */
  @property({ attribute: false }) paymentProvider: PaymentProvider | undefined;

  @consume({ context: paymentProviderContext, subscribe: true })
  @state()
  private hostPaymentProvider: PaymentProvider | undefined;

  /** Gives this view's parts (the pay dialog) the payment provider in use. */
  private readonly paymentProviderProvider = new ContextProvider(this, { context: paymentProviderContext });

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @state() private tab: BillingTab = 'invoices';
  @state() private visited = new Set<BillingTab>(['invoices']);

  /** Set when the user (not a deep link) changed `item`, so focus follows. */
  private focusAfterItemChange = false;
  private lastItem: string | undefined;

  constructor() {
    super();
    // Works standalone too: the view follows its own requests; inside a portal the portal also writes the URL.
    this.addEventListener('portico-open-requested', (event) => {
      if (event.detail.view !== 'billing') return;
      this.focusAfterItemChange = true;
      this.item = event.detail.item;
    });
  }

  /** Moves focus to the view's heading, or to the open invoice's heading (the portal calls this after navigation). */
  focusHeading(): void {
    if (this.item) this.detail?.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private get detail(): PorticoBillingInvoice | null {
    return this.renderRoot.querySelector('portico-billing-invoice');
  }

  private tabs(): { id: BillingTab; label: string }[] {
    const s = this.session;
    if (!s) return [];
    const may = (capability: Parameters<typeof can>[2]) => can(s.session, s.clientId, capability);
    const all: { id: BillingTab; label: string; allowed: boolean }[] = [
      { id: 'invoices', label: msg('Invoices'), allowed: true },
      { id: 'payments', label: msg('Payments'), allowed: true },
      { id: 'cards', label: msg('Saved cards'), allowed: may('billing.pay') },
      { id: 'insurance', label: msg('Insurance'), allowed: may('billing.insurance') },
      { id: 'timesheets', label: msg('Timesheets'), allowed: may('billing.timesheets') },
    ];
    return all.filter((t) => t.allowed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const provider = this.paymentProvider ?? this.hostPaymentProvider;
    if (this.paymentProviderProvider.value !== provider) this.paymentProviderProvider.setValue(provider);
    if (changed.has('item') && this.item) this.select('invoices');
    const tabs = this.tabs();
    if (tabs.length && !tabs.some((t) => t.id === this.tab)) this.tab = 'invoices';
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (!changed.has('item')) return;
    const previous = this.lastItem;
    this.lastItem = this.item;
    if (!this.focusAfterItemChange) return;
    this.focusAfterItemChange = false;
    if (this.item) {
      const detail = this.detail;
      await detail?.updateComplete;
      detail?.focusHeading();
    } else {
      const list = this.renderRoot.querySelector<PorticoBillingInvoices>('portico-billing-invoices');
      await list?.updateComplete;
      if (!previous || !list?.focusInvoice(previous)) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  override render() {
    const tabs = this.tabs();
    return html`
      <h2 part="heading" tabindex="-1">${msg('Billing')}</h2>
      ${tabs.length > 1
        ? tabList(this, { label: msg('Billing sections'), tabs, selected: this.tab, select: (id) => this.select(id) })
        : nothing}
      ${tabs.map((t) =>
        this.visited.has(t.id) || t.id === this.tab
          ? html`<section
              class="panel"
              part="panel"
              id=${`panel-${t.id}`}
              role=${tabs.length > 1 ? 'tabpanel' : nothing}
              aria-labelledby=${tabs.length > 1 ? `tab-${t.id}` : nothing}
              ?hidden=${t.id !== this.tab}
            >
              ${this.renderPanel(t.id)}
            </section>`
          : nothing,
      )}
    `;
  }

  private renderPanel(tab: BillingTab) {
    switch (tab) {
      case 'invoices':
        return html`<portico-billing-invoices ?hidden=${!!this.item}></portico-billing-invoices>
          ${this.item
            ? html`<portico-billing-invoice .invoiceId=${this.item}></portico-billing-invoice>`
            : nothing}`;
      case 'payments':
        return html`<portico-billing-payments></portico-billing-payments>`;
      case 'cards':
        return html`<portico-billing-cards .paymentProvider=${this.paymentProvider ?? this.hostPaymentProvider}></portico-billing-cards>`;
      case 'insurance':
        return html`<portico-billing-insurance></portico-billing-insurance>`;
      case 'timesheets':
        return html`<portico-billing-timesheets></portico-billing-timesheets>`;
    }
  }

  private select(tab: BillingTab): void {
    this.tab = tab;
    if (!this.visited.has(tab)) this.visited = new Set(this.visited).add(tab);
  }
}

define('portico-billing', PorticoBilling);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing': PorticoBilling;
  }
}
