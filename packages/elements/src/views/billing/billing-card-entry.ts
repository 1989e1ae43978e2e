import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Money, MountedPaymentField, PaymentProvider } from '@portico/core';
import { paymentProviderContext } from '../../context.js';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { token } from '../../theme/tokens.js';
import { describeError } from '../../ui/error-text.js';
import { CardField } from './card-field.js';
import { cardExpiry, cardLabel } from './card-labels.js';

/** What a payment body carries besides the amount: a single-use token or a saved card. */
export type PaymentSource = { paymentToken: string; saveMethod: boolean } | { paymentMethodId: string };

/** What a view that places `<portico-billing-card-entry>` adds to its styles (billing's own styles have it). */
export const cardEntryStyles = css`
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
  }
`;

/**
 * @tagname portico-billing-card-entry
 * @summary How to pay, in one place for every payment (BILL-2 in the invoice pay dialog, #14.2
 * in a booking request paid up front): the client's saved cards (the default one chosen), or a
 * new card typed into the host's payment provider's own field (optionally saved), including the
 * bank's extra confirmation. Portico never sees the card number: `source()` gives the
 * provider's single-use token or the saved card's id. It renders into the surrounding view's
 * shadow root (no shadow root of its own), so the view's styles, form and harness reach it.
 *
 * @csspart card-field - Where the payment provider mounts its card field.
 */
@localized()
export class PorticoBillingCardEntry extends LitElement {

  private readonly s = new SessionController(this);

  /** The amount, passed to the provider's field (some providers show or check it). */
  @property({ attribute: false }) amount: Money | undefined;
  /** The legend of the choice, e.g. "Pay with". */
  @property() legend = '';

  /** The host's payment provider, by context (`paymentProvider` on the portal or provider). */
  @consume({ context: paymentProviderContext, subscribe: true })
  @state()
  private paymentProvider: PaymentProvider | undefined;

  /** A saved method's id, or `new`. Empty until the saved cards answered. */
  @state() private method = '';
  @state() private saveCard = false;
  @state() private problem = '';

  private readonly cards = resource(this, 'billing.listPaymentMethods', () => this.s.can('billing.pay') && this.s.clientId && { clientId: this.s.clientId }, { isEmpty: () => false });

  private readonly card = new CardField();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /**
   * The chosen way to pay: a saved card's id, or the provider's token for the new card typed.
   * Undefined when the card could not be read: the provider shows why next to its field, or
   * this element says what is missing.
   */
  async source(): Promise<PaymentSource | undefined> {
    this.problem = '';
    if (this.method && this.method !== 'new') return { paymentMethodId: this.method };
    const field = this.card.field;
    if (!field) {
      this.problem = this.paymentProvider ? msg('Enter your card details, or choose a saved card.') : msg('Paying with a new card is not set up here. Choose a saved card or contact the practice.');
      return undefined;
    }
    const token = await field.tokenize();
    return 'error' in token ? undefined : { paymentToken: token.token, saveMethod: this.saveCard };
  }

  /** Completes the bank's extra step (3-D Secure) in the new card's field; undefined without one. */
  confirm(actionToken: string): ReturnType<MountedPaymentField['confirm']> | undefined {
    return this.card.field?.confirm(actionToken);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.card.destroy();
  }

  protected override willUpdate(): void {
    this.chooseDefault();
  }

  protected override updated(): void {
    // Cards already in the store arrive during the first update, after willUpdate looked.
    this.chooseDefault();
    if (this.method === 'new' && this.paymentProvider && !this.card.pending) void this.mountField();
  }

  override render() {
    return html`<fieldset>
      <legend>${this.legend || msg('Pay with')}</legend>
      ${this.cards.render({
        loading: () => html`<p class="muted" role="status">${msg('Loading your saved cards…')}</p>`,
        error: (error) => html`<p class="muted">${msg('Your saved cards could not be loaded.')} ${describeError(error).description}</p>`,
        content: (cards) => cards.map((card) => html`<label class="choice"><input type="radio" name="method" value=${card.id} .checked=${this.method === card.id}
            @change=${() => (this.method = card.id)} />${cardLabel(card)} <span class="muted">(${cardExpiry(card)})</span></label>`),
      })}
      <label class="choice"><input type="radio" name="method" value="new" .checked=${this.method === 'new'} @change=${() => (this.method = 'new')} />
        ${msg('A new card')}</label>
      <div class="card-entry" ?hidden=${this.method !== 'new'}>
        ${this.paymentProvider
          ? html`<div class="card-field" part="card-field"></div>
              <label class="choice"><input type="checkbox" .checked=${this.saveCard} @change=${(e: Event) => (this.saveCard = (e.target as HTMLInputElement).checked)} />
                ${msg('Save this card for next time')}</label>`
          : html`<p class="notice">${msg('Paying with a new card is not set up here. Choose a saved card or contact the practice.')}</p>`}
      </div>
      ${this.problem ? html`<p class="field-error" role="alert">${this.problem}</p>` : nothing}
    </fieldset>`;
  }

  /** The default saved card once the cards are known; a new card when there are none. */
  private chooseDefault(): void {
    const cards = this.cards.data;
    if (!this.method && (cards || !this.s.can('billing.pay') || this.cards.error)) this.method = (cards?.find((c) => c.isDefault) ?? cards?.[0])?.id ?? 'new';
  }

  private async mountField(): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('.card-field');
    const provider = this.paymentProvider;
    if (!container || !provider || !this.amount) return;
    await this.card.mount(provider, container, { locale: this.s.format.locale, amount: this.amount }, () => this.isConnected, () => {
      this.problem = msg('The card field could not be loaded. Choose a saved card or try again later.');
    });
  }
}

define('portico-billing-card-entry', PorticoBillingCardEntry);

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-card-entry': PorticoBillingCardEntry;
  }
}
