/**
 * Time zones, in one place: an instant's wall-clock parts in an IANA zone, the instant of a
 * wall-clock time (start of a day, a slot at 09:30) across DST changes and half-hour offsets,
 * and arithmetic on calendar dates (`YYYY-MM-DD`, no zone). The contract speaks UTC instants;
 * people, practices and calendars speak wall-clock days and times. Used by the formatters
 * (`localDateOf`, `todayIn` in format.ts), the schedule view and the mock.
 */

/** An instant's wall-clock reading in a zone (month 1–12, hour 0–23). */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock parts of `instant` (ms, ISO string or Date) in `timeZone`. */
export function zonedParts(instant: number | string | Date, timeZone: string): ZonedParts {
  const out: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormat(timeZone).formatToParts(new Date(instant))) {
    if (part.type in out) out[part.type as keyof ZonedParts] = Number(part.value);
  }
  return out;
}

/** How far `timeZone` is ahead of UTC at `instant`, in ms (`-18000000` for New York in winter). */
export function zoneOffset(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ms) of wall-clock `time` (`HH:MM`) on `date` in `timeZone`. A time the clocks
 * skip (02:30 when they spring forward) moves forward by the gap (03:30); a time they pass twice
 * (01:30 when they fall back) is the first of the two — as `Temporal`'s `compatible` does.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The offsets a day either side: they differ only when the zone changes its offset that day.
  const before = wall - zoneOffset(wall - DAY_MS, timeZone);
  const after = wall - zoneOffset(wall + DAY_MS, timeZone);
  const fits = [before, after].filter((at) => at + zoneOffset(at, timeZone) === wall);
  return fits.length > 0 ? Math.min(...fits) : before;
}

/** The instant (ms) at which calendar `date` begins in `timeZone`. */
export function startOfDay(date: string, timeZone: string): number {
  return zonedInstant(date, '00:00', timeZone);
}

/** `date` moved by whole calendar days (`2026-03-07` + 1 = `2026-03-08`, whatever the zone does). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of a calendar date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** `date` moved by whole months, the day clamped to the month's length (`2026-01-31` + 1 = `2026-02-28`). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The first date of the week `date` is in, for weeks that start on `firstDay` (0 = Sunday … 6 = Saturday). */
export function startOfWeek(date: string, firstDay: number): string {
  return addDays(date, -((weekdayOf(date) - firstDay + 7) % 7));
}
