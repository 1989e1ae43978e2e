import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatFileSize, formatLocalDate, formatMoney, formatRelative, formatTime, formatTimeRange, localDateOf, toMinorUnits } from '@portico/core';

/** ICU versions differ in which space they put before AM/PM or a currency sign. */
const n = (text: string) => text.replace(/[\u00a0]/g, ' ');

describe('format', () => {
  const chicago = { locale: 'en-US', timeZone: 'America/Chicago' };
  const madrid = { locale: 'es-ES', timeZone: 'Europe/Madrid' };

  it('shows an instant in the user zone, not the browser or the practice zone', () => {
    const instant = '2026-11-23T15:30:00Z';
    expect(n(formatTime(instant, chicago))).to.equal('9:30 AM');
    expect(n(formatTime(instant, madrid))).to.equal('16:30');
    expect(n(formatDateTime(instant, { locale: 'en-US', timeZone: 'Asia/Tokyo' }))).to.equal('Nov 24, 2026, 12:30 AM');
    expect(n(formatDate(instant, madrid, 'long'))).to.equal('23 de noviembre de 2026');
    expect(n(formatTimeRange(instant, '2026-11-23T16:20:00Z', chicago))).to.match(/^9:30\s?–\s?10:20 AM$/);
  });

  it('keeps calendar dates on their day whatever the zone', () => {
    expect(n(formatLocalDate('2026-12-01', { locale: 'en-US' }))).to.equal('Dec 1, 2026');
    expect(formatLocalDate('2026-12-01', { locale: 'en-US' }, { weekday: 'long' })).to.equal('Tuesday');
    expect(formatLocalDate('2026-12-01', { locale: 'es' }, { month: 'long', year: 'numeric' })).to.equal('diciembre de 2026');
    expect(localDateOf('2026-11-24T03:00:00Z', chicago)).to.equal('2026-11-23');
    expect(localDateOf('2026-11-24T03:00:00Z', madrid)).to.equal('2026-11-24');
  });

  it('formats money from minor units in the locale', () => {
    expect(n(formatMoney({ amount: 123450, currency: 'USD' }, { locale: 'en-US' }))).to.equal('$1,234.50');
    expect(n(formatMoney({ amount: 123450, currency: 'EUR' }, { locale: 'es-ES' }))).to.equal('1234,50 €');
    expect(n(formatMoney({ amount: 5000, currency: 'JPY' }, { locale: 'en-US' }))).to.equal('¥5,000');
    expect(toMinorUnits(12.5, 'USD')).to.equal(1250);
  });

  it('formats sizes and relative times', () => {
    expect(n(formatFileSize(2_400_000, { locale: 'en-US' }))).to.equal('2.4 MB');
    expect(n(formatFileSize(512, { locale: 'en-US' }))).to.equal('512 bytes');
    expect(n(formatFileSize(45, { locale: 'en-US' }))).to.equal('45 bytes');
    expect(n(formatFileSize(1, { locale: 'en-US' }))).to.equal('1 byte');
    expect(n(formatFileSize(45, { locale: 'es' }))).to.equal('45 bytes');
    const now = new Date('2026-11-23T12:00:00Z');
    expect(n(formatRelative('2026-11-22T12:00:00Z', { locale: 'en-US' }, now))).to.equal('yesterday');
    expect(n(formatRelative('2026-11-23T11:55:00Z', { locale: 'en-US' }, now))).to.equal('5 minutes ago');
  });
});
