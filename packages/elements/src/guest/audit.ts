/**
 * The guest elements' one reporting spot: called once when a guest link's action went through.
 * Emits `portico-guest-link-used` (ids only, never content). The audit-events work (issue #12,
 * item 2) adds the typed `portico-audit` event (`guest-link-used`) here, and nowhere else.
 */
import type { GuestAction } from '@portico/core';
import { emit } from '../events.js';

export interface GuestLinkUsed {
  /** What the link did. */
  action: GuestAction;
  /** The invoice, form assignment or appointment it was for. */
  itemId: string;
}

export function reportGuestLinkUsed(host: HTMLElement, detail: GuestLinkUsed): void {
  emit(host, 'portico-guest-link-used', detail);
}

declare global {
  interface HTMLElementEventMap {
    'portico-guest-link-used': CustomEvent<GuestLinkUsed>;
  }
}
