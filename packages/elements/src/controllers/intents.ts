/**
 * Navigation as typed intents. A view never writes its own open item when it sits in a portal:
 * it asks (`requestOpen`), the portal navigates (the URL and the view's `item` have one writer)
 * and hands the view the rest of the intent (`applyIntent`). A view on its own (no portal
 * handling the request) applies the intent itself.
 *
 * ```ts
 * requestOpen(this, { view: 'messages', compose: { to: member.id } });   // Team → Messages
 * if (!requestOpen(this, { view: 'messages', item: threadId })) this.item = threadId;
 * ```
 */
import type { Module } from '@portico/core';
import { emit } from '../events.js';

/** What an intent may carry beyond the view and its item, per view. */
export interface IntentExtras {
  /** Open a new message to this team member (in memory, never in the URL). */
  messages: { compose?: { to: string } };
  /**
   * Open booking with this provider and service chosen (the booking link,
   * `#/schedule/book?provider=<id>&service=<id>`); ids only. An id the practice no longer
   * offers leaves the choice open, with a note saying so.
   */
  schedule: { book?: BookingChoice };
}

/** The provider and service a booking link chose (opaque ids). */
export interface BookingChoice {
  providerId?: string | undefined;
  serviceId?: string | undefined;
}

/**
 * Where to go: a view, optionally an item within it (an opaque id, the URL's second segment),
 * and what that view understands beyond it (see {@link IntentExtras}).
 */
export type PortalIntent = {
  [V in Module]: { view: V; item?: string | undefined } & (V extends keyof IntentExtras ? IntentExtras[V] : unknown);
}[Module];

/**
 * Shortcut links: a URL location whose item names an action rather than an item
 * (`#/schedule/book?provider=…&service=…`) becomes the typed intent for it, so the portal keeps
 * it in memory (through sign-in too) and hands it to the view like any other intent. Other
 * locations are plain `{ view, item }` intents.
 */
export function intentFromLocation({ view, item, params = {} }: { view: string; item?: string | undefined; params?: Readonly<Record<string, string>> | undefined }): PortalIntent {
  return view === 'schedule' && item === 'book'
    ? { view, book: { providerId: params['provider'], serviceId: params['service'] } }
    : ({ view, item } as PortalIntent);
}

/** Whether an intent carries more than its view and item (so the view must be handed it). */
export function hasExtras(intent: PortalIntent): boolean {
  return Object.keys(intent).some((key) => key !== 'view' && key !== 'item');
}

/** A view that takes intents beyond its item (the portal calls this after navigating to it). */
export interface IntentTarget {
  applyIntent(intent: PortalIntent): void;
}

/**
 * Asks the surrounding portal (or host) to open `intent` with `portico-open-requested`
 * (cancelable). Returns true when something took it (`preventDefault()`): the portal, which
 * then writes the view's item. False means no one did: a view on its own applies it itself.
 */
export function requestOpen(from: HTMLElement, intent: PortalIntent): boolean {
  return emit(from, 'portico-open-requested', intent, { cancelable: true }).defaultPrevented;
}

declare global {
  interface HTMLElementEventMap {
    /**
     * A view asks to show another view or item (`detail` is a {@link PortalIntent}). Cancelable:
     * the portal calls `preventDefault()` and navigates; a host using views on their own may
     * do the same, or leave it and let the view open the item itself.
     */
    'portico-open-requested': CustomEvent<PortalIntent>;
  }
}
