/** Issue #11: one time-zone module — DST changes and half-hour offsets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, localDateOf, startOfDay, startOfWeek, todayIn, weekdayOf, zoneOffset, zonedInstant, zonedParts } from '../../src/index.js';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

test('zoned parts read the wall clock of an instant in a zone', () => {
  assert.deepEqual(zonedParts('2026-03-08T06:59:59Z', NY), { year: 2026, month: 3, day: 8, hour: 1, minute: 59, second: 59 });
  assert.deepEqual(zonedParts(at('2026-03-08T07:00:00Z'), NY), { year: 2026, month: 3, day: 8, hour: 3, minute: 0, second: 0 });
  assert.deepEqual(zonedParts(new Date('2026-11-30T20:00:00Z'), 'Asia/Kolkata'), { year: 2026, month: 12, day: 1, hour: 1, minute: 30, second: 0 });
  assert.equal(zoneOffset(at('2026-01-15T12:00:00Z'), NY), -5 * HOUR);
  assert.equal(zoneOffset(at('2026-07-15T12:00:00Z'), NY), -4 * HOUR);
  assert.equal(zoneOffset(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata'), 5.5 * HOUR);
});

test('the start of a day in New York across the spring and autumn changes', () => {
  assert.equal(startOfDay('2026-03-08', NY), at('2026-03-08T05:00:00Z'));
  assert.equal(startOfDay('2026-03-09', NY), at('2026-03-09T04:00:00Z'));
  // The day the clocks spring forward has 23 hours; the day they fall back has 25.
  assert.equal(startOfDay(addDays('2026-03-08', 1), NY) - startOfDay('2026-03-08', NY), 23 * HOUR);
  assert.equal(startOfDay(addDays('2026-11-01', 1), NY) - startOfDay('2026-11-01', NY), 25 * HOUR);
  // A week that crosses the change still starts each day at local midnight.
  for (let i = 0; i < 7; i++) {
    const day = addDays('2026-03-05', i);
    const parts = zonedParts(startOfDay(day, NY), NY);
    assert.deepEqual([parts.hour, parts.minute, localDateOf(startOfDay(day, NY), { timeZone: NY })], [0, 0, day]);
  }
});

test('wall time to instant: skipped times move forward, repeated times take the first', () => {
  assert.equal(zonedInstant('2026-03-08', '09:30', NY), at('2026-03-08T13:30:00Z'));
  assert.equal(zonedInstant('2026-03-07', '09:30', NY), at('2026-03-07T14:30:00Z'));
  // 02:30 does not exist on 8 March in New York: 03:30 EDT.
  assert.equal(zonedInstant('2026-03-08', '02:30', NY), at('2026-03-08T07:30:00Z'));
  // 01:30 happens twice on 1 November: the first (EDT).
  assert.equal(zonedInstant('2026-11-01', '01:30', NY), at('2026-11-01T05:30:00Z'));
  assert.equal(zonedInstant('2026-11-01', '03:00', NY), at('2026-11-01T08:00:00Z'));
});

test('half-hour offsets: India all year, Adelaide with its own DST', () => {
  assert.equal(startOfDay('2026-06-01', 'Asia/Kolkata'), at('2026-05-31T18:30:00Z'));
  assert.equal(zonedInstant('2026-06-01', '09:00', 'Asia/Kolkata'), at('2026-06-01T03:30:00Z'));
  assert.equal(localDateOf('2026-05-31T18:29:59Z', { timeZone: 'Asia/Kolkata' }), '2026-05-31');
  assert.equal(localDateOf('2026-05-31T18:30:00Z', { timeZone: 'Asia/Kolkata' }), '2026-06-01');
  // Adelaide is +10:30 in January (summer time) and +9:30 in July.
  assert.equal(startOfDay('2026-01-15', 'Australia/Adelaide'), at('2026-01-14T13:30:00Z'));
  assert.equal(startOfDay('2026-07-15', 'Australia/Adelaide'), at('2026-07-14T14:30:00Z'));
  // Summer time ends on 5 April 2026 at 03:00 (back to 02:00): a 25-hour day.
  assert.equal(startOfDay('2026-04-06', 'Australia/Adelaide') - startOfDay('2026-04-05', 'Australia/Adelaide'), 25 * HOUR);
});

test('calendar dates: adding days and weekdays ignore zones', () => {
  assert.equal(addDays('2026-02-28', 1), '2026-03-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-03-08', -8), '2026-02-28');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(weekdayOf('2026-03-08'), 0);
  assert.equal(weekdayOf('2026-12-01'), 2);
  assert.equal(todayIn({ timeZone: 'Pacific/Kiritimati' }, new Date('2026-11-30T11:00:00Z')), '2026-12-01');
  assert.equal(todayIn({ timeZone: 'Pacific/Pago_Pago' }, new Date('2026-11-30T10:00:00Z')), '2026-11-29');
});

test('calendar arithmetic: whole months clamp to the month, weeks start on the locale\'s first day', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
  assert.equal(addMonths('2026-03-15', -3), '2025-12-15');
  assert.equal(addMonths('2026-12-01', 1), '2027-01-01');
  // 2026-12-02 is a Wednesday.
  assert.equal(startOfWeek('2026-12-02', 0), '2026-11-29');
  assert.equal(startOfWeek('2026-12-02', 1), '2026-11-30');
  assert.equal(startOfWeek('2026-11-29', 1), '2026-11-23');
  assert.equal(startOfWeek('2026-11-29', 0), '2026-11-29');
});
