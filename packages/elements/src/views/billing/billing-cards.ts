import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Attempt, isPorticoError, type PaymentMethod, type PaymentProvider } from '@portico/core';
import { paymentProviderContext } from '../../context.js';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { dialogStyles } from '../../ui/view-frame.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { billingStyles } from './billing.styles.js';
import { CardField } from './card-field.js';
import { cardExpiry, cardLabel } from './card-labels.js';

/**
 * @tagname portico-billing-cards
 * @summary Part of `<portico-billing>`: cards saved with the payment provider (summaries
 * only). A card can be added outside a payment, in a dialog that mounts the payment
 * provider's own card field (Portico never sees the card number; it saves the provider's
 * token with `billing.addPaymentMethod`); any card but the default can be made the default
 * (`billing.setDefaultPaymentMethod`, which the pay dialog then preselects); each is removable
 * after a confirmation. Only rendered when the session may pay. The payment provider comes by
 * context (the portal's, the provider's or `<portico-billing>`'s `paymentProvider`).
 *
 * @csspart card-field - The container the payment provider's card field is mounted in (add-a-card dialog).
 */
@localized()
export class PorticoBillingCards extends LitElement {
  static override styles = [baseStyles, buttonStyles, dialogStyles, billingStyles];

  private readonly s = new SessionController(this);

  /** The payment provider whose card field takes a new card, by context. Without one, no card can be added here. */
  @consume({ context: paymentProviderContext, subscribe: true })
  @state()
  private paymentProvider: PaymentProvider | undefined;

  private readonly cards = resource(this, 'billing.listPaymentMethods', () => this.s.clientId && { clientId: this.s.clientId });

  @state() private adding = false;
  @state() private saving = false;
  @state() private addError = '';
  /** The id of the card being made the default, while that request runs. */
  @state() private defaulting = '';
  @state() private listError = '';
  @state() private announcement = '';
  private readonly card = new CardField();
  private addOpener: HTMLElement | undefined;
  /** Kept across retries of one card entry, so a lost answer does not save the card twice. */
  private readonly addAttempt = new Attempt();
  private readonly defaultAttempt = new Attempt();

  @state() private removing: PaymentMethod | undefined;
  @state() private busy = false;
  @state() private error = '';
  private opener: HTMLElement | undefined;
  private readonly removeAttempt = new Attempt();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.card.destroy();
  }

  override render() {
    return html`${this.paymentProvider
        ? html`<div class="toolbar">
            <button type="button" class="button" data-variant="primary" @click=${this.openAdd}>${msg('Add a card')}</button>
          </div>`
        : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div role="alert">${this.listError ? html`<p class="notice" data-tone="danger">${this.listError}</p>` : nothing}</div>
      ${this.cards.render({
        loading: () => html`<portico-state-loading rows="2" label=${msg('Loading your saved cards')}></portico-state-loading>`,
        empty: () => html`<portico-state-empty heading=${msg('No saved cards')} description=${msg('When you pay an invoice with a new card, choose “Save this card for next time” to see it here.')}></portico-state-empty>`,
        content: (cards) => html`<ul class="cards" aria-label=${msg('Saved cards')}>
          ${cards.map(
            (card) => html`<li class="card" data-card=${card.id} tabindex="-1">
              <div class="card-head">
                <strong>${cardLabel(card)}</strong>
                ${card.isDefault ? html`<span class="status">${msg('Default')}</span>` : nothing}
              </div>
              <p class="muted">${cardExpiry(card)}</p>
              <p class="actions">
                ${card.isDefault
                  ? nothing
                  : html`<button type="button" class="button" data-size="sm" aria-label=${msg(str`Make default: ${cardLabel(card)}`)}
                      aria-busy=${this.defaulting === card.id ? 'true' : 'false'} aria-disabled=${this.defaulting ? 'true' : 'false'} @click=${() => this.makeDefault(card)}>
                      ${msg('Make default')}
                    </button>`}
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
      </dialog>
      ${this.renderAddDialog()}`;
  }

  private renderAddDialog() {
    if (!this.paymentProvider) return nothing;
    return html`<dialog class="add-card" aria-labelledby="add-heading" @close=${this.onAddClose} @cancel=${this.onAddCancel}>
      <form novalidate @submit=${this.saveCard}>
        <h3 id="add-heading" tabindex="-1">${msg('Add a card')}</h3>
        <p class="muted">${msg('The card is saved with the practice’s payment provider, to pay future invoices with. It is not charged now.')}</p>
        <div class="card-field" part="card-field"></div>
        <div role="alert">${this.addError ? html`<p class="notice" data-tone="danger">${this.addError}</p>` : nothing}</div>
        <div class="actions">
          <button type="submit" class="button" data-variant="primary" aria-busy=${this.saving ? 'true' : 'false'} aria-disabled=${this.saving ? 'true' : 'false'}>${msg('Save card')}</button>
          <button type="button" class="button" @click=${() => this.addDialog()?.close()}>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private addDialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog.add-card');
  }

  private readonly openAdd = async (event: Event): Promise<void> => {
    this.addOpener = event.currentTarget as HTMLElement;
    this.adding = true;
    this.addError = '';
    this.announcement = '';
    await this.updateComplete;
    const dialog = this.addDialog();
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#add-heading')?.focus();
    await this.mountField();
  };

  private async mountField(): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('dialog.add-card .card-field');
    const provider = this.paymentProvider;
    const session = this.s.state;
    if (!container || !provider || !session) return;
    // Nothing is charged: the provider is told a zero amount in the practice's currency.
    const amount = { amount: 0, currency: session.organisation.currency };
    await this.card.mount(provider, container, { locale: this.s.format.locale, amount }, () => this.adding, () => {
      this.addError = msg('The card field could not be loaded. Try again later.');
    });
  }

  private readonly saveCard = async (event: Event): Promise<void> => {
    event.preventDefault();
    const store = this.cards.store;
    const clientId = this.s.clientId;
    const field = this.card.field;
    if (this.saving || !store || !clientId) return;
    if (!field) {
      this.addError = msg('The card field is still loading. Try again in a moment.');
      return;
    }
    this.addError = '';
    this.saving = true;
    try {
      const token = await field.tokenize();
      // The provider shows what is wrong next to its own field and focuses it.
      if ('error' in token) return;
      const card = await mutate(store, 'billing.addPaymentMethod', { clientId, body: { paymentToken: token.token } }, {
        idempotencyKey: this.addAttempt.key(),
        invalidates: ['billing.listPaymentMethods'],
      });
      this.addAttempt.settle();
      this.announcement = msg(str`${cardLabel(card)} saved.`);
      this.addDialog()?.close();
    } catch (error) {
      this.addAttempt.settle(error);
      // A declined card: the provider's reason, as the backend gave it.
      this.addError =
        isPorticoError(error) && error.kind === 'invalid-request'
          ? msg(str`The card was not saved: ${error.message}`)
          : `${describeError(error).heading}. ${describeError(error).description}`;
    } finally {
      this.saving = false;
    }
  };

  private readonly onAddCancel = (event: Event): void => {
    // Escape must not drop a card that is already on its way.
    if (this.saving) event.preventDefault();
  };

  /** Closing (saved, Cancel or Escape) forgets what was typed and returns focus to "Add a card". */
  private readonly onAddClose = (): void => {
    this.adding = false;
    this.addError = '';
    this.addAttempt.reset();
    this.card.destroy();
    if (this.addOpener?.isConnected) this.addOpener.focus();
    this.addOpener = undefined;
  };

  private async makeDefault(card: PaymentMethod): Promise<void> {
    const store = this.cards.store;
    const clientId = this.s.clientId;
    if (this.defaulting || !store || !clientId) return;
    this.defaulting = card.id;
    this.listError = '';
    this.announcement = '';
    try {
      await mutate(store, 'billing.setDefaultPaymentMethod', { clientId, methodId: card.id }, {
        idempotencyKey: this.defaultAttempt.key(card.id),
        invalidates: ['billing.listPaymentMethods'],
      });
      this.defaultAttempt.settle();
      this.announcement = msg(str`${cardLabel(card)} is now your default card.`);
      // The button goes away with the new list: focus stays on the card it belonged to.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`li[data-card="${CSS.escape(card.id)}"]`)?.focus();
    } catch (error) {
      this.defaultAttempt.settle(error);
      this.listError = `${describeError(error).heading}. ${describeError(error).description}`;
    } finally {
      this.defaulting = '';
    }
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
    const clientId = this.s.clientId;
    if (!card || !store || !clientId || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      await mutate(store, 'billing.removePaymentMethod', { clientId, methodId: card.id }, {
        idempotencyKey: this.removeAttempt.key(card.id),
        invalidates: ['billing.listPaymentMethods'],
      });
      this.removeAttempt.settle();
      this.opener = undefined;
      this.renderRoot.querySelector('dialog')?.close();
    } catch (error) {
      this.removeAttempt.settle(error);
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
