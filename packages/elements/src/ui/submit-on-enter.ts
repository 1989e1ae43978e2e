import type { PorticoField } from './field.js';

/**
 * `@keydown` on a one-line `<portico-field>`: Enter submits the field's form, as it does from a
 * plain input. The field's `<input>` lives in the field's own shadow root, outside the form, so
 * the browser's implicit submission does not reach the form. Enter in a textarea (a new line) and
 * while an input method composes is left alone.
 */
export function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
  if ((event.composedPath()[0] as Element | undefined)?.localName !== 'input') return;
  event.preventDefault();
  (event.currentTarget as PorticoField).form?.requestSubmit();
}
