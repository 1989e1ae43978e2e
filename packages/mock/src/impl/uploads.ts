/** The upload check messages (attachments) and files share. */
import { badRequest } from '../errors.js';
import type { AuthedContext } from './types.js';

/** Uploads are checked against the practice's accepted types and size limit (FILE-2, SEC-2). */
export function checkUpload(ctx: AuthedContext, file: File): void {
  const { maxUploadBytes, acceptedUploadTypes } = ctx.data.organisation.rules;
  const type = file.type || 'application/octet-stream';
  const accepted = acceptedUploadTypes.some((t) => (t.endsWith('/*') ? type.startsWith(t.slice(0, -1)) : t === type));
  if (!accepted) {
    throw badRequest('unsupported-file-type', `Files of type ${type} are not accepted. Accepted: ${acceptedUploadTypes.join(', ')}.`, [{ path: 'file', message: 'Unsupported file type' }]);
  }
  if (file.size > maxUploadBytes) {
    const mb = Math.round(maxUploadBytes / 100_000) / 10;
    throw badRequest('file-too-large', `The file is larger than the ${mb} MB limit.`, [{ path: 'file', message: 'File too large' }]);
  }
}
