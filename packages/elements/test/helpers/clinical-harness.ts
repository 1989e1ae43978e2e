/** Renders `<portico-clinical>` for a test; the harness that drives it is the shipped one (src/testing/clinical.ts). */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/clinical/clinical.js';
import type { PorticoClinical } from '../../src/views/clinical/clinical.js';
import { ClinicalHarness } from '../../src/testing/clinical.js';
import './harness.js';

export { ClinicalHarness };
export { button, click, openTab, part, tabs } from '../../src/testing/clinical.js';

export async function renderClinical(adapter: PortalAdapter, options: { item?: string; clientId?: string } = {}): Promise<PorticoClinical> {
  const provider = await fixture(
    html`<portico-provider .adapter=${adapter} client-id=${options.clientId ?? ''}><portico-clinical .item=${options.item}></portico-clinical></portico-provider>`,
  );
  const view = provider.querySelector('portico-clinical')!;
  await new ClinicalHarness(view).ready();
  return view;
}

/** Every `adapter.<domain>.<op>` call, by name, so a test can prove a request was never made. */
export function recordCalls(adapter: PortalAdapter): { adapter: PortalAdapter; calls: string[] } {
  const calls: string[] = [];
  // The REST adapter's domains are proxies (operations appear on first use), so wrap by proxy too.
  const domains = new Proxy(adapter as unknown as Record<string, Record<string, unknown>>, {
    get(target, domain) {
      const ops = Reflect.get(target, domain) as Record<string, unknown> | undefined;
      if (typeof domain !== 'string' || typeof ops !== 'object' || ops === null) return ops;
      return new Proxy(ops, {
        get(o, op) {
          const fn = Reflect.get(o, op) as unknown;
          if (typeof op !== 'string' || typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            calls.push(`${domain}.${op}`);
            return (fn as (...a: unknown[]) => unknown)(...args);
          };
        },
      });
    },
  });
  return { adapter: domains as unknown as PortalAdapter, calls };
}

/** The adapter with some `clinical` operations replaced (the rest still reach the mock). */
export function withClinical(adapter: PortalAdapter, overrides: Partial<PortalAdapter['clinical']>): PortalAdapter {
  const clinical = new Proxy(adapter.clinical, {
    get: (target, op) => (typeof op === 'string' && op in overrides ? overrides[op as keyof typeof overrides] : Reflect.get(target, op)),
  });
  return new Proxy(adapter, { get: (target, domain) => (domain === 'clinical' ? clinical : Reflect.get(target, domain)) });
}
