/**
 * Walks every view of the portal for the conformance checks: open each menu entry by its link,
 * wait until no loading panel is left at any depth, and reach every element across shadow roots.
 */
import { deepQuery, waitFor, type PortalHarness } from '../helpers/portal-harness.js';

/** Every element under `root` (its own shadow root included), through open shadow roots. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** Every open shadow root under `root` (its own included). */
export function allShadowRoots(root: Element): ShadowRoot[] {
  return [root, ...allElements(root)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Opens the menu entry `label` and waits until the view it shows has its data at every depth. */
export async function showView(portal: PortalHarness, label: string): Promise<HTMLElement> {
  await portal.open(label);
  await waitFor(() => portal.currentLabel() === label, { message: `${label} to be current` });
  const view = await waitFor(() => {
    const shown = portal.view();
    return shown && shown.localName !== 'portico-state-loading' ? shown : null;
  }, { message: `the ${label} view`, timeout: 30_000 });
  await waitFor(() => view.shadowRoot && view.shadowRoot.childElementCount > 0 && !deepQuery(view.shadowRoot, 'portico-state-loading'), { message: `${label} to load`, timeout: 30_000 });
  await nextFrame();
  return view;
}

/** Runs `check` on every view in the menu; returns what it found per view, views with nothing left out. */
export async function acrossViews<T>(portal: PortalHarness, check: (view: HTMLElement, label: string) => Promise<T[]> | T[]): Promise<Record<string, T[]>> {
  const found: Record<string, T[]> = {};
  for (const label of portal.menu()) {
    const view = await showView(portal, label);
    const problems = await check(view, label);
    if (problems.length > 0) found[label] = problems;
  }
  return found;
}
