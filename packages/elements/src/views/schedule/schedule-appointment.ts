import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createObjectUrl, effectiveFeatures, formatDate, formatMoney, revokeObjectUrl, safeUrl, type Appointment } from '@portico/core';
import { requestOpen } from '../../controllers/intents.js';
import { operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-error.js';
import '../../ui/state-loading.js';
import { appointmentStatusText, insideNoticeText, noticeRuleText, timeRangeWithZone } from './appointment-text.js';
import { icsFileName, toIcs } from './ics.js';
import './schedule-change-dialog.js';
import type { ChangeMode, PorticoScheduleChangeDialog } from './schedule-change-dialog.js';
import { scheduleStyles } from './schedule.styles.js';

/**
 * @tagname portico-schedule-appointment
 * @summary One appointment: provider, service, time range in the user's zone, location (unless
 * hidden), telehealth Join link, Add to calendar (.ics), and Cancel / Reschedule within the
 * practice's notice rule. Part of `<portico-schedule>`.
 *
 * @csspart join-link - The telehealth Join link.
 * @csspart ics-link - The Add to calendar download link.
 * @csspart charge - What is owed for the appointment, when the practice takes payments in the portal.
 * @csspart pay-button - Pay (greyed out, with the reason, without card processing).
 *
 * @fires portico-open-requested - Pay: `{ view: 'billing', item: invoiceId }`, the invoice the appointment is billed on.
 */
@localized()
export class PorticoScheduleAppointment extends LitElement {
  static override styles = [baseStyles, buttonStyles, scheduleStyles];

  protected readonly s = new SessionController(this);

  @property({ attribute: 'appointment-id' }) appointmentId = '';
  /** Called when the user goes back to the calendar. */
  @property({ attribute: false }) back: () => void = () => {};

  protected readonly appointment = resource(this, 'schedule.getAppointment', () => this.s.clientId && this.appointmentId && { clientId: this.s.clientId, appointmentId: this.appointmentId }, {
    isEmpty: () => false,
  });

  @state() private announcement = '';
  private icsSource: Appointment | undefined;
  private icsUrl: string | undefined;

  private focusPending = false;

  /** Focuses the appointment's heading, once it has loaded. */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('article h3');
    this.focusPending = !heading;
    heading?.focus();
  }

  protected override updated(): void {
    if (this.focusPending) this.focusHeading();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokeIcs();
  }

  private revokeIcs(): void {
    revokeObjectUrl(this.icsUrl);
    this.icsUrl = undefined;
    this.icsSource = undefined;
  }

  /** A Blob URL of the appointment's .ics file, made again only when the appointment changes. */
  private icsLink(a: Appointment): string {
    if (this.icsSource !== a || !this.icsUrl) {
      this.revokeIcs();
      const ics = toIcs(a, { summary: msg(str`${a.service.name} with ${a.provider.name}`), uidDomain: 'portico' });
      this.icsUrl = createObjectUrl(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      this.icsSource = a;
    }
    return this.icsUrl;
  }

  override render() {
    return html`
      <button type="button" class="button" data-variant="ghost" data-size="sm" @click=${() => this.back()}>${msg('← All appointments')}</button>
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${this.appointment.render({
        loading: () => html`<portico-state-loading rows="4" label=${msg('Loading the appointment')}></portico-state-loading>`,
        error: (error) => html`<portico-state-error .error=${error} heading=${msg('Could not load this appointment')}
          not-found-heading=${msg('This appointment could not be found')} @portico-retry=${() => this.appointment.retry()}></portico-state-error>`,
        content: (a) => this.renderAppointment(a),
      })}
    `;
  }

  /**
   * #14.2: what is owed for the appointment, with Pay when the practice takes payments in the
   * portal. Pay opens the invoice the appointment is billed on, whose pay dialog (and intent
   * key) pays it, so it cannot be charged twice. Greyed out, with the reason, while the
   * practice has no card processing.
   */
  private renderCharge(a: Appointment) {
    const session = this.s.state;
    const charge = a.charge;
    if (!charge || charge.amountDue.amount <= 0 || !session || !this.s.can('billing.pay')) return nothing;
    const amount = formatMoney(charge.amountDue, this.s.format);
    const cards = effectiveFeatures(session.session, session.client).cardProcessing !== false;
    return html`<section class="stack charge" part="charge" aria-labelledby="charge-heading">
      <h4 id="charge-heading">${msg('Payment')}</h4>
      <p>${msg(str`Amount due for this appointment: ${amount}`)}</p>
      ${cards
        ? html`<p class="muted" id="pay-hint">${msg('Opens the invoice this appointment is billed on, to pay it there.')}</p>
            <button type="button" class="button" data-variant="primary" part="pay-button" aria-describedby="pay-hint"
              @click=${() => requestOpen(this, { view: 'billing', item: charge.invoiceId })}>${msg(str`Pay ${amount}`)}</button>`
        : html`<button type="button" class="button" part="pay-button" aria-disabled="true" aria-describedby="pay-reason">${msg(str`Pay ${amount}`)}</button>
            <p class="muted" id="pay-reason">${msg('Paying online is not available: the practice does not take card payments through the portal. Contact the practice to pay.')}</p>`}
    </section>`;
  }

  private renderAppointment(a: Appointment) {
    const ctx = this.s.format;
    const join = a.status === 'scheduled' ? safeUrl(a.telehealthUrl) : undefined;
    return html`<article class="stack">
      <h3 tabindex="-1">${msg(str`${a.service.name} with ${a.provider.name}`)}</h3>
      <p class="when">${formatDate(a.start, ctx, 'full')}, <time datetime=${a.start}>${timeRangeWithZone(a.start, a.end, ctx)}</time></p>
      <p class="status" data-status=${a.status}>${appointmentStatusText(a.status)}</p>
      <dl class="stack">
        <div><dt class="muted">${msg('Provider')}</dt><dd>${a.provider.name}</dd></div>
        <div><dt class="muted">${msg('Service')}</dt><dd>${a.service.name}</dd></div>
        ${a.location
          ? html`<div><dt class="muted">${msg('Location')}</dt><dd part="location">${a.location.name}<br />${a.location.address}</dd></div>`
          : a.telehealthUrl
            ? html`<div><dt class="muted">${msg('Location')}</dt><dd>${msg('Telehealth (video)')}</dd></div>`
            : nothing}
        ${a.cancellationReason ? html`<div><dt class="muted">${msg('Cancellation reason')}</dt><dd>${a.cancellationReason}</dd></div>` : nothing}
      </dl>
      <div class="actions">
        ${join
          ? html`<a class="button" data-variant="primary" part="join-link" href=${join} target="_blank" rel="noopener noreferrer">${msg('Join video appointment')}</a>`
          : nothing}
        ${a.status === 'scheduled'
          ? html`<a class="button" part="ics-link" href=${this.icsLink(a)} download=${icsFileName(a)}>${msg('Add to calendar (.ics)')}</a>`
          : nothing}
      </div>
      ${this.renderCharge(a)}
      ${this.renderChange(a)}
    </article>`;
  }

  private renderChange(a: Appointment) {
    const session = this.s.state;
    if (!session || !this.s.can('schedule.change') || !isChangeable(a)) return nothing;
    const hours = session.organisation.rules.cancellationNoticeHours;
    const mayReschedule = this.s.can('schedule.book');
    const inside = insideNoticeWindow(a, hours);
    return html`<section class="stack" aria-labelledby="change-heading">
      <h4 id="change-heading">${msg('Need to change this appointment?')}</h4>
      <p class="notice">${noticeRuleText(hours, session.organisation.phone)}</p>
      ${inside ? html`<p id="inside-notice" class="notice" data-tone="danger">${insideNoticeText(hours, session.organisation.phone)}</p>` : nothing}
      <div class="actions">
        ${mayReschedule
          ? html`<button type="button" class="button" aria-disabled=${inside ? 'true' : 'false'} aria-describedby=${inside ? 'inside-notice' : nothing} @click=${(e: Event) => this.openDialog('reschedule', e, inside)}>
              ${msg('Reschedule')}
            </button>`
          : nothing}
        <button type="button" class="button" data-variant=${inside ? 'secondary' : 'danger'} aria-disabled=${inside ? 'true' : 'false'} aria-describedby=${inside ? 'inside-notice' : nothing} @click=${(e: Event) => this.openDialog('cancel', e, inside)}>
          ${msg('Cancel appointment')}
        </button>
      </div>
      <portico-schedule-change-dialog .appointment=${a} .changed=${this.onChanged}></portico-schedule-change-dialog>
    </section>`;
  }

  private openDialog(mode: ChangeMode, event: Event, inside: boolean): void {
    if (inside) return;
    const dialog = this.renderRoot.querySelector<PorticoScheduleChangeDialog>('portico-schedule-change-dialog');
    void dialog?.open(mode, event.currentTarget as HTMLElement);
  }

  private readonly onChanged = (mode: ChangeMode, updated: Appointment): void => {
    const ctx = this.s.format;
    this.announcement = mode === 'cancel'
      ? msg('The appointment is cancelled.')
      : msg(str`The appointment is moved to ${formatDate(updated.start, ctx, 'full')}, ${timeRangeWithZone(updated.start, updated.end, ctx)}.`);
    this.appointment.store?.setData<Appointment>(operationKey('schedule.getAppointment', { clientId: this.s.clientId ?? '', appointmentId: updated.id }), () => updated);
    // The change buttons go away with a cancelled appointment; keep focus inside the view.
    void this.updateComplete.then(() => this.focusHeading());
  };
}

/** Whether the appointment starts inside the practice's notice window. */
function insideNoticeWindow(appointment: Appointment, hours: number, now = Date.now()): boolean {
  return Date.parse(appointment.start) - now < hours * 3_600_000;
}

/** Whether the client may still cancel/reschedule it at all (scheduled and in the future). */
function isChangeable(appointment: Appointment, now = Date.now()): boolean {
  return appointment.status === 'scheduled' && Date.parse(appointment.start) > now;
}

define('portico-schedule-appointment', PorticoScheduleAppointment);

declare global {
  interface HTMLElementTagNameMap {
    'portico-schedule-appointment': PorticoScheduleAppointment;
  }
}
