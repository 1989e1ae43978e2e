/**
 * What to tell a person about a failed call, by error kind: a heading that says what failed
 * and a line that says what to do. Shared by `<portico-state-error>` and views' inline errors.
 */
import { msg } from '@lit/localize';
import { isPorticoError, type PorticoErrorKind } from '@portico/core';

export interface ErrorText {
  heading: string;
  description: string;
}

export function describeErrorKind(kind: PorticoErrorKind | undefined): ErrorText {
  switch (kind) {
    case 'network':
      return { heading: msg('Could not reach the practice'), description: msg('Check your internet connection, then try again.') };
    case 'unauthorized':
      return { heading: msg('Your session has ended'), description: msg('Sign in again to continue.') };
    case 'forbidden':
      return { heading: msg('You do not have access to this'), description: msg('If you think this is a mistake, contact the practice.') };
    case 'not-found':
      return { heading: msg('This could not be found'), description: msg('It may have been moved or removed.') };
    case 'conflict':
      return { heading: msg('This changed in the meantime'), description: msg('Try again to work with the latest version.') };
    case 'invalid-request':
      return { heading: msg('Some details were not accepted'), description: msg('Check what you entered, then try again.') };
    case 'invalid-response':
      return { heading: msg('The practice’s system sent something unexpected'), description: msg('Try again. If this keeps happening, contact the practice.') };
    case 'server':
      return { heading: msg('The practice’s system had a problem'), description: msg('Try again in a moment.') };
    case 'aborted':
      return { heading: msg('The request was cancelled'), description: msg('Try again when you are ready.') };
    default:
      return { heading: msg('Something went wrong'), description: msg('Try again in a moment.') };
  }
}

export function describeError(error: unknown): ErrorText {
  if (isPorticoError(error) && error.code === 'blocked-by-origin') {
    // The API refuses this page's origin (CORS): the person's connection is fine; the set-up is not.
    return { heading: msg('The portal cannot reach the practice from this website'), description: msg('This is a set-up problem, not your internet connection. Please let the practice know.') };
  }
  return describeErrorKind(isPorticoError(error) ? error.kind : undefined);
}

/** Kinds where trying the same call again cannot help, so no Retry is offered. */
export function isPermanent(error: unknown): boolean {
  return isPorticoError(error) && (error.kind === 'forbidden' || error.kind === 'not-found');
}
