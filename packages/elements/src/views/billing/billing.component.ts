import { ContextProvider, consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PaymentProvider } from '@portico/core';
import { paymentProviderContext } from '../../context.js';
import { requestOpen, type PortalIntent } from '../../controllers/intents.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { tabList, tabStyles } from '../../ui/view-frame.js';
import { billingStyles } from './billing.styles.js';
import './billing-invoices.js';
import './billing-invoice.js';
import './billing-payments.js';
import './billing-cards.js';
import './billing-insurance.js';
import './billing-timesheets.js';
import type { PorticoBillingInvoices } from './billing-invoices.js';
import type { PorticoBillingInvoice } from './billing-invoice.js';

export type BillingTab = 'invoices' | 'payments' | 'cards' | 'insurance' | 'timesheets';

/**
 * @tagname portico-billing
 * @summary Billing (BILL-1..4): invoices with their detail, PDF and print; paying an invoice
 * through a payment provider (Portico never sees the card number); payment history with
 * receipts; saved cards; insurance coverage; provider timesheets to review and e-sign. Only the
 * sections the session may use are shown: with payments switched off there is no pay control
 * and no saved-card request at all.
 *
 * Deep link: set `item` to an invoice id to open that invoice. Opening one from the list (or
 * "Back to invoices") asks with `portico-open-requested` `{ view: 'billing', item }`: in a portal
 * the portal writes `item` and the URL (one writer); on its own the view opens it itself.
 *
 * This module exports the class without registering it (subclass it for a brand);
 * `billing.js` registers `<portico-billing>` and its parts.
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
 * @fires portico-open-requested - An invoice was opened, or the user went back to the list: the intent `{ view: 'billing', item }`, which the portal takes.
 * @fires portico-payment-succeeded - A payment went through: `detail: { invoiceId, paymentId, amount }`.
 * @fires portico-payment-failed - A payment was declined or could not be confirmed: `detail: { invoiceId, reason }`.
 * @fires portico-timesheet-decided - A timesheet was e-signed or disputed: `detail: { timesheetId, decision }`.
 */
@localized()
export class PorticoBilling extends LitElement {
  static override styles = [baseStyles, buttonStyles, billingStyles, tabStyles];

  protected readonly s = new SessionController(this);

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

  @state() private tab: BillingTab = 'invoices';
  @state() private visited = new Set<BillingTab>(['invoices']);

  /** Set when the user (not a deep link) changed `item`, so focus follows. */
  private focusAfterItemChange = false;
  private lastItem: string | undefined;

  /** Moves focus to the view's heading, or to the open invoice's heading (the portal calls this after navigation). */
  focusHeading(): void {
    if (this.item) this.detail?.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private get detail(): PorticoBillingInvoice | null {
    return this.renderRoot.querySelector('portico-billing-invoice');
  }

  private tabs(): { id: BillingTab; label: string }[] {
    if (!this.s.state) return [];
    const all: { id: BillingTab; label: string; allowed: boolean }[] = [
      { id: 'invoices', label: msg('Invoices'), allowed: true },
      { id: 'payments', label: msg('Payments'), allowed: true },
      { id: 'cards', label: msg('Saved cards'), allowed: this.s.can('billing.pay') },
      { id: 'insurance', label: msg('Insurance'), allowed: this.s.can('billing.insurance') },
      { id: 'timesheets', label: msg('Timesheets'), allowed: this.s.can('billing.timesheets') },
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
              @portico-open-requested=${this.onPartOpen}
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
        return html`<portico-billing-cards></portico-billing-cards>`;
      case 'insurance':
        return html`<portico-billing-insurance></portico-billing-insurance>`;
      case 'timesheets':
        return html`<portico-billing-timesheets></portico-billing-timesheets>`;
    }
  }

  /**
   * A part (the list, an invoice's "Back") asks to open an invoice: the view asks in its own
   * name, so the portal writes `item` and the URL; on its own (nobody takes it) it opens it itself.
   */
  private readonly onPartOpen = (event: CustomEvent<PortalIntent>): void => {
    const intent = event.detail;
    if (intent.view !== 'billing') return;
    event.stopPropagation();
    event.preventDefault();
    this.focusAfterItemChange = true;
    if (!requestOpen(this, { view: 'billing', item: intent.item })) this.item = intent.item;
  };

  private select(tab: BillingTab): void {
    this.tab = tab;
    if (!this.visited.has(tab)) this.visited = new Set(this.visited).add(tab);
  }
}
