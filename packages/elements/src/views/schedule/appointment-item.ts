/** One appointment in a list (week, day or history): when, what, with whom, status. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { addDays, formatLocalDate, localDateOf, type Appointment, type FormatContext } from '@portico/core';
import { appointmentStatusText, timeRangeWithZone } from './appointment-text.js';
import { groupByDay } from './group-by-day.js';

export function renderAppointmentItem(appointment: Appointment, ctx: FormatContext, open: (id: string) => void, showDate = false) {
  const when = timeRangeWithZone(appointment.start, appointment.end, ctx);
  const date = showDate ? formatLocalDate(localDateOf(appointment.start, ctx), ctx, 'full') : undefined;
  return html`<li class="card appointment" part="appointment" data-id=${appointment.id}>
    <p class="when">${date ? html`${date}, ` : nothing}<time datetime=${appointment.start}>${when}</time></p>
    <button type="button" class="link-button" @click=${() => open(appointment.id)}>
      ${msg(str`${appointment.service.name} with ${appointment.provider.name}`)}
    </button>
    <p class="muted">
      ${appointment.telehealthUrl ? msg('Telehealth (video)') : appointment.location ? appointment.location.name : nothing}
    </p>
    <p class="status" data-status=${appointment.status}>${appointmentStatusText(appointment.status)}</p>
  </li>`;
}

/** Appointments grouped by the user's local day, each group under a date heading. */
export function renderAppointmentsByDay(appointments: readonly Appointment[], ctx: FormatContext, open: (id: string) => void, headingLevel: 3 | 4 = 3) {
  const groups = groupByDay(appointments, ctx);
  const today = localDateOf(new Date(), ctx);
  return html`<div class="week-days">
    ${[...groups].map(([day, items]) => {
      const label = day === today ? msg(str`Today, ${formatLocalDate(day, ctx, 'full')}`) : day === addDays(today, 1) ? msg(str`Tomorrow, ${formatLocalDate(day, ctx, 'full')}`) : formatLocalDate(day, ctx, 'full');
      return html`<section class="day-group" aria-label=${label}>
        ${headingLevel === 3 ? html`<h3>${label}</h3>` : html`<h4>${label}</h4>`}
        <ul class="plain stack">${items.map((a) => renderAppointmentItem(a, ctx, open))}</ul>
      </section>`;
    })}
  </div>`;
}
