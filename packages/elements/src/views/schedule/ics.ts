/**
 * "Add to calendar" (SCHED-3): an RFC 5545 iCalendar file built in the browser, so no health
 * data travels through a URL. Pure; `toIcs` is unit-tested.
 */
import { safeUrl, type Appointment } from '@portico/core';

export interface IcsOptions {
  /** DTSTAMP; defaults to now. */
  now?: Date;
  /** SUMMARY; defaults to "<service> — <provider>". */
  summary?: string;
  /** DESCRIPTION, e.g. the join instructions. */
  description?: string;
  /** Domain part of the UID, so the same appointment updates rather than duplicates. */
  uidDomain?: string;
}

/** `20260303T150000Z`: a UTC date-time in iCalendar's basic format. */
export function icsDateTime(instant: string | Date): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters (not allowed in TEXT) are dropped. After this no value can start a line
 * of its own, so data can never add a property (an ATTENDEE) or a second event.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(CONTROL_CHARACTERS, '');
}

// Every C0 control but HTAB, and DEL (RFC 5545 §3.1: not allowed in a value).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** A URI value: only a URL the allow-list accepts (normalised: no spaces or line breaks), else none. */
function icsUri(url: string | null | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe?.replace(CONTROL_CHARACTERS, '');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space,
 * and a multi-byte UTF-8 character is never split.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * The appointment as a one-event VCALENDAR, CRLF line endings, times in UTC. Every value from
 * data is escaped (TEXT) or allow-listed (URI) and every line folded at 75 octets.
 */
export function toIcs(appointment: Appointment, options: IcsOptions = {}): string {
  const summary = options.summary ?? `${appointment.service.name} — ${appointment.provider.name}`;
  const location = appointment.location ? `${appointment.location.name}, ${appointment.location.address}` : undefined;
  const url = icsUri(appointment.telehealthUrl);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Portico//Client portal//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${appointment.id}@${options.uidDomain ?? 'portico.invalid'}`)}`,
    `DTSTAMP:${icsDateTime(options.now ?? new Date())}`,
    `DTSTART:${icsDateTime(appointment.start)}`,
    `DTEND:${icsDateTime(appointment.end)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    ...(location ? [`LOCATION:${escapeIcsText(location)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    ...(options.description ? [`DESCRIPTION:${escapeIcsText(options.description)}`] : []),
    `STATUS:${appointment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A file name without health data: only the date. */
export function icsFileName(appointment: Appointment): string {
  return `appointment-${icsDateTime(appointment.start).slice(0, 8)}.ics`;
}
