/**
 * Registers `<portico-messages>` (the view's public import path). The class lives in
 * `messages.component.ts`, which registers nothing, so a brand can subclass it:
 * `class MyMessages extends PorticoMessages {}` then `customElements.define('my-messages', MyMessages)`.
 */
import { define } from '../../define.js';
import { PorticoMessages } from './messages.component.js';

export * from './messages.component.js';

define('portico-messages', PorticoMessages);

declare global {
  interface HTMLElementTagNameMap {
    'portico-messages': PorticoMessages;
  }
}
