import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Attempt, effectiveFeatures, formatDate, formatMoney, isPorticoError, type AppointmentRequest, type FormatContext, type Provider, type Service, type Slot } from '@portico/core';
import type { BookingChoice } from '../../controllers/intents.js';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import '../billing/billing-card-entry.js';
import { cardEntryStyles, type PorticoBillingCardEntry } from '../billing/billing-card-entry.js';
import { scheduleStyles } from './schedule.styles.js';
import { timeRangeWithZone } from './appointment-text.js';
import './schedule-slot-picker.js';

/**
 * @tagname portico-schedule-booking
 * @summary Self-scheduling (SCHED-2): pick a provider and a service it offers, an open slot in
 * the user's time zone, an optional note, and request it; the request is pending until the
 * provider accepts or declines. Part of `<portico-schedule>`.
 *
 * A service the practice takes payment for up front (`upfrontPayment`, #14.2) shows the amount
 * and a payment step (saved cards or the host's payment provider's card field); the payment
 * travels with the request under the request's intent key, so a retry never charges twice.
 * Without card processing such a service cannot be requested here, and the view says so with
 * the practice's contact details.
 *
 * @csspart upfront - The up-front payment step (amount, what happens to it, how to pay).
 * @csspart upfront-unavailable - Why a service paid up front cannot be requested here.
 *
 * @fires portico-appointment-requested - A slot was requested. `detail: { requestId, start }`.
 */
@localized()
export class PorticoScheduleBooking extends LitElement {
  static override styles = [baseStyles, buttonStyles, scheduleStyles, cardEntryStyles];

  private readonly s = new SessionController(this);

  private readonly providers = resource(this, 'schedule.listProviders', () => this.s.clientId && { clientId: this.s.clientId });
  private readonly services = resource(this, 'schedule.listServices', () => this.s.clientId && { clientId: this.s.clientId });

  /**
   * A provider and service to start with (the booking link's ids). Applied once the providers
   * and services are known; an id the practice no longer offers shows a note instead.
   */
  @property({ attribute: false }) choice: BookingChoice | undefined;
  /** The choice last applied, so a new link applies again and an old one only once. */
  private appliedChoice: BookingChoice | undefined;
  @state() private choiceGone = false;

  @state() private providerId = '';
  @state() private serviceId = '';
  @state() private chosen: Slot | undefined;
  @state() private note = '';
  @state() private busy = false;
  @state() private failure: unknown;
  @state() private slotMissing = false;
  @state() private sent: AppointmentRequest | undefined;
  /**
   * The request's idempotency key, kept while the same request (slot, note, payment amount) is
   * retried after a lost answer, so it is stored — and its up-front payment charged — once.
   */
  private readonly attempt = new Attempt();

  protected override willUpdate(): void {
    const choice = this.choice;
    const providers = this.providers.data;
    if (!choice || choice === this.appliedChoice || !providers) return;
    if (choice.serviceId && !this.services.data) return;
    this.appliedChoice = choice;
    const provider = providers.find((p) => p.id === choice.providerId);
    const service = provider && this.services.data?.find((s) => s.id === choice.serviceId && provider.serviceIds.includes(s.id));
    this.providerId = provider?.id ?? '';
    this.serviceId = service?.id ?? '';
    this.resetChoice();
    this.choiceGone = !!(choice.providerId && !provider) || !!(choice.serviceId && !service);
  }

  override render() {
    return this.providers.render({
      loading: () => html`<portico-state-loading rows="3" label=${msg('Loading providers')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty
        heading=${msg('No one is open for online booking')}
        description=${msg('To book an appointment, contact the practice.')}
      ></portico-state-empty>`,
      content: (providers) => this.renderForm(providers),
    });
  }

  private renderForm(providers: Provider[]) {
    const provider = providers.find((p) => p.id === this.providerId);
    const services = (this.services.data ?? []).filter((s) => provider?.serviceIds.includes(s.id));
    const ctx = this.s.format;
    const service = services.find((s) => s.id === this.serviceId);
    const blocked = !!service?.upfrontPayment && !this.cardsOn();
    return html`<form class="stack" novalidate @submit=${this.onSubmit}>
      ${this.choiceGone
        ? html`<p class="notice" role="status">
            ${msg('The provider or service in your booking link is no longer offered for online booking. Choose from what is offered now.')}
          </p>`
        : nothing}
      <portico-field id="provider" type="select" label=${msg('Provider')} .value=${this.providerId} .options=${[
        { value: '', label: msg('Choose a provider') },
        ...providers.map((p) => ({ value: p.id, label: `${p.name} — ${p.title}` })),
      ]} @change=${this.onProvider}></portico-field>
      ${provider
        ? html`<portico-field id="service" type="select" label=${msg('Service')} .value=${this.serviceId} .options=${[
            { value: '', label: this.services.pending ? msg('Loading services…') : msg('Choose a service') },
            ...services.map((s) => ({ value: s.id, label: serviceLabel(s, ctx) })),
          ]} @change=${this.onService}></portico-field>`
        : nothing}
      ${provider && service && blocked ? this.renderUnavailable(service) : nothing}
      ${provider && this.serviceId && !blocked
        ? html`<portico-schedule-slot-picker
              provider-id=${provider.id}
              service-id=${this.serviceId}
              .value=${this.chosen?.start ?? ''}
              .pick=${this.onPick}
              error=${this.slotMissing ? msg('Pick one of the open times first.') : ''}
            ></portico-schedule-slot-picker>
            <portico-field id="note" type="textarea" label=${msg('Note for the provider (optional)')} maxlength="1000" .value=${this.note} @input=${this.onNote}></portico-field>
            ${this.chosen
              ? html`<p>${msg(str`Chosen time: ${formatDate(this.chosen.start, ctx, 'full')}, ${timeRangeWithZone(this.chosen.start, this.chosen.end, ctx)}`)}</p>`
              : nothing}
            ${service?.upfrontPayment ? this.renderUpfront(service) : nothing}
            ${this.renderFailure()}
            <div class="actions">
              <button class="button" data-variant="primary" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
                ${this.busy
                  ? msg('Sending request…')
                  : service?.upfrontPayment
                    ? msg(str`Pay ${formatMoney(service.upfrontPayment, ctx)} and request this time`)
                    : msg('Request this time')}
              </button>
            </div>`
        : nothing}
      <div role="status">
        ${this.sent
          ? html`<p class="notice" data-tone="success">
              ${msg(str`Request sent for ${formatDate(this.sent.start, ctx, 'full')}, ${timeRangeWithZone(this.sent.start, this.sent.end, ctx)}. It is pending until ${this.sent.provider.name} accepts it.`)}
            </p>`
          : nothing}
      </div>
    </form>`;
  }

  /** Whether the practice can take card payments in the portal for this client. */
  private cardsOn(): boolean {
    const state = this.s.state;
    if (!state) return false;
    const features = effectiveFeatures(state.session, state.client);
    return features.payments && features.cardProcessing !== false;
  }

  private renderUpfront(service: Service) {
    const amount = formatMoney(service.upfrontPayment!, this.s.format);
    return html`<section class="stack" part="upfront" aria-labelledby="upfront-heading">
      <h4 id="upfront-heading">${msg('Payment up front')}</h4>
      <p>${msg(str`${service.name} is paid when you send the request: ${amount}. If the practice declines the request, or you withdraw it, the payment is refunded.`)}</p>
      <portico-billing-card-entry .amount=${service.upfrontPayment} legend=${msg(str`Pay ${amount} with`)}></portico-billing-card-entry>
    </section>`;
  }

  private renderUnavailable(service: Service) {
    const org = this.s.state?.organisation;
    const amount = formatMoney(service.upfrontPayment!, this.s.format);
    const contact = [org?.phone, org?.email].filter(Boolean).join(msg(' or '));
    return html`<div class="notice stack" part="upfront-unavailable" role="status">
      <p>${msg(str`${service.name} is paid up front (${amount}) when it is booked online, and the practice does not take card payments through the portal, so it cannot be requested here.`)}</p>
      <p>${contact ? msg(str`To book it, contact the practice: ${contact}.`) : msg('To book it, contact the practice.')}</p>
    </div>`;
  }

  private renderFailure() {
    if (!this.failure) return nothing;
    const error = this.failure;
    const conflict = isPorticoError(error) && error.kind === 'conflict';
    const refused = isPorticoError(error) && error.kind === 'invalid-request' && error.issues.some((i) => i.path.startsWith('payment'));
    const text = describeError(error);
    return html`<div class="notice stack" data-tone="danger" role="alert">
      <p>${conflict ? msg('That time is no longer available. Pick another time.') : refused ? msg(str`The payment did not go through: ${error.message}`) : text.heading}</p>
      ${conflict ? nothing : refused ? html`<p>${msg('Nothing was charged and the request was not sent. Check the card or choose another, then try again.')}</p>` : html`<p>${text.description}</p>`}
    </div>`;
  }

  private readonly onProvider = (event: Event): void => {
    this.providerId = (event.target as PorticoField).value;
    this.serviceId = '';
    this.choiceGone = false;
    this.resetChoice();
  };

  private readonly onService = (event: Event): void => {
    this.serviceId = (event.target as PorticoField).value;
    this.resetChoice();
  };

  private readonly onPick = (slot: Slot): void => {
    this.chosen = slot;
    this.slotMissing = false;
    this.failure = undefined;
  };

  private readonly onNote = (event: Event): void => {
    this.note = (event.target as PorticoField).value;
  };

  private resetChoice(): void {
    this.chosen = undefined;
    this.slotMissing = false;
    this.failure = undefined;
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const store = this.providers.store;
    const clientId = this.s.clientId;
    if (this.busy || !store || !clientId) return;
    const slot = this.chosen;
    if (!slot) {
      this.slotMissing = true;
      await this.updateComplete;
      await this.renderRoot.querySelector('portico-schedule-slot-picker')?.focusChoices();
      return;
    }
    const price = this.services.data?.find((s) => s.id === slot.serviceId)?.upfrontPayment;
    this.busy = true;
    this.failure = undefined;
    try {
      // The card is read first: a problem with it (shown by the provider's field) sends nothing.
      const source = price ? await this.renderRoot.querySelector<PorticoBillingCardEntry>('portico-billing-card-entry')?.source() : undefined;
      if (price && !source) return;
      const note = this.note.trim();
      const body = { providerId: slot.providerId, serviceId: slot.serviceId, start: slot.start, ...(note ? { note } : {}) };
      // The key belongs to the intent — this slot, this note, this amount — not to the card
      // token, which the provider issues afresh for every try (as an invoice payment's does).
      const idempotencyKey = this.attempt.key([body, price ?? null]);
      const request: AppointmentRequest = await mutate(
        store,
        'schedule.requestAppointment',
        { clientId, body: { ...body, ...(price && source ? { payment: { amount: price, ...source } } : {}) } },
        { idempotencyKey, invalidates: ['schedule.listRequests', 'schedule.listSlots', ...(price ? (['billing.listPayments', 'billing.listInvoices', 'billing.listPaymentMethods'] as const) : [])] },
      );
      this.attempt.settle();
      this.sent = request;
      this.chosen = undefined;
      this.note = '';
      emit(this, 'portico-appointment-requested', { requestId: request.id, start: request.start });
    } catch (error) {
      // A refusal (a taken slot, a declined card: nothing stored) makes the next try a new
      // attempt; a lost answer keeps the key, so the retry is stored and charged once.
      this.attempt.settle(error);
      this.failure = error;
    } finally {
      this.busy = false;
    }
  };
}

/** A service as the Service list names it: length, video, and what is paid up front. */
function serviceLabel(s: Service, ctx: FormatContext): string {
  const name = s.telehealth ? msg(str`${s.name} (${s.durationMinutes} min, video)`) : msg(str`${s.name} (${s.durationMinutes} min)`);
  return s.upfrontPayment ? `${name} — ${msg(str`${formatMoney(s.upfrontPayment, ctx)} paid up front`)}` : name;
}

define('portico-schedule-booking', PorticoScheduleBooking);

declare global {
  interface HTMLElementTagNameMap {
    'portico-schedule-booking': PorticoScheduleBooking;
  }
  interface HTMLElementEventMap {
    'portico-appointment-requested': CustomEvent<{ requestId: string; start: string }>;
  }
}
