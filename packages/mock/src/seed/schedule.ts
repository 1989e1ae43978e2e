/** Past and future appointments (some hidden from the client) and appointment requests (SCHED-1..3). */
import { addDays, localDateOf, weekdayOf, zonedInstant, type AppointmentRequest, type Service } from '@portico/core';
import type { AppointmentRecord, MockData, Owned, TeamMemberRecord } from '../db/types.js';
import { DAY, HOUR, MINUTE, iso } from '../time.js';
import { CLIENT, MEMBER, type SeedContext } from './context.js';
import { SERVICES } from './practice.js';

export const OFFICE = { name: 'Harbor Lane — Main office (demo)', address: '100 Example Street, Suite 2, Springfield, ST 00000' };

/** The appointment of each client that starts within the 24-hour notice window. */
export const SOON_APPOINTMENT_ID: Record<string, string> = {
  [CLIENT.avery]: 'ap-avery-soon', [CLIENT.milo]: 'ap-milo-soon', [CLIENT.nora]: 'ap-nora-soon',
};

const PLAN: Record<string, { providerId: string; serviceIds: string[] }[]> = {
  [CLIENT.avery]: [{ providerId: MEMBER.riley, serviceIds: ['svc-therapy', 'svc-telehealth'] }, { providerId: MEMBER.morgan, serviceIds: ['svc-telehealth'] }],
  [CLIENT.milo]: [{ providerId: MEMBER.jamie, serviceIds: ['svc-aba'] }, { providerId: MEMBER.casey, serviceIds: ['svc-parent', 'svc-aba'] }],
  [CLIENT.nora]: [{ providerId: MEMBER.morgan, serviceIds: ['svc-therapy', 'svc-telehealth'] }, { providerId: MEMBER.alex, serviceIds: ['svc-speech'] }],
};

export function makeAppointment(
  id: string, clientId: string, provider: TeamMemberRecord, service: Service, start: number, status: AppointmentRecord['status'], visibleToClient = true,
): AppointmentRecord {
  return {
    id, clientId, visibleToClient, status,
    start: iso(start), end: iso(start + service.durationMinutes * MINUTE),
    provider: { id: provider.id, name: provider.name },
    service: { id: service.id, name: service.name },
    location: service.telehealth ? null : OFFICE,
    telehealthUrl: service.telehealth ? `https://video.harborlane.example/join/${id}` : null,
  };
}

/** A weekday on or after `date` (`YYYY-MM-DD`). */
function weekday(date: string): string {
  const day = weekdayOf(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/**
 * A time inside the 24-hour notice window that a practice would book: on the half hour,
 * 08:00–17:30 in the practice's zone, at least two hours ahead (never "5:26 AM").
 */
function soonSlot(ctx: SeedContext): number {
  const today = localDateOf(ctx.now, ctx);
  for (const day of [today, addDays(today, 1), addDays(today, 2)]) {
    for (let minutes = 8 * 60; minutes <= 17 * 60 + 30; minutes += 30) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const start = zonedInstant(day, time, ctx.timeZone);
      if (start >= ctx.now + 2 * HOUR && start <= ctx.now + 22 * HOUR) return start;
    }
  }
  return Math.floor((ctx.now + 20 * HOUR) / (15 * MINUTE)) * 15 * MINUTE;
}

export function seedSchedule(ctx: SeedContext, team: TeamMemberRecord[]): Pick<MockData, 'appointments' | 'requests'> {
  const member = (id: string) => team.find((m) => m.id === id)!;
  const service = (id: string) => SERVICES.find((s) => s.id === id)!;
  const appointments: AppointmentRecord[] = [];
  const requests: Owned<AppointmentRequest>[] = [];
  const today = localDateOf(ctx.now, ctx);
  for (const [c, [clientId, plan]] of Object.entries(PLAN).entries()) {
    const short = clientId.slice(3);
    const hour = 9 + c * 2;
    const at = (dayOffset: number, h = hour) => zonedInstant(weekday(addDays(today, dayOffset)), `${String(h).padStart(2, '0')}:00`, ctx.timeZone);
    // History: weekly, mostly completed, with one late cancellation and one no-show.
    for (let week = 1; week <= 14; week++) {
      const p = plan[week % plan.length]!;
      const status = week === 4 ? 'cancelled' : week === 9 ? 'no-show' : 'completed';
      const appt = makeAppointment(`ap-${short}-past-${week}`, clientId, member(p.providerId), service(ctx.rng.pick(p.serviceIds)), at(-7 * week), status);
      if (status === 'cancelled') appt.cancellationReason = 'Cancelled by the client: feeling unwell.';
      appointments.push(appt);
    }
    // One appointment inside the notice window: cancelling or rescheduling it is refused (409).
    const soonStart = soonSlot(ctx);
    appointments.push(makeAppointment(SOON_APPOINTMENT_ID[clientId]!, clientId, member(plan[0]!.providerId), service(plan[0]!.serviceIds[0]!), soonStart, 'scheduled'));
    // Upcoming, weekly; the first plan entry with a telehealth service gets a join link.
    for (let week = 1; week <= 6; week++) {
      const p = plan[week % plan.length]!;
      const svc = service(week === 1 ? p.serviceIds.at(-1)! : p.serviceIds[0]!);
      appointments.push(makeAppointment(`ap-${short}-next-${week}`, clientId, member(p.providerId), svc, at(7 * week - 2), 'scheduled'));
    }
    // Not visible to the client: the backend never returns these (SCHED-1).
    appointments.push(makeAppointment(`ap-${short}-internal-1`, clientId, member(MEMBER.robin), service('svc-consult'), at(3, 8), 'scheduled', false));
    appointments.push(makeAppointment(`ap-${short}-internal-2`, clientId, member(plan[0]!.providerId), service(plan[0]!.serviceIds[0]!), at(-10, 8), 'completed', false));
    // Requests: one pending, one declined, one accepted (which became an appointment).
    const p0 = member(plan[0]!.providerId);
    const s0 = service(plan[0]!.serviceIds[0]!);
    const request = (id: string, start: number, status: AppointmentRequest['status'], extra: Partial<AppointmentRequest> = {}): Owned<AppointmentRequest> => ({
      id, clientId, provider: { id: p0.id, name: p0.name }, service: { id: s0.id, name: s0.name },
      start: iso(start), end: iso(start + s0.durationMinutes * MINUTE), status, createdAt: iso(ctx.now - ctx.rng.int(2, 9) * DAY), ...extra,
    });
    requests.push(request(`req-${short}-pending`, at(16, hour + 3), 'pending', { note: 'Afternoons work best for us.' }));
    requests.push(request(`req-${short}-declined`, at(9, hour + 4), 'declined', { declineReason: 'The provider is away that week. Please pick another time.' }));
    requests.push(request(`req-${short}-accepted`, at(7 * 2 - 2), 'accepted', { appointmentId: `ap-${short}-next-2` }));
  }
  return { appointments, requests };
}
