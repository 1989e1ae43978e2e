/**
 * The one error type every adapter throws. Views switch on `kind` to say what failed and
 * whether a retry may help; `operation` names the call so a log line is useful on its own.
 */
export type PorticoErrorKind =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid-request'
  | 'invalid-response'
  | 'server'
  | 'aborted';

export interface PorticoErrorInit {
  kind: PorticoErrorKind;
  operation: string;
  message?: string;
  status?: number;
  /** For `invalid-response`: where in the payload validation failed, e.g. `items.3.sentAt`. */
  fieldPath?: string;
  /** Machine-readable code from the backend's error body, e.g. `notice-window`. */
  code?: string;
  /** Field-level problems from the backend (`invalid-request`) or from validation. */
  issues?: { path: string; message: string }[];
  cause?: unknown;
}

const DEFAULT_MESSAGES: Record<PorticoErrorKind, string> = {
  network: 'Could not reach the server. Check the connection and try again.',
  unauthorized: 'Your session has ended. Please sign in again.',
  forbidden: 'You do not have access to this.',
  'not-found': 'This item could not be found.',
  conflict: 'This could not be done right now.',
  'invalid-request': 'Some of the information sent was not accepted.',
  'invalid-response': 'The server sent something unexpected.',
  server: 'The server had a problem. Try again in a moment.',
  aborted: 'The request was cancelled.',
};

export class PorticoError extends Error {
  override readonly name = 'PorticoError';
  readonly kind: PorticoErrorKind;
  readonly operation: string;
  readonly status: number | undefined;
  readonly fieldPath: string | undefined;
  readonly code: string | undefined;
  readonly issues: { path: string; message: string }[];

  constructor(init: PorticoErrorInit) {
    super(init.message ?? DEFAULT_MESSAGES[init.kind], init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.operation = init.operation;
    this.status = init.status;
    this.fieldPath = init.fieldPath;
    this.code = init.code;
    this.issues = init.issues ?? [];
  }

  /** Whether trying the same call again might succeed. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server';
  }
}

export function isPorticoError(value: unknown): value is PorticoError {
  return value instanceof PorticoError;
}

/** Maps an HTTP status to the error kind the contract gives it. */
export function kindForStatus(status: number): PorticoErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 400 || status === 422) return 'invalid-request';
  if (status === 408) return 'network';
  return 'server';
}
