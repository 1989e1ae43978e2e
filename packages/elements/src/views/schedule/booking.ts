import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate, isPorticoError, randomId, type AppointmentRequest, type Provider, type Service, type Slot } from '@portico/core';
import { configContext, sessionContext, type PorticoConfig, type PorticoSessionState } from '../../context.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { BookingChoice } from '../../controllers/intents.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { scheduleStyles } from './schedule.styles.js';
import { formatContextOf, timeRangeWithZone } from './appointment-text.js';
import './schedule-slot-picker.js';

type ClientParams = { clientId: string };

/**
 * @tagname portico-schedule-booking
 * @summary Self-scheduling (SCHED-2): pick a provider and a service it offers, an open slot in
 * the user's time zone, an optional note, and request it; the request is pending until the
 * provider accepts or declines. Part of `<portico-schedule>`.
 *
 * @fires portico-appointment-requested - A slot was requested. `detail: { requestId, start }`.
 */
@localized()
export class PorticoScheduleBooking extends LitElement {
  static override styles = [baseStyles, buttonStyles, scheduleStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: PorticoConfig | undefined;

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
  /** Kept while the user retries the same request, so it is stored once. */
  private idempotencyKey: string | undefined;

  private readonly providers = new ResourceController<Provider[], ClientParams>(this, {
    key: () => this.session && ['schedule.listProviders', { clientId: this.session.clientId }],
    fetch: (adapter, params, signal) => adapter.schedule.listProviders(params, { signal }),
  });

  private readonly services = new ResourceController<Service[], ClientParams>(this, {
    key: () => this.session && ['schedule.listServices', { clientId: this.session.clientId }],
    fetch: (adapter, params, signal) => adapter.schedule.listServices(params, { signal }),
  });

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
    const ctx = formatContextOf(this.config, this.session);
    return html`<form class="stack" novalidate @submit=${this.onSubmit}>
      ${this.choiceGone
        ? html`<p class="notice" role="status">
            ${msg('The provider or service in your booking link is no longer offered for online booking. Choose from what is offered now.')}
          </p>`
        : nothing}
      <div class="field">
        <label for="provider">${msg('Provider')}</label>
        <select id="provider" @change=${this.onProvider}>
          <option value="" ?selected=${!this.providerId}>${msg('Choose a provider')}</option>
          ${providers.map((p) => html`<option value=${p.id} ?selected=${p.id === this.providerId}>${p.name} — ${p.title}</option>`)}
        </select>
      </div>
      ${provider
        ? html`<div class="field">
            <label for="service">${msg('Service')}</label>
            <select id="service" @change=${this.onService}>
              <option value="" ?selected=${!this.serviceId}>${this.services.pending ? msg('Loading services…') : msg('Choose a service')}</option>
              ${services.map(
                (s) => html`<option value=${s.id} ?selected=${s.id === this.serviceId}>
                  ${s.telehealth ? msg(str`${s.name} (${s.durationMinutes} min, video)`) : msg(str`${s.name} (${s.durationMinutes} min)`)}
                </option>`,
              )}
            </select>
          </div>`
        : nothing}
      ${provider && this.serviceId
        ? html`<div class="stack">
              <portico-schedule-slot-picker
                provider-id=${provider.id}
                service-id=${this.serviceId}
                .value=${this.chosen?.start ?? ''}
                .pick=${this.onPick}
                aria-describedby=${this.slotMissing ? 'slot-error' : nothing}
              ></portico-schedule-slot-picker>
              ${this.slotMissing ? html`<p id="slot-error" class="field-error">${msg('Pick one of the open times first.')}</p>` : nothing}
            </div>
            <div class="field">
              <label for="note">${msg('Note for the provider (optional)')}</label>
              <textarea id="note" maxlength="1000" .value=${this.note} @input=${this.onNote}></textarea>
            </div>
            ${this.chosen
              ? html`<p>${msg(str`Chosen time: ${formatDate(this.chosen.start, ctx, 'full')}, ${timeRangeWithZone(this.chosen.start, this.chosen.end, ctx)}`)}</p>`
              : nothing}
            ${this.renderFailure()}
            <div class="actions">
              <button class="button" data-variant="primary" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
                ${this.busy ? msg('Sending request…') : msg('Request this time')}
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

  private renderFailure() {
    if (!this.failure) return nothing;
    const conflict = isPorticoError(this.failure) && this.failure.kind === 'conflict';
    const text = describeError(this.failure);
    return html`<div class="notice stack" data-tone="danger" role="alert">
      <p>${conflict ? msg('That time is no longer available. Pick another time.') : text.heading}</p>
      ${conflict ? nothing : html`<p>${text.description}</p>`}
    </div>`;
  }

  private readonly onProvider = (event: Event): void => {
    this.providerId = (event.target as HTMLSelectElement).value;
    this.serviceId = '';
    this.choiceGone = false;
    this.resetChoice();
  };

  private readonly onService = (event: Event): void => {
    this.serviceId = (event.target as HTMLSelectElement).value;
    this.resetChoice();
  };

  private readonly onPick = (slot: Slot): void => {
    this.chosen = slot;
    this.slotMissing = false;
    this.idempotencyKey = undefined;
    this.failure = undefined;
  };

  private readonly onNote = (event: Event): void => {
    this.note = (event.target as HTMLTextAreaElement).value;
    this.idempotencyKey = undefined;
  };

  private resetChoice(): void {
    this.chosen = undefined;
    this.slotMissing = false;
    this.failure = undefined;
    this.idempotencyKey = undefined;
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const store = this.providers.store;
    const session = this.session;
    if (this.busy || !store || !session) return;
    const slot = this.chosen;
    if (!slot) {
      this.slotMissing = true;
      await this.updateComplete;
      const picker = this.renderRoot.querySelector('portico-schedule-slot-picker');
      picker?.shadowRoot?.querySelector<HTMLElement>('input[type="radio"], button:not([disabled])')?.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    this.idempotencyKey ??= randomId();
    const note = this.note.trim();
    try {
      const request = await store.mutate(
        (adapter, { idempotencyKey }) =>
          adapter.schedule.requestAppointment(
            { clientId: session.clientId, body: { providerId: slot.providerId, serviceId: slot.serviceId, start: slot.start, ...(note ? { note } : {}) } },
            { idempotencyKey },
          ),
        { invalidates: ['schedule.listRequests', 'schedule.listSlots'], idempotencyKey: this.idempotencyKey },
      );
      this.sent = request;
      this.chosen = undefined;
      this.note = '';
      this.idempotencyKey = undefined;
      emit(this, 'portico-appointment-requested', { requestId: request.id, start: request.start });
    } catch (error) {
      this.failure = error;
      // A taken slot cannot be retried; another pick gets a new key.
      if (isPorticoError(error) && error.kind === 'conflict') this.idempotencyKey = undefined;
    } finally {
      this.busy = false;
    }
  };
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
