/**
 * Dates, times, money and sizes through `Intl`, in the user's locale and time zone (I18N-1).
 * Instants from the contract are UTC; they are shown in the zone the session gives (the
 * user's, else the practice's). Formatters are cached: building an Intl formatter costs far
 * more than using one, and long lists format thousands of values.
 */
import type { Money } from './schemas/common.js';
import { zonedParts } from './zone.js';

export interface FormatContext {
  /** BCP 47 locale, e.g. `en-US`, `es`. */
  locale: string;
  /** IANA time zone, e.g. `America/Chicago`. */
  timeZone: string;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(ctx: FormatContext, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`dt|${ctx.locale}|${ctx.timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(ctx.locale, { timeZone: ctx.timeZone, ...options }));
}

/** `Mon, Nov 23, 2026` for an instant, in the context's zone. */
export function formatDate(instant: string | Date, ctx: FormatContext, style: 'short' | 'medium' | 'long' | 'full' = 'medium'): string {
  return dateTimeFormat(ctx, { dateStyle: style }).format(new Date(instant));
}

/** `2:30 PM` for an instant, in the context's zone. */
export function formatTime(instant: string | Date, ctx: FormatContext): string {
  return dateTimeFormat(ctx, { timeStyle: 'short' }).format(new Date(instant));
}

/** `Nov 23, 2026, 2:30 PM` for an instant, in the context's zone. */
export function formatDateTime(instant: string | Date, ctx: FormatContext, dateStyle: 'short' | 'medium' | 'long' | 'full' = 'medium'): string {
  return dateTimeFormat(ctx, { dateStyle, timeStyle: 'short' }).format(new Date(instant));
}

/** `2:30 – 3:20 PM` for a start and end, in the context's zone. */
export function formatTimeRange(start: string | Date, end: string | Date, ctx: FormatContext): string {
  return dateTimeFormat(ctx, { timeStyle: 'short' }).formatRange(new Date(start), new Date(end));
}

/** The zone's short name at an instant, e.g. `CST`, `GMT+1`. */
export function formatTimeZoneName(instant: string | Date, ctx: FormatContext): string {
  const parts = dateTimeFormat(ctx, { timeZoneName: 'short' }).formatToParts(new Date(instant));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? ctx.timeZone;
}

/**
 * A calendar date (`YYYY-MM-DD`, no zone) as the locale writes it: a date style, or the parts to
 * show (`{ weekday: 'short' }`, `{ month: 'long', year: 'numeric' }`). Formatted in UTC so the
 * day never shifts with the viewer's zone.
 */
export function formatLocalDate(
  date: string,
  ctx: Pick<FormatContext, 'locale'>,
  style: 'short' | 'medium' | 'long' | 'full' | Intl.DateTimeFormatOptions = 'medium',
): string {
  const options = typeof style === 'string' ? { dateStyle: style } : style;
  return cached(`ld|${ctx.locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(ctx.locale, { ...options, timeZone: 'UTC' })).format(new Date(`${date}T00:00:00Z`));
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in the context's zone. */
export function localDateOf(instant: number | string | Date, ctx: { timeZone: string }): string {
  const p = zonedParts(instant, ctx.timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Today's calendar date in the context's zone. */
export function todayIn(ctx: { timeZone: string }, now: Date = new Date()): string {
  return localDateOf(now, ctx);
}

/** Money from integer minor units: `$1,234.50`, `1.234,50 €`. */
export function formatMoney(money: Money, ctx: Pick<FormatContext, 'locale'>): string {
  const formatter = cached(`money|${ctx.locale}|${money.currency}`, () => new Intl.NumberFormat(ctx.locale, { style: 'currency', currency: money.currency }));
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(money.amount / 10 ** digits);
}

/** Minor units for a major amount typed by a user (`12.5` → 1250 for USD). */
export function toMinorUnits(major: number, currency: string, locale = 'en'): number {
  const digits = cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).resolvedOptions().maximumFractionDigits ?? 2;
  return Math.round(major * 10 ** digits);
}

/** `2.4 MB` in the locale's digits. */
export function formatFileSize(bytes: number, ctx: Pick<FormatContext, 'locale'>): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const fractionDigits = unit === 0 || value >= 100 ? 0 : 1;
  // Bytes in words with the plural ("45 bytes", "1 byte"): the short form is "45 byte" in
  // English. Larger units keep the short symbols ("2.4 MB").
  const unitDisplay = unit === 0 ? 'long' : 'short';
  return cached(`size|${ctx.locale}|${unit}|${fractionDigits}`, () =>
    new Intl.NumberFormat(ctx.locale, { style: 'unit', unit: units[unit], unitDisplay, maximumFractionDigits: fractionDigits }),
  ).format(value);
}

/** `in 3 days`, `yesterday`, `5 minutes ago`, relative to `now`. */
export function formatRelative(instant: string | Date, ctx: Pick<FormatContext, 'locale'>, now: Date = new Date()): string {
  const seconds = (new Date(instant).getTime() - now.getTime()) / 1000;
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [['second', 60], ['minute', 60], ['hour', 24], ['day', 7], ['week', 4.35], ['month', 12], ['year', Infinity]];
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) {
      return cached(`rel|${ctx.locale}`, () => new Intl.RelativeTimeFormat(ctx.locale, { numeric: 'auto' })).format(Math.round(value), unit);
    }
    value /= size;
  }
  return formatDate(instant, { locale: ctx.locale, timeZone: 'UTC' });
}
