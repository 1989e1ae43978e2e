/**
 * Registers `<portico-schedule>` (the view's public import path) and its parts. The class lives
 * in `schedule.component.ts`, which registers only the parts, so a brand can subclass it:
 * `class MySchedule extends PorticoSchedule {}` then `customElements.define('my-schedule', MySchedule)`.
 */
import { define } from '../../define.js';
import { PorticoSchedule } from './schedule.component.js';

export { PorticoSchedule };
export { toIcs, icsFileName, type IcsOptions } from './ics.js';

define('portico-schedule', PorticoSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'portico-schedule': PorticoSchedule;
  }
}
