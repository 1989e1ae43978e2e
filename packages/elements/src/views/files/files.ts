/**
 * Registers `<portico-files>` (the view's public import path) and its parts. The class lives in
 * `files.component.ts`, which registers only the parts, so a brand can subclass it:
 * `class MyFiles extends PorticoFiles {}` then `customElements.define('my-files', MyFiles)`.
 */
import { define } from '../../define.js';
import { PorticoFiles } from './files.component.js';

export { PorticoFiles };

define('portico-files', PorticoFiles);

declare global {
  interface HTMLElementTagNameMap {
    'portico-files': PorticoFiles;
  }
}
