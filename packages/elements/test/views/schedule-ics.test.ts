import { expect } from '@open-wc/testing';
import type { Appointment } from '@portico/core';
import { escapeIcsText, foldIcsLine, icsFileName, toIcs } from '../../src/views/schedule/ics.js';

const appointment: Appointment = {
  id: 'ap-42',
  start: '2026-03-03T15:00:00.000Z',
  end: '2026-03-03T15:50:00.000Z',
  status: 'scheduled',
  provider: { id: 'p1', name: 'Dr. Riley Demo, PsyD' },
  service: { id: 's1', name: 'Therapy; follow-up' },
  location: { name: 'Main office', address: '100 Example Street, Suite 2\nSpringfield' },
  telehealthUrl: null,
};

describe('toIcs (Add to calendar)', () => {
  it('writes one VEVENT with UID, DTSTAMP, UTC DTSTART/DTEND, SUMMARY and LOCATION, CRLF throughout', () => {
    const ics = toIcs(appointment, { now: new Date('2026-02-01T10:20:30.456Z'), uidDomain: 'portico' });
    const lines = ics.split('\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(lines.slice(0, 2)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).to.include.members([
      'BEGIN:VEVENT', 'UID:ap-42@portico', 'DTSTAMP:20260201T102030Z', 'DTSTART:20260303T150000Z', 'DTEND:20260303T155000Z',
      'STATUS:CONFIRMED', 'END:VEVENT',
    ]);
    expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
    expect(ics).to.contain('SUMMARY:Therapy\\; follow-up — Dr. Riley Demo\\, PsyD');
    expect(ics).to.contain('LOCATION:Main office\\, 100 Example Street\\, Suite 2\\nSpringfield');
    expect(ics).not.to.contain('URL:');
  });

  it('adds URL for telehealth, omits LOCATION when unknown, marks cancelled ones', () => {
    const ics = toIcs({ ...appointment, location: null, telehealthUrl: 'https://video.example/join/ap-42', status: 'cancelled' }, { summary: 'Video, call' });
    expect(ics).to.contain('\r\nURL:https://video.example/join/ap-42\r\n');
    expect(ics).not.to.contain('LOCATION');
    expect(ics).to.contain('SUMMARY:Video\\, call\r\n');
    expect(ics).to.contain('STATUS:CANCELLED');
  });

  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines longer than 75 octets without splitting a UTF-8 character', () => {
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldIcsLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    const encoder = new TextEncoder();
    for (const part of parts) expect(encoder.encode(part).length).to.be.at.most(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).to.equal(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(long);
    const ics = toIcs({ ...appointment, service: { id: 's', name: 'x'.repeat(200) } });
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
  });

  it('keeps hostile values inside their own property: no second event, no ATTENDEE, every line folded', () => {
    const inject = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nATTENDEE;CN=Mallory:mailto:mallory@evil.example\r\nSUMMARY:Free';
    const hostile: Appointment = {
      ...appointment,
      id: `ap-1${inject}`,
      provider: { id: 'p1', name: `Dr. X\nATTENDEE:mailto:a@evil.example\u0000\u2028` },
      service: { id: 's1', name: `Therapy${inject}` },
      location: { name: `Room${inject}`, address: `${'Ø'.repeat(80)}\rORGANIZER:mailto:b@evil.example` },
      telehealthUrl: `https://video.example/join${inject}`,
    };
    for (const telehealthUrl of [hostile.telehealthUrl, `javascript:alert(1)${inject}`, `data:text/html,<script>alert(1)</script>${inject}`]) {
      const ics = toIcs({ ...hostile, telehealthUrl }, { description: `Join here${inject}`, now: new Date('2026-02-01T10:20:30Z') });
      const physical = ics.split('\r\n').slice(0, -1);
      const encoder = new TextEncoder();
      for (const line of physical) expect(encoder.encode(line).length, line).to.be.at.most(75);
      // eslint-disable-next-line no-control-regex
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n\u0000]/);
      // Unfold (RFC 5545 §3.1), then every logical line is a property Portico writes.
      const logical = ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
      const names = logical.map((l) => /^[A-Z-]+/.exec(l)?.[0]);
      expect(names.filter((n) => n === 'BEGIN')).to.have.length(2);
      expect(names).not.to.include.members(['ATTENDEE', 'ORGANIZER']);
      expect(new Set(names)).to.deep.equal(
        new Set(['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'STATUS', 'END', ...(telehealthUrl?.startsWith('https:') ? ['URL'] : [])]),
      );
      const url = logical.find((l) => l.startsWith('URL:'));
      if (url) expect(url).to.match(/^URL:https:\/\/video\.example\/join[^\s]*$/);
    }
  });

  it('names the file by date only (no health data)', () => {
    expect(icsFileName(appointment)).to.equal('appointment-20260303.ics');
  });
});
