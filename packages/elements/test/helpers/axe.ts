/**
 * Runs axe-core on an element (shadow DOM included) and fails with one readable line per
 * violation: rule, impact, what to fix, and the offending nodes.
 */
import type { AxeResults, RunOptions } from 'axe-core';

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

async function loadAxe(): Promise<Axe> {
  const holder = window as unknown as { axe?: Axe };
  if (!holder.axe) await import('axe-core/axe.min.js');
  if (!holder.axe) throw new Error('axe-core did not register window.axe');
  return holder.axe;
}

export interface AxeCheckOptions {
  /** Rule ids to skip, each with a reason in the calling test. */
  disable?: string[];
  /** Run only these rules (a focused check, e.g. `color-contrast` across many themes). */
  only?: string[];
}

export async function expectNoAxeViolations(element: Element, options: AxeCheckOptions = {}): Promise<void> {
  const axe = await loadAxe();
  const rules = Object.fromEntries((options.disable ?? []).map((id) => [id, { enabled: false }]));
  const runOptions: RunOptions = options.only
    ? { runOnly: { type: 'rule', values: options.only }, resultTypes: ['violations'] }
    : { rules, resultTypes: ['violations'] };
  const results = await axe.run(element, runOptions);
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
  throw new Error(`axe found ${results.violations.length} violation(s) in <${element.localName}>:\n${report}`);
}
