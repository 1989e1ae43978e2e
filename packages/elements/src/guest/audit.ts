/**
 * The guest elements' one reporting spot: called once when a guest link's action went through.
 * Emits `portico-guest-link-used` and the typed `portico-audit` (`guest-link-used`), ids only,
 * never content (and never the link's token).
 */
import type { GuestAction } from '@portico/core';
import { audit } from '../audit.js';
import { emit } from '../events.js';

export interface GuestLinkUsed {
  /** What the link did. */
  action: GuestAction;
  /** The invoice, form assignment or appointment it was for. */
  itemId: string;
}

export function reportGuestLinkUsed(host: HTMLElement, detail: GuestLinkUsed): void {
  emit(host, 'portico-guest-link-used', detail);
  audit(host, { type: 'guest-link-used', ...detail });
}

declare global {
  interface HTMLElementEventMap {
    'portico-guest-link-used': CustomEvent<GuestLinkUsed>;
  }
}
