/**
 * Renders `<portico-dashboard>` for a test and records which adapter calls were made; the
 * harness that drives it is the shipped one (src/testing/dashboard.ts).
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/dashboard/dashboard.js';
import type { PorticoDashboard } from '../../src/views/dashboard/dashboard.js';
import './harness.js';

export { DashboardHarness, announcement, body, focused, moveButton, order, settled, sizeSelect, widget } from '../../src/testing/dashboard.js';

export interface DashboardOptions {
  saveDelay?: number;
  now?: Date;
}

export async function renderDashboard(adapter: PortalAdapter, options: DashboardOptions = {}): Promise<PorticoDashboard> {
  const provider = await fixture(html`<portico-provider .adapter=${adapter}>
    <portico-dashboard save-delay=${options.saveDelay ?? 50} .now=${options.now}></portico-dashboard>
  </portico-provider>`);
  return provider.querySelector('portico-dashboard')!;
}

/** Records `domain.operation` of every adapter call. */
export function recording(adapter: PortalAdapter): { adapter: PortalAdapter; calls: string[] } {
  const calls: string[] = [];
  const wrapped = new Proxy(adapter, {
    get(target, domain, receiver) {
      const ops: unknown = Reflect.get(target, domain, receiver);
      if (typeof domain !== 'string' || typeof ops !== 'object' || ops === null) return ops;
      return new Proxy(ops, {
        get(group, op, r) {
          const fn: unknown = Reflect.get(group, op, r);
          if (typeof op !== 'string' || typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            calls.push(`${domain}.${op}`);
            return (fn as (...a: unknown[]) => unknown).apply(group, args);
          };
        },
      });
    },
  });
  return { adapter: wrapped, calls };
}
