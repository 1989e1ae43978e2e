/** Files shared with the client, uploads and sharing (FILE-1, FILE-2). */
import type { PortalFile } from '@portico/core';
import { badRequest, found } from '../errors.js';
import type { Owned } from '../db/types.js';
import { placeholderDocument } from '../documents.js';
import { paginate } from '../paging.js';
import { iso } from '../time.js';
import { addActivity, personFor, visibleTeam } from './client-view.js';
import type { AuthedContext, ImplFor } from './types.js';
import { checkUpload } from './uploads.js';

type Sort = 'newest' | 'oldest' | 'name' | 'size';

const SORTS: Record<Sort, (a: PortalFile, b: PortalFile) => number> = {
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  oldest: (a, b) => a.createdAt.localeCompare(b.createdAt),
  name: (a, b) => a.name.localeCompare(b.name),
  size: (a, b) => b.size - a.size,
};

function filesOf(ctx: AuthedContext, clientId: string): Owned<PortalFile>[] {
  return ctx.data.files.filter((f) => f.clientId === clientId);
}

/**
 * The members a file may be shared with, or a refusal naming the bad ones. Hidden and unknown
 * members are refused alike (TEAM-2): the answer never reveals a hidden one.
 */
function shareTargets(ctx: AuthedContext, clientId: string, memberIds: readonly string[], path: string): string[] {
  const team = visibleTeam(ctx.data, clientId);
  const bad = memberIds.filter((id) => !team.some((m) => m.id === id));
  if (bad.length) {
    throw badRequest('invalid-share-target', 'Files can only be shared with members of your care team.', bad.map(() => ({ path, message: 'Not a member of your care team' })));
  }
  return [...new Set(memberIds)];
}

export const filesImpl: ImplFor<'files'> = {
  files: {
    list: ({ clientId, kind, sort, cursor, limit }, ctx) => {
      const list = filesOf(ctx, clientId).filter((f) => !kind || f.kind === kind).sort(SORTS[sort ?? 'newest']);
      return paginate(list, { cursor, limit });
    },
    search: ({ clientId, body }, ctx) => {
      const q = body.q.toLowerCase();
      return filesOf(ctx, clientId)
        .filter((f) => (!body.kind || f.kind === body.kind) && (f.name.toLowerCase().includes(q) || (f.description ?? '').toLowerCase().includes(q)))
        .sort(SORTS.newest);
    },
    get: ({ clientId, fileId }, ctx) => found(filesOf(ctx, clientId).find((f) => f.id === fileId), 'This file'),
    download: ({ clientId, fileId }, ctx) => {
      const file = found(filesOf(ctx, clientId).find((f) => f.id === fileId), 'This file');
      return ctx.db.blobs.get(file.id) ?? placeholderDocument(file.name, file.mimeType);
    },
    upload: ({ clientId, body, file }, ctx) => {
      checkUpload(ctx, file);
      // #14.7: shared as part of the upload; a bad member refuses it before anything is stored.
      const sharedWith = shareTargets(ctx, clientId, (body.shareWith ?? '').split(',').map((s) => s.trim()).filter(Boolean), 'shareWith');
      const id = ctx.db.id('file');
      ctx.db.blobs.set(id, file);
      const record: Owned<PortalFile> = {
        id, clientId, name: file.name, kind: body.kind, mimeType: file.type || 'application/octet-stream', size: file.size,
        createdAt: iso(ctx.now), uploadedBy: personFor(ctx.user, clientId), sharedWith, url: ctx.db.downloadUrl(id),
        ...(body.description ? { description: body.description } : {}),
      };
      ctx.data.files.push(record);
      addActivity(ctx, clientId, 'document', `You uploaded ${file.name}`);
      return record;
    },
    share: ({ clientId, fileId, body }, ctx) => {
      const record = found(filesOf(ctx, clientId).find((f) => f.id === fileId), 'This file');
      record.sharedWith = shareTargets(ctx, clientId, body.memberIds, 'memberIds');
      return record;
    },
  },
};
