/**
 * Notification preferences from a backend that does not yet know every event: zod 4's `z.record`
 * over an enum requires every key, so one new event (`request-decision-undone`, #14) would have
 * refused the whole answer. The events map is partial; a missing event means "not told" (off).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotificationEvent, NotificationPreferences } from '../../src/schemas/account.js';

const off = { email: false, sms: false };
const allEvents = Object.fromEntries(NotificationEvent.options.map((event) => [event, off]));
const base = { reminders: { enabled: true, hoursBefore: [24] }, timeZone: 'America/Chicago', language: 'en' };

test('accepts preferences from a backend that does not send request-decision-undone yet', () => {
  const { 'request-decision-undone': _missing, ...older } = allEvents;
  const result = NotificationPreferences.safeParse({ ...base, events: { ...older, 'new-message': { email: true, sms: false } } });
  assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  assert.equal(result.data!.events['request-decision-undone'], undefined);
  assert.deepEqual(result.data!.events['new-message'], { email: true, sms: false });
});

test('accepts an empty events map, and still every event when all are sent', () => {
  assert.equal(NotificationPreferences.safeParse({ ...base, events: {} }).success, true);
  assert.equal(NotificationPreferences.safeParse({ ...base, events: allEvents }).success, true);
});

test('still refuses an unknown event and a malformed channel choice', () => {
  const unknown = NotificationPreferences.safeParse({ ...base, events: { 'no-such-event': off } });
  assert.equal(unknown.success, false);
  const malformed = NotificationPreferences.safeParse({ ...base, events: { 'invoice-due': { email: 'yes', sms: false } } });
  assert.equal(malformed.success, false);
  assert.deepEqual(malformed.error!.issues[0]!.path, ['events', 'invoice-due', 'email']);
});
