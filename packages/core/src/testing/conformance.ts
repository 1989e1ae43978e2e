/**
 * A small runner for the adapter contract suite, so it runs without mocha: from the
 * `portico-conformance` command against any backend, or from a host's own script. It keeps
 * mocha's order (a block's `before` hooks once, `beforeEach` hooks from the outermost block
 * in, a block's own tests before its nested blocks) and reports one result per test.
 * Runtime-neutral: no Node or DOM APIs beyond `fetch`, `File` and timers.
 */
import { registerAdapterContract, type AdapterContractOptions } from './adapter-suite.js';
import { ContractSkip } from './assert.js';
import type { AdapterContractSetup, SuiteApi } from './suites/context.js';

export { ContractSkip };

type TestFn = () => void | Promise<void>;

interface Block {
  name: string;
  before: TestFn[];
  beforeEach: TestFn[];
  tests: { name: string; fn: TestFn }[];
  blocks: Block[];
}


export interface CheckResult {
  /** The test's name with its blocks, joined by ` › `. */
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped. */
  reason?: string;
  ms: number;
}

export interface ConformanceResult {
  passed: number;
  failed: number;
  skipped: number;
  checks: CheckResult[];
}

export interface ConformanceOptions extends AdapterContractOptions {
  /** Called with each result as it is known (e.g. to print one line per check). */
  onResult?: (result: CheckResult) => void;
  /** Per-test time limit in milliseconds. Default 30 000. */
  timeout?: number;
}

/** Runs the whole contract suite against `setup`'s backend and resolves with every result. */
export async function runConformance(
  setup: () => AdapterContractSetup | Promise<AdapterContractSetup>,
  options: ConformanceOptions = {},
): Promise<ConformanceResult> {
  const root: Block = { name: '', before: [], beforeEach: [], tests: [], blocks: [] };
  let current = root;
  const api: SuiteApi = {
    describe(name, fn) {
      const block: Block = { name, before: [], beforeEach: [], tests: [], blocks: [] };
      current.blocks.push(block);
      const parent = current;
      current = block;
      try {
        fn();
      } finally {
        current = parent;
      }
    },
    it: (name, fn) => current.tests.push({ name, fn }),
    before: (fn) => current.before.push(fn),
    beforeEach: (fn) => current.beforeEach.push(fn),
  };
  registerAdapterContract(api, 'contract', setup, options);

  const result: ConformanceResult = { passed: 0, failed: 0, skipped: 0, checks: [] };
  const timeout = options.timeout ?? 30_000;
  const report = (check: CheckResult): void => {
    result[check.status] += 1;
    result.checks.push(check);
    options.onResult?.(check);
  };

  const run = async (block: Block, path: string[], eachHooks: TestFn[]): Promise<void> => {
    const here = block === root || block.name === 'contract' ? path : [...path, block.name];
    const hooks = [...eachHooks, ...block.beforeEach];
    let hookError: unknown;
    for (const hook of block.before) {
      try {
        await withTimeout(hook(), timeout);
      } catch (error) {
        hookError = error;
        break;
      }
    }
    if (hookError !== undefined) {
      // Every test below a failed `before` hook fails with its reason, as mocha reports it.
      for (const name of testNames(block, here)) report({ name, status: 'failed', reason: `setup failed: ${reasonOf(hookError)}`, ms: 0 });
      return;
    }
    for (const test of block.tests) {
      const name = [...here, test.name].join(' › ');
      const started = Date.now();
      try {
        for (const hook of hooks) await withTimeout(hook(), timeout);
        await withTimeout(test.fn(), timeout);
        report({ name, status: 'passed', ms: Date.now() - started });
      } catch (error) {
        const skipped = error instanceof ContractSkip;
        report({ name, status: skipped ? 'skipped' : 'failed', reason: reasonOf(error), ms: Date.now() - started });
      }
    }
    for (const child of block.blocks) await run(child, here, hooks);
  };
  await run(root, [], []);
  return result;
}

function testNames(block: Block, path: string[]): string[] {
  return [
    ...block.tests.map((t) => [...path, t.name].join(' › ')),
    ...block.blocks.flatMap((b) => testNames(b, [...path, b.name])),
  ];
}

async function withTimeout(value: void | Promise<void>, ms: number): Promise<void> {
  if (!(value instanceof Promise)) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      value,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
