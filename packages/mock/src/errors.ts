/**
 * Errors the mock answers with, in the REST contract's shape (`ErrorBody` in core):
 * `{ "error": { "code": "notice-window", "message": "…", "issues": [{ "path": "a.b", "message": "…" }] } }`.
 */
import type { ErrorBody } from '@portico/core';

export type Issue = NonNullable<ErrorBody['error']['issues']>[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export const badRequest = (code: string, message: string, issues?: Issue[]) => new ApiError(400, code, message, issues);
export const forbidden = (message = 'You do not have access to this.', code = 'forbidden') => new ApiError(403, code, message);
export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} could not be found.`);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);

/** Finds a row or answers 404. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}
