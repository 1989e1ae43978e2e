/** The seed: deterministic, complete, and a long thread that pages. */
import { expect } from '@open-wc/testing';
import { CLIENT, LONG_THREAD_ID, LONG_THREAD_SIZE, createSeed } from '@portico/mock';
import { FileKind, type Message } from '@portico/core';
import { api, mock } from './helpers.js';

const NOW = Date.parse('2026-05-04T15:00:00Z');

describe('mock seed', () => {
  beforeEach(async () => (await mock()).reset());

  it('is deterministic: the same seed and now give the same data, another seed differs', () => {
    const a = JSON.stringify(createSeed({ seed: 42, now: NOW }));
    expect(JSON.stringify(createSeed({ seed: 42, now: NOW }))).to.equal(a);
    expect(JSON.stringify(createSeed({ seed: 43, now: NOW }))).not.to.equal(a);
  });

  it('holds the practice the brief asks for', () => {
    const data = createSeed({ seed: 1, now: NOW });
    expect(data.organisation.name).to.contain('demo practice');
    expect(data.team.length).to.be.at.least(6);
    expect(data.team.filter((m) => m.hidden)).to.have.length(1);
    expect(data.invoices.length).to.be.at.least(30);
    expect(new Set(data.files.map((f) => f.kind))).to.deep.equal(new Set(FileKind.options));
    expect(Object.values(data.messages).reduce((n, list) => n + list.length, 0)).to.be.greaterThan(LONG_THREAD_SIZE + 200);
    expect(data.messages[LONG_THREAD_ID]).to.have.length(2000);
    expect(data.formDefinitions.map((f) => f.title)).to.deep.equal(['Intake questionnaire', 'Informed consent for treatment', 'Notice of privacy practices']);
    const types = new Set(data.formDefinitions.flatMap((f) => f.sections.flatMap((s) => s.fields.map((x) => x.type))));
    expect([...types].sort()).to.deep.equal(['date', 'group', 'long-text', 'multi-choice', 'number', 'single-choice', 'statement', 'text', 'yes-no']);
  });

  it('pages the 2,000-message thread newest first with an opaque cursor', async () => {
    const seen: Message[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=200&cursor=${encodeURIComponent(cursor)}` : '?limit=200';
      const page = (await api(`/clients/${CLIENT.avery}/threads/${LONG_THREAD_ID}/messages${query}`)).body as { items: Message[]; nextCursor: string | null };
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).to.equal(10);
    expect(seen).to.have.length(2000);
    expect(new Set(seen.map((m) => m.id)).size).to.equal(2000);
    const times = seen.map((m) => m.sentAt);
    expect([...times].sort().reverse()).to.deep.equal(times);
  });
});
