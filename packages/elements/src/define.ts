import { getLogger } from '@portico/core';
import { VERSION } from './version.js';

/**
 * Which Portico version defined each tag, shared by every copy of Portico on the page (a copy
 * from the CDN next to one from npm), so a copy can tell its own tags from another version's.
 */
const REGISTRY = Symbol.for('portico.definitions');

type DefinitionRegistry = Map<string, string>;

function registry(): DefinitionRegistry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: DefinitionRegistry };
  return (holder[REGISTRY] ??= new Map());
}

/**
 * Registers a custom element, safely repeatable (EMBED-1): a no-op when the tag is already
 * defined by this Portico version (a second script tag, a second bundle), and a warning
 * through Portico's logger naming both versions when another version or another library holds it. Does
 * nothing where there is no `customElements` (importing in Node must not crash).
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const versions = registry();
  if (customElements.get(tag)) {
    const holder = versions.get(tag);
    if (holder === VERSION) return;
    getLogger().warn(
      `Portico ${VERSION}: <${tag}> is already defined by ${holder ? `Portico ${holder}` : 'another script (not Portico)'}; ` +
        `the page keeps that definition. Load one version of Portico per page.`,
    );
    return;
  }
  customElements.define(tag, ctor);
  versions.set(tag, VERSION);
}
