/**
 * Time helpers for the seed and the handlers: durations, instants as the wire writes them and
 * `HH:MM` times. Wall-clock times are the practice's, in its IANA zone; zone arithmetic
 * (`zonedInstant`, `localDateOf`, `addDays`, `weekdayOf`) is `@portico/core`'s.
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An instant as ISO 8601 UTC, without milliseconds. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `YYYY-MM-DD` in UTC, for dates that carry no zone (due dates, birthdays). */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Minutes since midnight of an `HH:MM` time. */
export function parseTime(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}

/** `HH:MM` for minutes since midnight. */
export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
