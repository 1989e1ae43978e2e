import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { VERSION } from '../src/version.js';

describe('define()', () => {
  let warnings: unknown[][];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a tag, and a second definition by the same version is a no-op', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('portico-test-same', First);
    expect(() => define('portico-test-same', Second)).not.to.throw();
    expect(customElements.get('portico-test-same')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('warns, naming both versions, when another Portico version holds the tag', () => {
    class Other extends HTMLElement {}
    customElements.define('portico-test-other', Other);
    const registry = (globalThis as unknown as Record<symbol, Map<string, string>>)[Symbol.for('portico.definitions')]!;
    registry.set('portico-test-other', '0.0.9');
    define('portico-test-other', class extends HTMLElement {});
    expect(customElements.get('portico-test-other')).to.equal(Other);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(`Portico ${VERSION}`).and.contain('Portico 0.0.9').and.contain('<portico-test-other>');
  });

  it('warns when a non-Portico script holds the tag', () => {
    customElements.define('portico-test-foreign', class extends HTMLElement {});
    define('portico-test-foreign', class extends HTMLElement {});
    expect(String(warnings[0]![0])).to.contain('not Portico');
  });

  it('knows the package version', async () => {
    const pkg = (await (await fetch('/packages/elements/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
