/** Files of every kind shared with each client (FILE-1). */
import type { FileKind, PersonRef, PortalFile } from '@portico/core';
import type { MockData, Owned } from '../db/types.js';
import { DAY, HOUR, iso } from '../time.js';
import { CLIENT, MEMBER, type SeedContext } from './context.js';

const FILES: { name: string; kind: FileKind; mimeType: string; size: [number, number]; description?: string }[] = [
  { name: 'Session note', kind: 'session-note', mimeType: 'application/pdf', size: [40_000, 180_000], description: 'Summary shared after the session.' },
  { name: 'Intake questionnaire (signed)', kind: 'form', mimeType: 'application/pdf', size: [90_000, 250_000] },
  { name: 'Progress report', kind: 'report', mimeType: 'application/pdf', size: [200_000, 900_000], description: 'Quarterly progress report.' },
  { name: 'Insurance authorization', kind: 'insurance-authorization', mimeType: 'application/pdf', size: [60_000, 140_000], description: 'Authorised units for the current period.' },
  { name: 'Practice video', kind: 'video', mimeType: 'video/mp4', size: [4_000_000, 9_500_000], description: 'A short model of the routine to practise at home.' },
  { name: 'Visual schedule', kind: 'photo', mimeType: 'image/png', size: [300_000, 1_200_000] },
  { name: 'Activity photo', kind: 'photo', mimeType: 'image/jpeg', size: [500_000, 2_500_000] },
  { name: 'Statement', kind: 'invoice', mimeType: 'application/pdf', size: [30_000, 80_000] },
  { name: 'Reading list', kind: 'other', mimeType: 'text/plain', size: [1_000, 6_000] },
  { name: 'School letter', kind: 'other', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: [20_000, 60_000] },
];

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf', 'video/mp4': 'mp4', 'image/png': 'png', 'image/jpeg': 'jpg', 'text/plain': 'txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** When the demo clients signed the notice of privacy practices, in days before "now". */
export const PRIVACY_SIGNED_DAYS_AGO = 20;

/** The id of a client's signed notice of privacy practices, the document its submitted form points to. */
export function privacyDocumentId(clientId: string): string {
  return `file-${clientId.slice(3)}-12`;
}

export function extensionFor(mimeType: string): string {
  return EXTENSION[mimeType] ?? 'bin';
}

export function seedFiles(ctx: SeedContext, careTeam: MockData['careTeam'], team: MockData['team']): Owned<PortalFile>[] {
  const out: Owned<PortalFile>[] = [];
  const uploaderFor: Record<string, PersonRef> = {
    [CLIENT.avery]: { id: 'u-avery', kind: 'client', name: 'Avery Example' },
    [CLIENT.milo]: { id: 'u-jordan', kind: 'contact', name: 'Jordan Sample' },
    [CLIENT.nora]: { id: 'u-jordan', kind: 'contact', name: 'Jordan Sample' },
  };
  for (const clientId of [CLIENT.avery, CLIENT.milo, CLIENT.nora]) {
    const visibleTeam = careTeam
      .filter((l) => l.clientId === clientId)
      .map((l) => team.find((m) => m.id === l.memberId))
      .filter((m): m is MockData['team'][number] => m !== undefined && !m.hidden);
    const clinicians = visibleTeam.filter((m) => m.serviceIds.length > 0);
    let n = 0;
    // Two rounds so every kind appears more than once and lists have something to sort.
    for (let round = 0; round < 2; round++) {
      for (const spec of FILES) {
        n++;
        const byClient = spec.kind === 'other' && round === 1;
        const member = spec.kind === 'invoice' ? visibleTeam.find((m) => m.id === MEMBER.taylor) : ctx.rng.pick(clinicians);
        const uploadedBy: PersonRef = byClient || !member ? uploaderFor[clientId]! : { id: member.id, kind: 'team', name: member.name };
        const id = `file-${clientId.slice(3)}-${String(n).padStart(2, '0')}`;
        let created = ctx.now - (round * 90 + ctx.rng.int(1, 80)) * DAY - ctx.rng.int(0, 23) * HOUR;
        // The second signed form is the notice of privacy practices the client submitted.
        const privacy = spec.kind === 'form' && round === 1;
        if (privacy) created = ctx.now - PRIVACY_SIGNED_DAYS_AGO * DAY;
        const label = new Date(created).toISOString().slice(0, 10);
        const fileId = privacy ? privacyDocumentId(clientId) : id;
        out.push({
          id: fileId, clientId,
          name: `${privacy ? 'Notice of privacy practices (signed)' : spec.name} ${label}.${extensionFor(spec.mimeType)}`,
          kind: spec.kind,
          mimeType: spec.mimeType,
          size: ctx.rng.int(spec.size[0], spec.size[1]),
          createdAt: iso(created),
          uploadedBy,
          sharedWith: clinicians.slice(0, ctx.rng.int(0, Math.min(2, clinicians.length))).map((m) => m.id),
          url: ctx.downloadUrl(fileId),
          ...(spec.description ? { description: spec.description } : {}),
        });
      }
    }
  }
  return out;
}
