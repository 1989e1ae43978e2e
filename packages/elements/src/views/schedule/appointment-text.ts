/**
 * What the schedule says about appointments and requests: a time range with its zone, statuses,
 * and the practice's notice rule (SCHED-3), in the user's language.
 */
import { msg, str } from '@lit/localize';
import { formatTimeRange, formatTimeZoneName, type Appointment, type AppointmentRequest, type FormatContext } from '@portico/core';

/** `9:00 – 9:50 AM CST`: a time range with the zone's short name. */
export function timeRangeWithZone(start: string, end: string, ctx: FormatContext): string {
  return `${formatTimeRange(start, end, ctx)} ${formatTimeZoneName(start, ctx)}`;
}

export function appointmentStatusText(status: Appointment['status']): string {
  switch (status) {
    case 'scheduled':
      return msg('Scheduled');
    case 'completed':
      return msg('Completed');
    case 'cancelled':
      return msg('Cancelled');
    case 'no-show':
      return msg('Missed (no-show)');
  }
}

export function requestStatusText(status: AppointmentRequest['status']): string {
  switch (status) {
    case 'pending':
      return msg('Pending — waiting for the provider');
    case 'accepted':
      return msg('Accepted');
    case 'declined':
      return msg('Declined');
    case 'withdrawn':
      return msg('Withdrawn');
  }
}

/** "Please call the practice", with the practice's number when the session has one. */
export function callThePractice(phone: string | undefined): string {
  return phone ? msg(str`Please call the practice on ${phone}.`) : msg('Please call the practice.');
}

/** The practice's notice rule, stated up front (SCHED-3), with the number to call. */
export function noticeRuleText(hours: number, phone: string | undefined): string {
  return hours > 0
    ? `${msg(str`You can cancel or reschedule up to ${hours} hours before an appointment starts.`)} ${msg('Closer to the time:')} ${callThePractice(phone)}`
    : msg('You can cancel or reschedule any time before an appointment starts.');
}

/** Why change controls are unavailable inside the notice window, and the number to call. */
export function insideNoticeText(hours: number, phone: string | undefined): string {
  return `${msg(str`This appointment starts in less than ${hours} hours, so it can no longer be changed here.`)} ${callThePractice(phone)}`;
}
