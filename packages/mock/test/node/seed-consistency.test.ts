/** Demo data that adds up (#10.9): the seed's documents, sessions and times agree with each other. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSeed } from '../../src/seed/index.js';

const data = createSeed({ seed: 1 });
const zone = data.organisation.timeZone;

/** Hour and minute of an instant in the practice's time zone. */
function localTime(instant: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(instant));
  return { hour: Number(parts.find((p) => p.type === 'hour')!.value), minute: Number(parts.find((p) => p.type === 'minute')!.value) };
}

describe('demo data adds up', () => {
  it('every submitted form points to its own document in Files, for that client', () => {
    const submitted = data.assignments.filter((a) => a.status === 'submitted');
    assert.ok(submitted.length > 0);
    for (const a of submitted) {
      const file = data.files.find((f) => f.id === a.documentId);
      assert.ok(file, `${a.id}: no document ${a.documentId}`);
      assert.equal(file.clientId, a.clientId, `${a.id}: the document belongs to another client`);
      assert.ok(file.name.startsWith(a.title), `${a.id} (${a.title}) opens "${file.name}"`);
    }
  });

  it('every session is a completed appointment the schedule shows, same time, provider and service', () => {
    assert.ok(data.sessions.length > 10);
    for (const s of data.sessions) {
      const appointment = data.appointments.find((a) => a.clientId === s.clientId && a.visibleToClient && a.start === s.date);
      assert.ok(appointment, `${s.id}: no appointment at ${s.date}`);
      assert.equal(appointment.status, 'completed', `${s.id}: the schedule shows that day ${appointment.status}`);
      assert.equal(appointment.provider.name, s.providerName, `${s.id}: the schedule shows another provider`);
      assert.equal(appointment.service.name, s.serviceName, `${s.id}: the schedule shows another service`);
    }
  });

  it('sessions and appointments start on quarter hours within working hours, in the practice’s zone', () => {
    for (const instant of [...data.sessions.map((s) => s.date), ...data.appointments.map((a) => a.start)]) {
      const { hour, minute } = localTime(instant);
      assert.equal(minute % 15, 0, `${instant} is ${hour}:${minute} in ${zone}`);
      assert.ok(hour >= 7 && hour <= 19, `${instant} is ${hour}:${String(minute).padStart(2, '0')} in ${zone}`);
    }
  });

  it('the practice has a phone number to call', () => {
    assert.match(data.organisation.phone ?? '', /\d{3}/);
  });
});

describe('demo data adds up at any hour of the day', () => {
  it('appointments start on half hours in working hours whenever the demo starts', () => {
    const base = Date.parse('2026-03-02T00:00:00Z');
    for (let hour = 0; hour < 24 * 7; hour += 5) {
      const seeded = createSeed({ seed: 1, now: base + hour * 3_600_000 + 26 * 60_000 });
      for (const a of seeded.appointments) {
        const { hour: h, minute } = localTime(a.start);
        assert.ok(minute % 15 === 0 && h >= 7 && h <= 19, `${a.id} at ${h}:${String(minute).padStart(2, '0')} (now + ${hour} h)`);
      }
    }
  });
});
