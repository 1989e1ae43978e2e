/**
 * Registers `<portico-dashboard>` (the view's public import path). The class lives in
 * `dashboard.component.ts`, which registers nothing, so a brand can subclass it:
 * `class MyDashboard extends PorticoDashboard {}` then `customElements.define('my-dashboard', MyDashboard)`.
 */
import { define } from '../../define.js';
import { PorticoDashboard } from './dashboard.component.js';

export * from './dashboard.component.js';

define('portico-dashboard', PorticoDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard': PorticoDashboard;
  }
}
