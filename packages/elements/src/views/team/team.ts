/**
 * Registers `<portico-team>` (the view's public import path). The class lives in
 * `team.component.ts`, which registers nothing, so a brand can subclass it:
 * `class MyTeam extends PorticoTeam {}` then `customElements.define('my-team', MyTeam)`.
 */
import { define } from '../../define.js';
import { PorticoTeam } from './team.component.js';

export { PorticoTeam };

define('portico-team', PorticoTeam);

declare global {
  interface HTMLElementTagNameMap {
    'portico-team': PorticoTeam;
  }
}
