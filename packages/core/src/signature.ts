/**
 * E-signatures: a typed signature must be the signed-in person's own name. One rule for the
 * form filler, timesheets and the mock; the backend records the signed-in user as the signer,
 * whatever was typed.
 */

/** A name as compared for signatures: Unicode-normalised, trimmed, single-spaced, case folded. */
export function normaliseSignerName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Whether `typed` is `personName`, case and spacing aside. */
export function signerNameMatches(typed: string, personName: string): boolean {
  const want = normaliseSignerName(personName);
  return want !== '' && normaliseSignerName(typed) === want;
}
