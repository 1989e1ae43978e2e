/**
 * Registers `<portico-forms>` (the view's public import path) and the form it opens,
 * `<portico-forms-filler>`. The class lives in `forms.component.ts`, which registers nothing
 * of its own, so a brand can subclass it: `class MyForms extends PorticoForms {}` then
 * `customElements.define('my-forms', MyForms)`.
 */
import { define } from '../../define.js';
import { PorticoForms } from './forms.component.js';

export { PorticoForms };

define('portico-forms', PorticoForms);

declare global {
  interface HTMLElementTagNameMap {
    'portico-forms': PorticoForms;
  }
}
