import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatTimeZoneName } from '@portico/core';
import { requestOpen, type BookingChoice, type IntentTarget, type PortalIntent } from '../../controllers/intents.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { noticeRuleText } from './appointment-text.js';
import './schedule-booking.js';
import './schedule-requests.js';
import './schedule-appointment.js';
import './schedule-calendar.js';
import type { CalendarMode } from './schedule-calendar.js';
import { scheduleStyles } from './schedule.styles.js';

type Panel = 'appointments' | 'book' | 'requests';

/**
 * @tagname portico-schedule
 * @summary The client's schedule (SCHED-1..3): appointments as a month, week or list (upcoming
 * and past), each with its detail, telehealth Join link and Add to calendar (.ics); when the
 * practice allows, self-scheduling (provider → service → open slot → request) with the
 * requests' status, and cancel / reschedule within the practice's notice rule. All times are
 * in the user's time zone. A payer sees the calendar only.
 *
 * Place it in `<portico-portal>` (which sets `item` from the URL) or, on its own, inside
 * `<portico-provider>`. This module exports the class without registering it (subclass it for a
 * brand); `schedule.js` registers `<portico-schedule>`.
 *
 * @csspart heading - The view's heading.
 * @csspart sections - The switch between appointments, booking and requests.
 * @csspart month-grid - (Inside the calendar) the month table.
 * @csspart appointment - (Inside the calendar) one appointment in a list.
 * @csspart join-link - (Inside the detail) the telehealth Join link.
 * @csspart ics-link - (Inside the detail) the Add to calendar link.
 *
 * @cssprop --portico-color-primary - Selected day, pressed switches, Join button.
 * @cssprop --portico-color-surface - Cards and calendar days.
 * @cssprop --portico-color-border - Card and grid borders.
 * @cssprop --portico-radius-md - Card corner radius.
 *
 * @fires portico-open-requested - The user opened an appointment (`detail: { view: 'schedule', item: appointmentId }`) or went back to the calendar (`item` undefined).
 * @fires portico-appointment-requested - A slot was requested; pending until the provider answers. `detail: { requestId, start }`.
 * @fires portico-appointment-cancelled - An appointment was cancelled. `detail: { appointmentId }`.
 * @fires portico-appointment-rescheduled - An appointment moved to another slot. `detail: { appointmentId, start }`.
 */
@localized()
export class PorticoSchedule extends LitElement implements IntentTarget {
  static override styles = [baseStyles, buttonStyles, scheduleStyles];

  protected readonly s = new SessionController(this);

  /** The open appointment's id (the portal sets it from the URL); none shows the calendar. */
  @property() item: string | undefined;

  /** How the calendar starts: `month`, `week` or `list`. */
  @property() mode: CalendarMode = 'list';

  @state() private panel: Panel = 'appointments';
  private readonly visited = new Set<Panel>(['appointments']);
  private opener: string | undefined;
  /** The booking link's provider and service, until booking shows them. */
  @state() private bookingChoice: BookingChoice | undefined;
  /** Set when a booking link asked for booking and the session has not said yet whether it may. */
  private wantsBooking = false;

  /**
   * Takes an intent from the portal: `{ view: 'schedule', book: { providerId, serviceId } }`
   * (the booking link) opens booking with that provider and service chosen.
   */
  applyIntent(intent: PortalIntent): void {
    if (intent.view !== 'schedule' || !intent.book) return;
    this.bookingChoice = { ...intent.book };
    this.wantsBooking = true;
    this.requestUpdate();
  }

  /**
   * Opens an appointment, or goes back to the calendar: one writer for `item`. In a portal the
   * portal writes it (and the URL); on its own, the view does.
   */
  private readonly openAppointment = (id: string): void => {
    this.opener = id;
    if (!requestOpen(this, { view: 'schedule', item: id })) this.item = id;
  };

  private readonly closeAppointment = (): void => {
    if (!requestOpen(this, { view: 'schedule', item: undefined })) this.item = undefined;
  };

  /** Moves focus to the view's heading (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private get mayBook(): boolean {
    return this.s.can('schedule.book');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A switched-off feature disappears cleanly: no booking panel, no booking calls.
    if (this.wantsBooking && this.mayBook) {
      this.wantsBooking = false;
      this.visited.add('book');
      this.panel = 'book';
    }
    if (!this.mayBook && this.panel !== 'appointments') this.panel = 'appointments';
    if (changed.has('item') && this.item) this.panel = 'appointments';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('item') || changed.get('item') === undefined && !this.item) return;
    if (this.item) {
      const detail = this.renderRoot.querySelector('portico-schedule-appointment');
      void detail?.updateComplete.then(() => detail.focusHeading());
    } else if (this.opener) {
      this.focusOpener(this.opener);
    }
  }

  override render() {
    const session = this.s.state;
    const name = session?.client.preferredName ?? session?.client.name;
    const zone = formatTimeZoneName(new Date(), this.s.format);
    return html`
      <h2 part="heading" tabindex="-1">${msg('Schedule')}</h2>
      ${session
        ? html`<p class="intro">
            ${session.client.relationship === 'self'
              ? msg(str`Your appointments with ${session.organisation.name}. Times are in your time zone (${zone}).`)
              : msg(str`Appointments for ${name} with ${session.organisation.name}. Times are in your time zone (${zone}).`)}
          </p>`
        : nothing}
      ${this.item
        ? html`<portico-schedule-appointment appointment-id=${this.item} .back=${this.closeAppointment}></portico-schedule-appointment>`
        : nothing}
      <div ?hidden=${!!this.item}>
        ${this.mayBook ? this.renderSections() : nothing}
        <div ?hidden=${this.panel !== 'appointments'}>
          <portico-schedule-calendar mode=${this.mode} .openAppointment=${this.openAppointment}></portico-schedule-calendar>
        </div>
        ${this.visited.has('book')
          ? html`<div class="stack" ?hidden=${this.panel !== 'book'}>
              <h3>${msg('Request an appointment')}</h3>
              <p class="muted">${msg('Pick a provider, a service and an open time. The practice confirms your request.')}</p>
              ${session ? html`<p class="notice">${noticeRuleText(session.organisation.rules.cancellationNoticeHours, session.organisation.phone)}</p>` : nothing}
              <portico-schedule-booking .choice=${this.bookingChoice} @portico-appointment-requested=${this.onRequested}></portico-schedule-booking>
            </div>`
          : nothing}
        ${this.visited.has('requests')
          ? html`<div class="stack" ?hidden=${this.panel !== 'requests'}>
              <h3>${msg('Your requests')}</h3>
              <portico-schedule-requests></portico-schedule-requests>
            </div>`
          : nothing}
      </div>
    `;
  }

  private renderSections() {
    const button = (panel: Panel, label: string) =>
      html`<button type="button" class="button" aria-pressed=${this.panel === panel ? 'true' : 'false'} @click=${() => this.show(panel)}>${label}</button>`;
    return html`<div class="segmented" role="group" part="sections" aria-label=${msg('Schedule sections')}>
      ${button('appointments', msg('Appointments'))} ${button('book', msg('Book an appointment'))} ${button('requests', msg('Your requests'))}
    </div>`;
  }

  /** Shows a section: `appointments`, `book` (when booking is allowed) or `requests`. */
  show(panel: Panel): void {
    if (panel !== 'appointments' && !this.mayBook) return;
    this.visited.add(panel);
    this.panel = panel;
    if (this.item) this.closeAppointment();
  }

  private readonly onRequested = (): void => {
    // The requests list shows the new pending request next time it is opened.
    this.visited.add('requests');
    this.requestUpdate();
  };

  private focusOpener(id: string): void {
    const calendar = this.renderRoot.querySelector('portico-schedule-calendar');
    void calendar?.updateComplete.then(() => {
      const target = calendar.shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button`);
      if (target) target.focus();
      else this.focusHeading();
    });
  }
}
