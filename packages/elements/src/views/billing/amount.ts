/** Amounts typed in the pay dialog's "Another amount" field, read in the user's locale. */
import { currencyDigits, toMinorUnits } from '@portico/core';

/** An amount as typed, split into whole and fraction digits; `undefined` when it is not a number. */
function splitAmount(text: string, locale: string): { whole: string; fraction: string } | undefined {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,]/g, '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(cleaned)) return undefined;
  // The last separator is the decimal point when 1–2 digits follow it, or when it is the
  // locale's own decimal sign; every other separator groups thousands.
  const last = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  let whole = cleaned;
  let fraction = '';
  if (last >= 0) {
    const after = cleaned.slice(last + 1);
    if (after.length < 3 || cleaned[last] === decimal) {
      whole = cleaned.slice(0, last);
      fraction = after;
    }
  }
  return { whole: whole.replace(/[.,]/g, ''), fraction };
}

/**
 * Minor units for an amount typed in the user's locale (`12.50`, `12,50`, `$1,200`), or
 * `undefined` when it is not a number. Group separators are ignored. Check
 * {@link tooManyDecimals} first: this rounds.
 */
export function parseAmount(text: string, currency: string, locale: string): number | undefined {
  const parts = splitAmount(text, locale);
  if (!parts) return undefined;
  const value = Number(`${parts.whole || '0'}.${parts.fraction || '0'}`);
  return Number.isFinite(value) ? toMinorUnits(value, currency, locale) : undefined;
}

/**
 * The currency's decimals when the typed amount has more (`20.555` dollars), else undefined:
 * such an amount is refused with a message rather than silently rounded.
 */
export function tooManyDecimals(text: string, currency: string, locale: string): number | undefined {
  const parts = splitAmount(text, locale);
  const digits = currencyDigits(currency);
  return parts && parts.fraction.replace(/0+$/, '').length > digits ? digits : undefined;
}

/** The major-unit number for an amount field's initial value, in the locale's digits, no symbol. */
export function amountInputValue(minor: number, currency: string, locale: string): string {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(minor / 10 ** digits);
}

