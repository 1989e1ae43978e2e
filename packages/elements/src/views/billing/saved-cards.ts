import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { PaymentMethod } from '@portico/core';
import { sessionContext, type PorticoSessionState } from '../../context.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { dialogStyles } from '../../ui/view-frame.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import { cardExpiry, cardLabel } from './cards.js';
import { newActionKey } from './shared.js';

/**
 * @tagname portico-billing-cards
 * @summary Part of `<portico-billing>`: cards saved with the payment provider (summaries
 * only), each removable after a confirmation. Only rendered when the session may pay.
 */
@localized()
export class PorticoBillingCards extends LitElement {
  static override styles = [baseStyles, buttonStyles, dialogStyles, billingStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @state() private removing: PaymentMethod | undefined;
  @state() private busy = false;
  @state() private error = '';
  private opener: HTMLElement | undefined;
  private removeKey: { id: string; key: string } | undefined;

  private readonly cards = new ResourceController<PaymentMethod[], { clientId: string }>(this, {
    key: () => this.session && ['billing.listPaymentMethods', { clientId: this.session.clientId }],
    fetch: (adapter, { clientId }, signal) => adapter.billing.listPaymentMethods({ clientId }, { signal }),
  });

  override render() {
    return html`${this.cards.render({
        loading: () => html`<portico-state-loading rows="2" label=${msg('Loading your saved cards')}></portico-state-loading>`,
        empty: () => html`<portico-state-empty heading=${msg('No saved cards')} description=${msg('When you pay an invoice with a new card, choose “Save this card for next time” to see it here.')}></portico-state-empty>`,
        content: (cards) => html`<ul class="cards" aria-label=${msg('Saved cards')}>
          ${cards.map(
            (card) => html`<li class="card">
              <div class="card-head">
                <strong>${cardLabel(card)}</strong>
                ${card.isDefault ? html`<span class="status">${msg('Default')}</span>` : nothing}
              </div>
              <p class="muted">${cardExpiry(card)}</p>
              <p class="actions">
                <button type="button" class="button" data-size="sm" aria-label=${msg(str`Remove ${cardLabel(card)}`)} @click=${(e: Event) => this.ask(card, e)}>${msg('Remove')}</button>
              </p>
            </li>`,
          )}
        </ul>`,
      })}
      <dialog aria-labelledby="remove-heading" @close=${this.onClose}>
        ${this.removing
          ? html`<h3 id="remove-heading">${msg(str`Remove ${cardLabel(this.removing)}?`)}</h3>
              <p>${msg('You will need to enter the card again to pay with it.')}</p>
              <div role="alert">${this.error ? html`<p class="notice" data-tone="danger">${this.error}</p>` : nothing}</div>
              <p class="actions">
                <button type="button" class="button" data-variant="danger" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.removeCard}>
                  ${msg('Remove card')}
                </button>
                <button type="button" class="button" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>${msg('Keep card')}</button>
              </p>`
          : nothing}
      </dialog>`;
  }

  private ask(card: PaymentMethod, event: Event): void {
    this.opener = event.currentTarget as HTMLElement;
    this.removing = card;
    this.error = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private readonly removeCard = async (): Promise<void> => {
    const card = this.removing;
    const store = this.cards.store;
    if (!card || !store || !this.session || this.busy) return;
    if (this.removeKey?.id !== card.id) this.removeKey = { id: card.id, key: newActionKey() };
    this.busy = true;
    this.error = '';
    const clientId = this.session.clientId;
    try {
      await store.mutate((adapter, { idempotencyKey }) => adapter.billing.removePaymentMethod({ clientId, methodId: card.id }, { idempotencyKey }), {
        idempotencyKey: this.removeKey.key,
        invalidates: ['billing.listPaymentMethods'],
      });
      this.removeKey = undefined;
      this.opener = undefined;
      this.renderRoot.querySelector('dialog')?.close();
    } catch (error) {
      this.error = `${describeError(error).heading}. ${describeError(error).description}`;
    } finally {
      this.busy = false;
    }
  };

  private readonly onClose = (): void => {
    this.removing = undefined;
    if (this.opener?.isConnected) this.opener.focus();
    else this.renderRoot.querySelector<HTMLElement>('button')?.focus();
    this.opener = undefined;
  };
}

define('portico-billing-cards', PorticoBillingCards);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-cards': PorticoBillingCards;
  }
}
