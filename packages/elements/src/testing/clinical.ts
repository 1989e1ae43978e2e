/** Drives `<portico-clinical>` the way a user does: tabs, buttons by their visible text, disclosures. */
import type { PorticoClinical } from '../views/clinical/clinical.js';
import { PorticoHarness } from './harness.js';
import { waitFor } from './wait.js';

/** The section element inside a panel (sessions/homework/programmes/data/care plan). */
export function part<E extends HTMLElement>(view: PorticoClinical, tag: string): E | null {
  return view.shadowRoot!.querySelector<E>(tag);
}

export function tabs(view: PorticoClinical): string[] {
  return [...view.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());
}

export async function openTab(view: PorticoClinical, label: string): Promise<void> {
  const tab = [...view.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent!.trim() === label);
  if (!tab) throw new Error(`No tab "${label}" in [${tabs(view).join(', ')}]`);
  tab.click();
  await view.updateComplete;
}

/** A button whose visible text (or aria-label) is `text`, in `root`. */
export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === text || b.getAttribute('aria-label') === text,
  );
}

/** Waits for the button `text` in `root`, then clicks it. */
export async function click(root: ParentNode, text: string): Promise<void> {
  const b = await waitFor(() => button(root, text), { message: `button "${text}"` });
  b.click();
}

export class ClinicalHarness extends PorticoHarness<PorticoClinical> {
  /** Waits until the tabs (or the "not available" panel) are on screen. */
  async ready(): Promise<this> {
    await this.waitFor(() => this.root.querySelector('[role="tablist"], h2 ~ portico-state-empty'), { message: '<portico-clinical> with its session' });
    return this;
  }

  tabs(): string[] {
    return tabs(this.element);
  }

  openTab(label: string): Promise<void> {
    return openTab(this.element, label);
  }

  part<P extends HTMLElement>(tag: string): P | null {
    return part<P>(this.element, tag);
  }
}
