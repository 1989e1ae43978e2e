import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { can, formatDate, formatTimeRange, formatTimeZoneName, type Appointment } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { DashboardWidget } from './widget-base.js';


/**
 * @tagname portico-dashboard-appointments
 * @summary The next three appointments, in the user's time zone; each opens in Schedule.
 * @csspart view-all - The link to Schedule.
 * @fires portico-open-requested - `{ view: 'schedule', item?: appointmentId }`.
 */
@localized()
export class PorticoDashboardAppointments extends DashboardWidget {
  private readonly appointments = resource(this, 'schedule.listAppointments', () => this.s.clientId && { clientId: this.s.clientId, when: 'upcoming' as const }, { isEmpty: (list) => !list.some((a) => a.status === 'scheduled') });

  override render() {
    return this.appointments.render({
      loading: () => this.loading(msg('Loading upcoming appointments')),
      error: (error) => this.errorPanel(error, msg('Could not load your appointments'), () => void this.appointments.retry()),
      empty: () => html`${this.emptyPanel(
          msg('No upcoming appointments'),
          this.session && can(this.session.session, this.session.clientId, 'schedule.book')
            ? msg('Book a visit from Schedule when you are ready.')
            : msg('The practice will let you know when a visit is scheduled.'),
        )}${this.footer(msg('Open Schedule'), 'schedule')}`,
      content: (list) => this.renderList(list.filter((a) => a.status === 'scheduled').slice(0, 3)),
    });
  }

  private renderList(list: Appointment[]) {
    const ctx = this.formatContext;
    return html`<ul class="items">
        ${list.map(
          (a) => html`<li>
            <button class="item" type="button" data-item=${a.id} @click=${() => this.open('schedule', a.id)}>
              <span class="title">${a.service.name}</span>
              <span>${msg(str`${formatDate(a.start, ctx, 'full')}, ${formatTimeRange(a.start, a.end, ctx)} ${formatTimeZoneName(a.start, ctx)}`)}</span>
              <span class="meta">
                ${a.provider.name}${a.telehealthUrl ? html` · ${msg('Video visit')}` : a.location ? html` · ${a.location.name}` : nothing}
              </span>
            </button>
          </li>`,
        )}
      </ul>
      ${this.footer(msg('See all appointments'), 'schedule')}`;
  }
}

define('portico-dashboard-appointments', PorticoDashboardAppointments);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard-appointments': PorticoDashboardAppointments;
  }
}
