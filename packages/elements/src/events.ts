/**
 * Portico's events: `portico-<what-happened>` CustomEvents that bubble and cross shadow roots.
 * Every event is declared once in `HTMLElementEventMap` (next to the element that fires it),
 * which types both `emit()` here and hosts' `addEventListener`:
 *
 * ```ts
 * declare global {
 *   interface HTMLElementEventMap {
 *     'portico-message-sent': CustomEvent<{ threadId: string; messageId: string }>;
 *   }
 * }
 * emit(this, 'portico-message-sent', { threadId, messageId });
 * ```
 */

/** Names of the events declared with a `CustomEvent` type, i.e. Portico's (and any other library's). */
export type PorticoEventName = {
  [K in keyof HTMLElementEventMap]: K extends `portico-${string}` ? (HTMLElementEventMap[K] extends CustomEvent ? K : never) : never;
}[keyof HTMLElementEventMap];

/** The `detail` type of a declared event. */
export type PorticoEventDetail<K extends PorticoEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface EmitOptions {
  /** For events a host may veto with `preventDefault()`; check the returned event. */
  cancelable?: boolean;
}

/** Dispatches a typed Portico event from `target`; returns it so callers can read `defaultPrevented`. */
export function emit<K extends PorticoEventName>(
  target: EventTarget,
  type: K,
  detail: PorticoEventDetail<K>,
  options: EmitOptions = {},
): CustomEvent<PorticoEventDetail<K>> {
  const event = new CustomEvent<PorticoEventDetail<K>>(type, {
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
    detail,
  });
  target.dispatchEvent(event);
  return event;
}
