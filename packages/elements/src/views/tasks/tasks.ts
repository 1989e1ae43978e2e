/**
 * Registers `<portico-tasks>` (the view's public import path). The class lives in
 * `tasks.component.ts`, which registers nothing, so a brand can subclass it:
 * `class MyTasks extends PorticoTasks {}` then `customElements.define('my-tasks', MyTasks)`.
 */
import { define } from '../../define.js';
import { PorticoTasks } from './tasks.component.js';

export * from './tasks.component.js';

define('portico-tasks', PorticoTasks);

declare global {
  interface HTMLElementTagNameMap {
    'portico-tasks': PorticoTasks;
  }
}
