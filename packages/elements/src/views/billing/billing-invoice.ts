import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatLocalDate, formatMoney, isClientPayable, type Invoice } from '@portico/core';
import { requestOpen } from '../../controllers/intents.js';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-error.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import './billing-pay-dialog.js';
import type { PorticoBillingPayDialog } from './billing-pay-dialog.js';
import '../../ui/document-button.js';
import { invoicePdfOf } from './documents.js';
import { invoiceKindLabel, invoiceStatusLabel, isOverdue } from './invoice-status.js';
import { printNode } from './print.js';

/**
 * @tagname portico-billing-invoice
 * @summary Part of `<portico-billing>`: one invoice with its lines (BILL-1), Download PDF,
 * Print (the invoice only, not the page around it) and Pay (BILL-2, when the session may pay).
 *
 * @csspart invoice - The printable invoice.
 * @csspart pay-button - The Pay action.
 *
 * @fires portico-open-requested - "Back to invoices": the intent `{ view: 'billing' }`.
 */
@localized()
export class PorticoBillingInvoice extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    billingStyles,
    css`
      .invoice {
        display: grid;
        gap: ${token('space-4')};
      }
      .totals {
        justify-self: end;
        display: grid;
        grid-template-columns: auto auto;
        gap: ${token('space-1')} ${token('space-4')};
        margin: 0;
      }
      .totals dd {
        margin: 0;
        text-align: end;
        font-weight: ${token('font-weight-strong')};
      }
      .print-frame {
        position: absolute;
        width: 0;
        height: 0;
        border: 0;
        visibility: hidden;
      }
    `,
  ];

  private readonly s = new SessionController(this);

  /** The invoice to show. */
  @property({ attribute: false }) invoiceId: string | undefined;

  private readonly invoice = resource(this, 'billing.getInvoice', () => this.s.clientId && this.invoiceId && { clientId: this.s.clientId, invoiceId: this.invoiceId }, {
    isEmpty: () => false,
  });

  private focusWhenLoaded = false;

  /** Focuses the invoice's heading, or "Back" until the invoice has loaded (then the heading). */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h3');
    this.focusWhenLoaded = !heading;
    (heading ?? this.renderRoot.querySelector<HTMLElement>('.back'))?.focus();
  }

  protected override updated(): void {
    const heading = this.focusWhenLoaded && this.renderRoot.querySelector<HTMLElement>('h3');
    if (!heading) return;
    this.focusWhenLoaded = false;
    // Only if the user has not moved on meanwhile.
    const active = this.shadowRoot?.activeElement;
    if (!active || active.classList.contains('back')) heading.focus();
  }

  override render() {
    return html`
      <p class="actions">
        <button type="button" class="button back" data-variant="ghost" @click=${this.back}>${msg('Back to invoices')}</button>
      </p>
      ${this.invoice.render({
        loading: () => html`<portico-state-loading rows="6" label=${msg('Loading the invoice')}></portico-state-loading>`,
        error: (error) => html`<portico-state-error .error=${error} heading=${msg('Could not load this invoice')}
          not-found-heading=${msg('This invoice could not be found')} @portico-retry=${() => this.invoice.retry()}></portico-state-error>`,
        content: (invoice) => this.renderInvoice(invoice),
      })}
      <iframe class="print-frame" title=${msg('Printable invoice')} aria-hidden="true" tabindex="-1"></iframe>
    `;
  }

  private renderInvoice(invoice: Invoice) {
    const ctx = this.s.format;
    const s = this.s.state;
    const mayPay = this.s.can('billing.pay');
    const overdue = isOverdue(invoice, ctx);
    return html`
      <article class="invoice card" part="invoice" ?data-overdue=${overdue} aria-labelledby="invoice-heading">
        <div class="card-head">
          <h3 id="invoice-heading" tabindex="-1">${msg(str`Invoice ${invoice.number}`)}</h3>
          <span class="status" data-tone=${overdue ? 'danger' : invoice.status === 'paid' ? 'success' : 'neutral'}>${invoiceStatusLabel(invoice, ctx)}</span>
        </div>
        <p class="muted">${invoiceKindLabel(invoice.kind)}${s ? html` · ${s.organisation.name}` : nothing}</p>
        <dl class="facts">
          <div><dt>${msg('Issued')}</dt><dd>${formatLocalDate(invoice.issuedOn, ctx)}</dd></div>
          <div><dt>${msg('Due')}</dt><dd>${formatLocalDate(invoice.dueOn, ctx)}</dd></div>
          ${s ? html`<div><dt>${msg('Client')}</dt><dd>${s.client.name}</dd></div>` : nothing}
        </dl>
        ${invoice.lines?.length
          ? html`<div class="table-wrap">
              <table>
                <caption class="visually-hidden">${msg('Services on this invoice')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Date')}</th>
                    <th scope="col">${msg('Service')}</th>
                    <th scope="col" class="num hide-narrow">${msg('Quantity')}</th>
                    <th scope="col" class="num hide-narrow">${msg('Unit price')}</th>
                    <th scope="col" class="num">${msg('Amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${invoice.lines.map(
                    (line) => html`<tr>
                      <td>${formatLocalDate(line.serviceDate, ctx, 'short')}</td>
                      <td>${line.description}${line.code ? html`<br /><span class="muted">${msg(str`Code ${line.code}`)}</span>` : nothing}</td>
                      <td class="num hide-narrow">${line.quantity}</td>
                      <td class="num hide-narrow">${formatMoney(line.unitPrice, ctx)}</td>
                      <td class="num">${formatMoney(line.amount, ctx)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">${msg('This invoice lists no services.')}</p>`}
        <dl class="totals">
          <dt>${msg('Total')}</dt><dd>${formatMoney(invoice.total, ctx)}</dd>
          <dt>${invoice.kind === 'insurance' ? msg('Outstanding with insurance') : msg('Balance due')}</dt><dd data-balance>${formatMoney(invoice.balance, ctx)}</dd>
        </dl>
        ${invoice.kind === 'insurance'
          ? html`<p class="muted" data-insurance-note>${msg('This invoice is billed to your insurance and is shown for your information. There is nothing for you to pay on it here.')}</p>`
          : nothing}
        <div class="actions no-print">
          ${mayPay && isClientPayable(invoice)
            ? html`<button type="button" class="button" data-variant="primary" part="pay-button" @click=${this.openPay}>
                ${msg(str`Pay ${formatMoney(invoice.balance, ctx)}`)}
              </button>`
            : nothing}
          <portico-document-button document-kind="invoice" document-id=${invoice.id} file-name=${`${invoice.number}.pdf`} label=${msg(str`Download PDF of invoice ${invoice.number}`)} .load=${invoicePdfOf(this.invoice.store, this.s.clientId, invoice)}
            >${msg('Download PDF')}</portico-document-button
          >
          <button type="button" class="button" @click=${this.print}>${msg('Print')}</button>
        </div>
      </article>
      ${mayPay ? html`<portico-billing-pay-dialog
            .invoice=${invoice}
            .onClosed=${() => this.focusHeading()}
          ></portico-billing-pay-dialog>` : nothing}
    `;
  }

  private readonly openPay = (event: Event): void => {
    this.renderRoot.querySelector<PorticoBillingPayDialog>('portico-billing-pay-dialog')?.show(event.currentTarget as HTMLElement);
  };

  private readonly back = (): void => {
    requestOpen(this, { view: 'billing', item: undefined });
  };

  private readonly print = (event: Event): void => {
    const article = this.renderRoot.querySelector('article');
    const frame = this.renderRoot.querySelector('iframe');
    if (article && frame) printNode(article, frame, msg(str`Invoice ${this.invoice.data?.number ?? ''}`), event.currentTarget as HTMLElement);
  };
}

define('portico-billing-invoice', PorticoBillingInvoice);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-invoice': PorticoBillingInvoice;
  }
}
