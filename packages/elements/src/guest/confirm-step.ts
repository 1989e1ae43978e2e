/** Answering the link's appointment: confirm it, cancel it, or ask the practice to reschedule. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate, formatTimeRange, type GuestAppointment, type GuestItem } from '@portico/core';
import { Attempt } from '@portico/core';
import { describeError } from '../ui/error-text.js';
import '../ui/field.js';
import type { PorticoField } from '../ui/field.js';
import type { GuestStep, GuestStepHost } from './step.js';

type ConfirmItem = Extract<GuestItem, { action: 'confirm' }>;
type Response = 'confirm' | 'cancel' | 'reschedule';

export class GuestConfirmStep implements GuestStep<ConfirmItem> {
  private choice: Response | undefined;
  private note = '';
  private choiceError = '';
  private failure = '';
  private busy = false;
  private answered: GuestAppointment | undefined;
  private readonly attempt = new Attempt();

  constructor(private readonly host: GuestStepHost) {}

  private when(appointment: GuestAppointment) {
    const ctx = this.host.formatting;
    return html`<dl class="facts" part="appointment">
      <div><dt>${msg('When')}</dt><dd>${formatDate(appointment.start, ctx, 'full')}, ${formatTimeRange(appointment.start, appointment.end, ctx)}</dd></div>
      <div><dt>${msg('What')}</dt><dd>${appointment.serviceName}</dd></div>
      <div><dt>${msg('With')}</dt><dd>${appointment.providerName}</dd></div>
      ${appointment.locationName ? html`<div><dt>${msg('Where')}</dt><dd>${appointment.locationName}</dd></div>` : nothing}
    </dl>`;
  }

  reset(): void {
    this.choice = undefined;
    this.note = '';
    this.choiceError = '';
    this.failure = '';
    this.answered = undefined;
    this.attempt.reset();
  }

  render({ appointment }: ConfirmItem) {
    const option = (value: Response, label: string) => html`<label class="check"><input type="radio" name="response" value=${value} .checked=${this.choice === value}
      @change=${() => { this.choice = value; this.choiceError = ''; this.host.requestUpdate(); }} />${label}</label>`;
    return this.host.page(msg('Your appointment'), html`
      ${this.when(appointment)}
      <form part="respond-form" novalidate @submit=${(e: Event) => void this.respond(e, appointment)}>
        <fieldset aria-describedby=${this.choiceError ? 'response-error' : nothing}>
          <legend>${msg('Your answer')}</legend>
          ${option('confirm', msg('I will be there'))}
          ${option('cancel', msg('Cancel this appointment'))}
          ${option('reschedule', msg('Ask the practice for another time'))}
          ${this.choiceError ? html`<p class="field-error" id="response-error">${this.choiceError}</p>` : nothing}
        </fieldset>
        <portico-field id="note" class="field" type="textarea" label=${msg('Anything the practice should know')} optional maxlength="1000"
          .value=${this.note} @input=${(e: Event) => (this.note = (e.target as PorticoField).value)}></portico-field>
        <div role="alert">${this.failure ? html`<p class="notice" data-tone="danger">${this.failure}</p>` : nothing}</div>
        <div class="actions">
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Send my answer')}</button>
        </div>
      </form>`);
  }

  renderDone({ appointment }: ConfirmItem) {
    const answered = this.answered ?? appointment;
    const text = {
      confirmed: msg('Thank you. Your appointment is confirmed.'),
      cancelled: msg('Your appointment is cancelled. The practice has been told.'),
      'reschedule-requested': msg('Thank you. The practice will contact you to find another time.'),
    }[answered.response ?? 'confirmed'];
    return this.host.page(msg('Answer sent'), html`<p class="notice" role="status">${text}</p>${this.when(answered)}
      <p>${msg('You can close this page. This link will not work again.')}</p>`);
  }

  private async respond(event: Event, appointment: GuestAppointment): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.failure = '';
    const response = this.choice;
    if (!response) {
      this.choiceError = msg('Choose an answer.');
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('input[name="response"]')?.focus();
      return;
    }
    const note = this.note.trim();
    this.busy = true;
    this.host.requestUpdate();
    try {
      const result = await this.host.act(
        (adapter, credentials, { idempotencyKey }) => adapter.guest.respond({ body: { ...credentials, response, ...(note ? { note } : {}) } }, { idempotencyKey }),
        this.attempt.key([appointment.id, response, note]),
      );
      this.attempt.reset();
      this.answered = result.appointment;
      this.host.finish(appointment.id);
    } catch (error) {
      this.attempt.settle(error);
      const text = describeError(error);
      this.failure = msg(str`Your answer was not sent. ${text.heading}. ${text.description}`);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
