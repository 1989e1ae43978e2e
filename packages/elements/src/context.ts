/**
 * The shared services every Portico element may consume (`@lit/context`). `<portico-portal>`
 * and `<portico-provider>` provide them; views consume them and never reach for globals.
 *
 * Context keys are `Symbol.for('portico.<version>.<name>')`: two copies of the same version
 * share them, while another version on the same page (whose value shapes may differ) does not.
 */
import { createContext } from '@lit/context';
import { findClient, type Branding, type ClientSummary, type Organisation, type PaymentProvider, type PortalAdapter, type PortalUser, type PorticoStore, type Session } from '@portico/core';
import { VERSION } from './version.js';

const key = (name: string): symbol => Symbol.for(`portico.${VERSION}.${name}`);

/** The backend, through the adapter contract. Views read through the store, not this. */
export const adapterContext = createContext<PortalAdapter | undefined>(key('adapter'));

/** The cache every view reads through (`ResourceController`) and writes through (`mutate`). */
export const storeContext = createContext<PorticoStore | undefined>(key('store'));

/** Who is signed in, which client is being viewed, and the practice's settings. */
export interface PorticoSessionState {
  session: Session;
  user: PortalUser;
  /** The client being viewed; a guardian switches between `session.clients`. */
  clientId: string;
  client: ClientSummary;
  organisation: Organisation;
  branding: Branding;
}

/** Undefined while the session loads (views show their loading state meanwhile). */
export const sessionContext = createContext<PorticoSessionState | undefined>(key('session'));

/** How URLs carry the view: in the hash (`#/messages/t-42`), or not at all (the host drives navigation). */
export type RoutingMode = 'hash' | 'none';

export interface PorticoConfig {
  /** BCP 47 tag used for text and `Intl` formatting, e.g. `es-MX`. */
  locale: string;
  /** IANA zone for dates and times, e.g. `America/Chicago`. */
  timeZone: string;
  routing: RoutingMode;
}

export const configContext = createContext<PorticoConfig | undefined>(key('config'));

/**
 * A host service: the payment provider card payments use (`paymentProvider` on
 * `<portico-portal>` / `<portico-provider>`, or on `<portico-billing>` for its own subtree).
 * Later host services come the same way.
 */
export const paymentProviderContext = createContext<PaymentProvider | undefined>(key('payment-provider'));

/**
 * The session state for one client of a session; falls back to the session's default client
 * (then the first) when `clientId` is missing or not one the user may act for.
 */
export function sessionStateFor(session: Session, clientId?: string | null): PorticoSessionState {
  const client =
    (clientId ? findClient(session, clientId) : undefined) ??
    findClient(session, session.defaultClientId) ??
    session.clients[0]!;
  return {
    session,
    user: session.user,
    clientId: client.id,
    client,
    organisation: session.organisation,
    branding: session.organisation.branding,
  };
}
