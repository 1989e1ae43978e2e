/**
 * The schedule's calendar grid: months, weeks and the locale's first weekday, on local dates
 * (`YYYY-MM-DD`, no zone). Zone arithmetic (start of a day, adding days) is core's `zone.ts`.
 */
import { addDays, startOfDay, weekdayOf } from '@portico/core';

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The same day of month `months` later, clamped to the month's length. */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return iso(target);
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The locale's first day of the week (0 = Sunday), from `Intl.Locale` week info when available. */
export function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info) return info.firstDay % 7;
  } catch {
    // An unusual tag: fall through to the default.
  }
  return /-(US|CA|MX|BR|JP)$/i.test(locale) || locale === 'en' ? 0 : 1;
}

export function startOfWeek(date: string, firstDay: number): string {
  return addDays(date, -((weekdayOf(date) - firstDay + 7) % 7));
}

/** The dates of the weeks that cover `date`'s month, week by week. */
export function monthWeeks(date: string, firstDay: number): string[][] {
  const first = startOfMonth(date);
  const month = first.slice(0, 7);
  const weeks: string[][] = [];
  let start = startOfWeek(first, firstDay);
  do {
    const weekStart = start;
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)));
    start = addDays(start, 7);
  } while (start.slice(0, 7) === month);
  return weeks;
}

/** The UTC instant (ISO string, as the contract takes it) at which local `date` starts in `timeZone`. */
export function startOfDayInstant(date: string, timeZone: string): string {
  return new Date(startOfDay(date, timeZone)).toISOString();
}

/** A local date as the locale writes it, with options (formatted in UTC so it never shifts). */
export function formatDay(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(parse(date));
}
