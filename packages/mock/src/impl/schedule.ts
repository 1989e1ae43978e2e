/** Appointments, self-scheduling and requests (SCHED-1..3). */
import { addDays, can, localDateOf, weekdayOf, zonedInstant, type AppointmentRequest, type Slot } from '@portico/core';
import { badRequest, conflict, found } from '../errors.js';
import type { MockDb } from '../db/index.js';
import type { AppointmentRecord, MockData, Owned, TeamMemberRecord } from '../db/types.js';
import { makeAppointment } from '../seed/schedule.js';
import { DAY, HOUR, MINUTE, formatTime, iso, parseTime } from '../time.js';
import { visibleTeam } from './client-view.js';
import { refundUpfrontPayment, takeUpfrontPayment } from './request-payments.js';
import type { AuthedContext, ImplFor } from './types.js';

/** An appointment as the client may see it: the location removed when the practice hides it. */
function appointmentView(ctx: AuthedContext, clientId: string, appt: AppointmentRecord): AppointmentRecord {
  const view = { ...appt, charge: chargeNow(ctx, appt) };
  if (!view.charge) delete view.charge;
  return can(ctx.session, clientId, 'schedule.location') ? view : { ...view, location: null };
}

/**
 * What the appointment still owes (#14.2), read from its invoice as it is now: paying the
 * invoice (in the portal, by a guest link or at the desk) lowers it; a paid or void invoice
 * leaves nothing owed, and the charge is left out.
 */
function chargeNow(ctx: AuthedContext, appt: AppointmentRecord): AppointmentRecord['charge'] {
  if (!appt.charge) return undefined;
  const invoice = ctx.data.invoices.find((i) => i.id === appt.charge!.invoiceId);
  if (!invoice || invoice.status === 'void' || invoice.balance.amount <= 0) return undefined;
  const amount = Math.min(appt.charge.amountDue.amount, invoice.balance.amount);
  return { invoiceId: invoice.id, amountDue: { ...appt.charge.amountDue, amount } };
}

function providersFor(data: MockData, clientId: string): TeamMemberRecord[] {
  const ids = new Set(visibleTeam(data, clientId).map((m) => m.id));
  return data.team.filter((m) => ids.has(m.id) && m.serviceIds.length > 0);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Open slots from the provider's weekly hours, minus what is booked or requested (SCHED-2). */
export function openSlots(data: MockData, now: number, provider: TeamMemberRecord, serviceId: string, from: number, to: number, ignoreId?: string): Slot[] {
  const service = data.services.find((s) => s.id === serviceId);
  if (!service) return [];
  const { cancellationNoticeHours, bookingHorizonDays } = data.organisation.rules;
  const earliest = Math.max(from, now + cancellationNoticeHours * HOUR);
  const latest = Math.min(to, now + bookingHorizonDays * DAY);
  const tz = data.organisation.timeZone;
  const step = Math.max(30, Math.ceil(service.durationMinutes / 30) * 30);
  const busy = [
    ...data.appointments.filter((a) => a.provider.id === provider.id && a.status === 'scheduled' && a.id !== ignoreId),
    ...data.requests.filter((r) => r.provider.id === provider.id && r.status === 'pending'),
  ].map((b) => [Date.parse(b.start), Date.parse(b.end)] as const);
  const slots: Slot[] = [];
  if (earliest >= latest) return slots;
  for (let date = localDateOf(earliest, { timeZone: tz }), n = 0; date <= localDateOf(latest, { timeZone: tz }) && n < 120; date = addDays(date, 1), n++) {
    for (const window of provider.hours.filter((h) => h.weekday === weekdayOf(date))) {
      for (let t = parseTime(window.start); t + service.durationMinutes <= parseTime(window.end); t += step) {
        const start = zonedInstant(date, formatTime(t), tz);
        const end = start + service.durationMinutes * MINUTE;
        if (start < earliest || end > latest) continue;
        if (busy.some(([s, e]) => start < e && s < end)) continue;
        // Some slots are taken by clients the portal cannot see; deterministic, so tests agree.
        if (hash(`${provider.id}${start}`) % 5 === 0) continue;
        slots.push({ start: iso(start), end: iso(end), providerId: provider.id, serviceId });
      }
    }
  }
  return slots;
}

function appointmentOf(ctx: AuthedContext, clientId: string, id: string): AppointmentRecord {
  return found(ctx.data.appointments.find((a) => a.id === id && a.clientId === clientId && a.visibleToClient), 'This appointment');
}

function checkChangeable(ctx: AuthedContext, appt: AppointmentRecord, verb: 'cancelled' | 'rescheduled'): void {
  if (appt.status !== 'scheduled') throw conflict('appointment-not-scheduled', `Only scheduled appointments can be ${verb}.`);
  const hours = ctx.data.organisation.rules.cancellationNoticeHours;
  if (Date.parse(appt.start) - ctx.now < hours * HOUR) {
    const phone = ctx.data.organisation.phone;
    throw conflict('notice-window', `Appointments can't be ${verb} less than ${hours} hours before they start. Please call the practice${phone ? ` on ${phone}` : ''}.`);
  }
}

function bookable(ctx: AuthedContext, clientId: string, providerId: string, serviceId: string): TeamMemberRecord {
  const provider = providersFor(ctx.data, clientId).find((p) => p.id === providerId);
  if (!provider) throw badRequest('unknown-provider', 'This provider cannot be booked.', [{ path: 'providerId', message: 'Unknown provider' }]);
  if (!provider.serviceIds.includes(serviceId)) throw badRequest('service-not-offered', `${provider.name} does not offer this service.`, [{ path: 'serviceId', message: 'Not offered by this provider' }]);
  return provider;
}

function isOpen(ctx: AuthedContext, provider: TeamMemberRecord, serviceId: string, start: string, ignoreId?: string): boolean {
  const at = Date.parse(start);
  return openSlots(ctx.data, ctx.now, provider, serviceId, at - MINUTE, at + 4 * HOUR, ignoreId).some((s) => Date.parse(s.start) === at);
}

export const scheduleImpl: ImplFor<'schedule'> = {
  schedule: {
    listAppointments: ({ clientId, from, to, when }, ctx) =>
      ctx.data.appointments
        .filter((a) => a.clientId === clientId && a.visibleToClient)
        .filter((a) => (!from || a.end >= from) && (!to || a.start <= to))
        .filter((a) => !when || (when === 'past' ? Date.parse(a.end) <= ctx.now : Date.parse(a.end) > ctx.now))
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((a) => appointmentView(ctx, clientId, a)),
    getAppointment: ({ clientId, appointmentId }, ctx) => appointmentView(ctx, clientId, appointmentOf(ctx, clientId, appointmentId)),
    cancelAppointment: ({ clientId, appointmentId, body }, ctx) => {
      const appt = appointmentOf(ctx, clientId, appointmentId);
      checkChangeable(ctx, appt, 'cancelled');
      appt.status = 'cancelled';
      appt.cancellationReason = body.reason;
      return appointmentView(ctx, clientId, appt);
    },
    rescheduleAppointment: ({ clientId, appointmentId, body }, ctx) => {
      const appt = appointmentOf(ctx, clientId, appointmentId);
      checkChangeable(ctx, appt, 'rescheduled');
      const provider = found(ctx.data.team.find((m) => m.id === appt.provider.id), 'This provider');
      if (!isOpen(ctx, provider, appt.service.id, body.start, appt.id)) throw conflict('slot-unavailable', 'That time is no longer available. Pick another slot.');
      const length = Date.parse(appt.end) - Date.parse(appt.start);
      appt.start = iso(Date.parse(body.start));
      appt.end = iso(Date.parse(body.start) + length);
      return appointmentView(ctx, clientId, appt);
    },
    listProviders: ({ clientId }, ctx) =>
      providersFor(ctx.data, clientId).map((p) => ({ id: p.id, name: p.name, title: p.title, serviceIds: p.serviceIds, photoUrl: p.photoUrl })),
    listServices: ({ clientId }, ctx) => {
      const offered = new Set(providersFor(ctx.data, clientId).flatMap((p) => p.serviceIds));
      return ctx.data.services.filter((s) => offered.has(s.id));
    },
    listSlots: ({ clientId, providerId, serviceId, from, to }, ctx) => {
      const provider = bookable(ctx, clientId, providerId, serviceId);
      if (Date.parse(to) - Date.parse(from) > 62 * DAY) throw badRequest('range-too-long', 'Ask for at most 62 days of slots at a time.', [{ path: 'to', message: 'Too far from "from"' }]);
      return openSlots(ctx.data, ctx.now, provider, serviceId, Date.parse(from), Date.parse(to));
    },
    listRequests: ({ clientId }, ctx) => ctx.data.requests.filter((r) => r.clientId === clientId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    requestAppointment: ({ clientId, body }, ctx) => {
      const provider = bookable(ctx, clientId, body.providerId, body.serviceId);
      if (!isOpen(ctx, provider, body.serviceId, body.start)) throw conflict('slot-unavailable', 'That time is no longer available. Pick another slot.');
      const service = ctx.data.services.find((s) => s.id === body.serviceId)!;
      const start = Date.parse(body.start);
      const payment = takeUpfrontPayment(ctx, clientId, service, body.start, body.payment);
      const request: Owned<AppointmentRequest> = {
        id: ctx.db.id('req'), clientId, provider: { id: provider.id, name: provider.name }, service: { id: service.id, name: service.name },
        start: iso(start), end: iso(start + service.durationMinutes * MINUTE), status: 'pending', createdAt: iso(ctx.now),
        ...(body.note ? { note: body.note } : {}), ...(payment ? { payment } : {}),
      };
      ctx.data.requests.push(request);
      return request;
    },
    withdrawRequest: ({ clientId, requestId }, ctx) => {
      const request = found(ctx.data.requests.find((r) => r.id === requestId && r.clientId === clientId), 'This request');
      if (request.status !== 'pending') throw conflict('request-not-pending', 'Only a pending request can be withdrawn.');
      request.status = 'withdrawn';
      refundUpfrontPayment(ctx.data, request);
      return request;
    },
  },
};

/** The provider accepts a pending request: it becomes a scheduled appointment. */
export function acceptRequest(db: MockDb, requestId: string): AppointmentRequest {
  const request = found(db.data.requests.find((r) => r.id === requestId), 'This request');
  if (request.status !== 'pending') throw conflict('request-not-pending', 'Only a pending request can be accepted.');
  const provider = found(db.data.team.find((m) => m.id === request.provider.id), 'This provider');
  const service = found(db.data.services.find((s) => s.id === request.service.id), 'This service');
  const appointment = makeAppointment(db.id('ap'), request.clientId, provider, service, Date.parse(request.start), 'scheduled');
  db.data.appointments.push(appointment);
  request.status = 'accepted';
  request.appointmentId = appointment.id;
  return request;
}

/** The provider declines a pending request, with a reason the client sees. */
export function declineRequest(db: MockDb, requestId: string, reason: string): AppointmentRequest {
  const request = found(db.data.requests.find((r) => r.id === requestId), 'This request');
  if (request.status !== 'pending') throw conflict('request-not-pending', 'Only a pending request can be declined.');
  request.status = 'declined';
  request.declineReason = reason;
  refundUpfrontPayment(db.data, request);
  return request;
}
