import * as z from 'zod/mini';
import { Id, Instant, PersonRef, named, Name } from './common.js';

/** What a shared file is, for filtering (FILE-1). */
export const FileKind = z.enum([
  'session-note', 'form', 'report', 'insurance-authorization', 'video', 'photo', 'invoice', 'other',
]);

export const PortalFile = named(
  'PortalFile',
  z.object({
    id: Id,
    name: Name,
    kind: FileKind,
    mimeType: z.string(),
    size: z.int().check(z.nonnegative()),
    createdAt: Instant,
    uploadedBy: PersonRef,
    /** Team members this file is shared with (never hidden ones). */
    sharedWith: z.array(Id),
    /** Where the bytes are downloaded from; may be short-lived and must not carry health data. */
    url: z.string(),
    description: z.optional(z.string()),
  }),
);

/** Fields sent with an upload, beside the file itself (multipart/form-data). */
export const UploadFileFields = named(
  'UploadFileFields',
  z.object({
    kind: FileKind,
    description: z.optional(z.string().check(z.maxLength(500))),
    /**
     * Care-team members to share the file with as it is uploaded (#14.7), as their ids
     * separated by commas (a multipart field is one string). The backend refuses the whole
     * upload, storing nothing, if one is not a visible member of the client's care team,
     * exactly as `files.share` refuses it.
     */
    shareWith: z.optional(z.string().check(z.maxLength(4000))),
  }),
);

export const ShareFileInput = named('ShareFileInput', z.object({ memberIds: z.array(Id) }));

export type FileKind = z.output<typeof FileKind>;
export type PortalFile = z.output<typeof PortalFile>;
