/** Drives `<portico-clinical>` the way a user does: tabs and buttons by their accessible names, clicked through the driver; disclosures. */
import type { PorticoClinical } from '../views/clinical/clinical.js';
import { defaultDriver, type Driver } from './driver.js';
import { PorticoHarness } from './harness.js';
import { describeRole, getByRole, queryAllByRole, type Scope, type TextMatch } from './queries.js';
import { waitFor } from './wait.js';

/** The section element inside a panel (sessions/homework/programmes/data/care plan). */
export function part<E extends HTMLElement>(view: PorticoClinical, tag: string): E | null {
  return view.shadowRoot!.querySelector<E>(tag);
}

export function tabs(view: PorticoClinical): string[] {
  return [...view.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());
}

/** Clicks the tab named `label` (through the driver, as a person does) and waits for its panel to render. */
export async function openTab(view: PorticoClinical, label: string, driver: Driver = defaultDriver()): Promise<void> {
  const tab = queryAllByRole(view.shadowRoot!, 'tab', { name: label })[0];
  if (!tab) throw new Error(`No tab "${label}" in [${tabs(view).join(', ')}]`);
  await driver.click(tab);
  await view.updateComplete;
}

/** The first shown button whose accessible name is `name`, in `root`. */
export function button(root: Scope, name: TextMatch): HTMLButtonElement | undefined {
  return queryAllByRole(root, 'button', { name })[0] as HTMLButtonElement | undefined;
}

/** Waits for the button whose accessible name is `text` in `root`, then clicks it through the driver. */
export async function click(root: Scope, text: string, driver: Driver = defaultDriver()): Promise<void> {
  const b = await waitFor(() => getByRole(root, 'button', { name: text }), { message: describeRole('button', { name: text }) });
  await driver.click(b);
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
    return openTab(this.element, label, this.driver);
  }

  part<P extends HTMLElement>(tag: string): P | null {
    return part<P>(this.element, tag);
  }
}
