/** What the practice accepts as an upload (types and size), checked before anything is sent, and how to say so. */
import { msg, str } from '@lit/localize';
import { formatFileSize } from '@portico/core';

const TYPE_NAMES: Record<string, () => string> = {
  'application/pdf': () => msg('PDF'),
  'image/*': () => msg('images'),
  'video/*': () => msg('videos'),
  'video/mp4': () => msg('MP4 video'),
  'text/plain': () => msg('plain text'),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': () => msg('Word documents'),
};

/** The accepted types as a person reads them: "PDF, images, MP4 video". */
export function acceptedTypesText(accepted: readonly string[], locale: string): string {
  const names = accepted.map((t) => TYPE_NAMES[t]?.() ?? t);
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** Whether a file's type is one of the practice's accepted types (MIME, `type/*` or `.ext`). */
export function isAcceptedType(file: Pick<File, 'type' | 'name'>, accepted: readonly string[]): boolean {
  const type = (file.type || 'application/octet-stream').toLowerCase();
  const name = file.name.toLowerCase();
  return accepted.some((raw) => {
    const t = raw.trim().toLowerCase();
    if (t.startsWith('.')) return name.endsWith(t);
    if (t.endsWith('/*')) return type.startsWith(t.slice(0, -1));
    return t === type;
  });
}

export interface UploadRules {
  acceptedUploadTypes: readonly string[];
  maxUploadBytes: number;
}

/** Checks a file before it is sent; returns what to tell the person, naming the file and the limit. */
export function checkFile(file: File, rules: UploadRules, locale: string): string | undefined {
  if (rules.acceptedUploadTypes.length > 0 && !isAcceptedType(file, rules.acceptedUploadTypes)) {
    const accepted = acceptedTypesText(rules.acceptedUploadTypes, locale);
    return msg(str`“${file.name}” is not a file type the practice accepts. Accepted: ${accepted}.`);
  }
  if (file.size > rules.maxUploadBytes) {
    const size = formatFileSize(file.size, { locale });
    const limit = formatFileSize(rules.maxUploadBytes, { locale });
    return msg(str`“${file.name}” is ${size}, larger than the ${limit} limit.`);
  }
  return undefined;
}
