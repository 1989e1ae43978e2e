/** Checks a picked file against the practice's upload rules before any byte is sent (SEC-2). */
import { msg, str } from '@lit/localize';
import { formatFileSize, type PracticeRules } from '@portico/core';

type Rules = Pick<PracticeRules, 'acceptedUploadTypes' | 'maxUploadBytes'>;

/** Whether a MIME type is accepted; `type/*` entries accept the whole family, as the backend does. */
export function isAcceptedType(type: string, accepted: readonly string[]): boolean {
  const t = type || 'application/octet-stream';
  return accepted.some((a) => (a.endsWith('/*') ? t.startsWith(a.slice(0, -1)) : a === t));
}

/** A person's words for the accepted types, e.g. "PDF, images, MP4 videos". */
export function describeTypes(accepted: readonly string[]): string {
  return accepted
    .map((type) => {
      switch (type) {
        case 'application/pdf':
          return 'PDF';
        case 'image/*':
          return msg('images');
        case 'video/*':
          return msg('videos');
        case 'video/mp4':
          return msg('MP4 videos');
        case 'text/plain':
          return msg('plain text');
        case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
          return msg('Word documents');
        default:
          return (type.split('/')[1] ?? type).toUpperCase();
      }
    })
    .join(', ');
}

/** Why `file` cannot be attached, or null when it may be uploaded. */
export function fileProblem(file: File, rules: Rules, locale: string): string | null {
  const name = file.name;
  if (!isAcceptedType(file.type, rules.acceptedUploadTypes)) {
    const accepted = describeTypes(rules.acceptedUploadTypes);
    return msg(str`"${name}" cannot be attached: this type of file is not accepted. Accepted: ${accepted}.`);
  }
  if (file.size > rules.maxUploadBytes) {
    const limit = formatFileSize(rules.maxUploadBytes, { locale });
    return msg(str`"${name}" cannot be attached: it is larger than the ${limit} limit.`);
  }
  return null;
}
