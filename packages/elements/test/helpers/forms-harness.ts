/**
 * Renders `<portico-forms>` for a test; the harness that drives it is the shipped one
 * (src/testing/forms.ts).
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/forms/forms.js';
import { FormsHarness } from '../../src/testing/forms.js';
import './harness.js';

export { FormsHarness };

/**
 * The adapter with some `forms` operations replaced (the REST adapter's domains are proxies,
 * so they cannot be spread).
 */
export function withForms(adapter: PortalAdapter, overrides: Partial<PortalAdapter['forms']>): PortalAdapter {
  const forms = adapter.forms;
  return {
    ...adapter,
    forms: {
      listAssignments: (input, options) => forms.listAssignments(input, options),
      getDefinition: (input, options) => forms.getDefinition(input, options),
      getProgress: (input, options) => forms.getProgress(input, options),
      saveProgress: (input, options) => forms.saveProgress(input, options),
      submit: (input, options) => forms.submit(input, options),
      ...overrides,
    },
  };
}

export async function renderForms(adapter: PortalAdapter, item?: string): Promise<FormsHarness> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter}><portico-forms .item=${item}></portico-forms></portico-provider>`);
  return new FormsHarness(provider.querySelector('portico-forms')!);
}
