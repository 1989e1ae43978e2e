import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Attempt, formatDate, isPorticoError, type Appointment, type PorticoStore, type Slot } from '@portico/core';
import { storeContext } from '../../context.js';
import { mutate } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { dialogStyles } from '../../ui/view-frame.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import { callThePractice, noticeRuleText, timeRangeWithZone } from './appointment-text.js';
import './schedule-slot-picker.js';
import { scheduleStyles } from './schedule.styles.js';

export type ChangeMode = 'cancel' | 'reschedule';

/**
 * @tagname portico-schedule-change-dialog
 * @summary Cancel or reschedule an appointment (SCHED-3) in a modal `<dialog>`: a required
 * reason, a new open slot when rescheduling, and the practice's notice rule stated up front.
 *
 * @csspart dialog - The native dialog.
 *
 * @fires portico-appointment-cancelled - The appointment was cancelled. `detail: { appointmentId }`.
 * @fires portico-appointment-rescheduled - The appointment moved. `detail: { appointmentId, start }`.
 */
@localized()
export class PorticoScheduleChangeDialog extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    dialogStyles,
    scheduleStyles,
    css`
      dialog {
        width: min(40rem, calc(100vw - 1rem));
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  @consume({ context: storeContext, subscribe: true })
  @state()
  private store: PorticoStore | undefined;

  @property({ attribute: false }) appointment: Appointment | undefined;
  /** Called after a successful change with the updated appointment. */
  @property({ attribute: false }) changed: (mode: ChangeMode, appointment: Appointment) => void = () => {};

  @state() private mode: ChangeMode = 'cancel';
  @state() private reason = '';
  @state() private reasonError = '';
  @state() private chosen: Slot | undefined;
  @state() private slotError = '';
  @state() private busy = false;
  @state() private failure: unknown;
  @query('dialog') private dialog!: HTMLDialogElement;
  private opener: HTMLElement | undefined;
  /**
   * The change's idempotency key: kept while the same change (this appointment, this reason,
   * this new time) is retried after a lost answer, fresh once the backend answered or refused,
   * or the person changed the reason, the time or the mode. Closing the dialog keeps what was
   * typed, and so the key: a lost cancel retried after reopening is stored once, rather than
   * refused as "only scheduled appointments can be cancelled".
   */
  private readonly attempt = new Attempt();

  /** Opens the dialog; focus returns to `opener` (or what had focus) when it closes. */
  async open(mode: ChangeMode, opener?: HTMLElement): Promise<void> {
    if (this.mode !== mode) this.reset();
    this.mode = mode;
    this.failure = undefined;
    this.opener = opener;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  private reset(): void {
    this.reason = '';
    this.reasonError = '';
    this.chosen = undefined;
    this.slotError = '';
    this.failure = undefined;
    this.attempt.reset();
  }

  private readonly onClose = (): void => {
    this.opener?.focus();
  };

  override render() {
    const a = this.appointment;
    const ctx = this.s.format;
    const hours = this.s.state?.organisation.rules.cancellationNoticeHours ?? 0;
    const cancel = this.mode === 'cancel';
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onClose}>
      ${a
        ? html`<form class="stack" novalidate @submit=${this.onSubmit}>
            <h3 id="dialog-title" tabindex="-1">${cancel ? msg('Cancel appointment') : msg('Reschedule appointment')}</h3>
            <p>
              ${msg(str`${a.service.name} with ${a.provider.name}`)}<br />
              ${formatDate(a.start, ctx, 'full')}, ${timeRangeWithZone(a.start, a.end, ctx)}
            </p>
            <p class="notice">${noticeRuleText(hours, this.s.state?.organisation.phone)}</p>
            ${cancel ? nothing : this.renderSlotPicker(a)}
            <portico-field id="reason" type="textarea" label=${cancel ? msg('Reason for cancelling (required)') : msg('Reason for rescheduling (required)')}
              required maxlength="500" .value=${this.reason} .error=${this.reasonError} @input=${this.onReason}></portico-field>
            ${this.renderFailure(hours)}
            <div class="actions">
              <button type="submit" class="button" data-variant=${cancel ? 'danger' : 'primary'} aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>
                ${cancel ? msg('Cancel appointment') : msg('Move to this time')}
              </button>
              <button type="button" class="button" @click=${() => this.close()}>${cancel ? msg('Keep appointment') : msg('Close')}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  private renderSlotPicker(a: Appointment) {
    return html`<div class="stack">
      <p><strong>${msg('Choose a new time')}</strong></p>
      <portico-schedule-slot-picker provider-id=${a.provider.id} service-id=${a.service.id} .value=${this.chosen?.start ?? ''} .pick=${this.onPick} error=${this.slotError}></portico-schedule-slot-picker>
    </div>`;
  }

  private renderFailure(hours: number) {
    const error = this.failure;
    if (!error) return nothing;
    if (isPorticoError(error) && error.code === 'notice-window') {
      return html`<div class="notice stack" data-tone="danger" role="alert">
        <p><strong>${msg('This appointment can no longer be changed here.')}</strong></p>
        <p>${msg(str`The practice asks for at least ${hours} hours' notice.`)} ${callThePractice(this.s.state?.organisation.phone)}</p>
        ${error.message ? html`<p class="muted">${error.message}</p>` : nothing}
      </div>`;
    }
    if (isPorticoError(error) && error.code === 'slot-unavailable') {
      return html`<p class="notice" data-tone="danger" role="alert">${msg('That time is no longer available. Pick another time.')}</p>`;
    }
    const text = describeError(error);
    return html`<div class="notice stack" data-tone="danger" role="alert"><p><strong>${text.heading}</strong></p><p>${text.description}</p></div>`;
  }

  private readonly onReason = (event: Event): void => {
    this.reason = (event.target as PorticoField).value;
    if (this.reason.trim()) this.reasonError = '';
  };

  private readonly onPick = (slot: Slot): void => {
    this.chosen = slot;
    this.slotError = '';
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const a = this.appointment;
    const store = this.store;
    const clientId = this.s.clientId;
    if (this.busy || !a || !store || !clientId) return;
    const reason = this.reason.trim();
    this.reasonError = reason ? '' : msg('Please give a reason, so the practice knows what happened.');
    this.slotError = this.mode === 'reschedule' && !this.chosen ? msg('Pick a new time first.') : '';
    if (this.reasonError || this.slotError) {
      await this.updateComplete;
      if (this.reasonError) this.renderRoot.querySelector<HTMLElement>('#reason')?.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    const mode = this.mode;
    const start = mode === 'reschedule' ? this.chosen?.start : undefined;
    // The key belongs to the intent: a changed reason or time is a new attempt.
    const idempotencyKey = this.attempt.key([mode, a.id, reason, start ?? null]);
    try {
      const options = { invalidates: ['schedule.listAppointments', 'schedule.getAppointment', 'schedule.listSlots'] as const, idempotencyKey };
      const updated = mode === 'cancel'
        ? await mutate(store, 'schedule.cancelAppointment', { clientId, appointmentId: a.id, body: { reason } }, options)
        : await mutate(store, 'schedule.rescheduleAppointment', { clientId, appointmentId: a.id, body: { reason, start: start! } }, options);
      this.attempt.settle();
      this.reset();
      this.close();
      if (mode === 'cancel') emit(this, 'portico-appointment-cancelled', { appointmentId: a.id });
      else emit(this, 'portico-appointment-rescheduled', { appointmentId: a.id, start: updated.start });
      this.changed(mode, updated);
    } catch (error) {
      // A refusal (the notice window, a taken time, no access: nothing stored) makes the next
      // try a new attempt; a lost answer keeps the key, so the retry is stored once.
      this.attempt.settle(error);
      this.failure = error;
    } finally {
      this.busy = false;
    }
  };
}

define('portico-schedule-change-dialog', PorticoScheduleChangeDialog);

declare global {
  interface HTMLElementTagNameMap {
    'portico-schedule-change-dialog': PorticoScheduleChangeDialog;
  }
  interface HTMLElementEventMap {
    'portico-appointment-cancelled': CustomEvent<{ appointmentId: string }>;
    'portico-appointment-rescheduled': CustomEvent<{ appointmentId: string; start: string }>;
  }
}
