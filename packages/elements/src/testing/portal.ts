/** Drives `<portico-portal>`: its menu, the view in its main region, focus. */
import type { PorticoPortal } from '../portal/portal.js';
import { PorticoHarness } from './harness.js';

export class PortalHarness extends PorticoHarness<PorticoPortal> {
  get portal(): PorticoPortal {
    return this.element;
  }

  /** Waits until the shell (its menu) is on screen. */
  async ready(): Promise<this> {
    await this.waitFor(() => this.root.querySelector('nav a'), { message: 'the portal shell' });
    return this;
  }

  /** Menu entries by their visible label. */
  menu(): string[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.textContent!.trim());
  }

  link(label: string): HTMLAnchorElement {
    const link = [...this.root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent!.trim() === label);
    if (!link) throw new Error(`No menu entry "${label}" in [${this.menu().join(', ')}]`);
    return link;
  }

  currentLabel(): string | undefined {
    return this.root.querySelector('nav a[aria-current="page"]')?.textContent?.trim();
  }

  /** The element in the main region (a view, or a state panel). */
  view<V extends HTMLElement = HTMLElement>(): V | null {
    return this.root.querySelector('.main')?.firstElementChild as V | null;
  }

  /** Follows the menu entry `label`. */
  async open(label: string): Promise<void> {
    this.link(label).click();
    await this.portal.updateComplete;
  }

  /** Waits until the view `tag` is shown and its data rendered (no loading panel left). */
  async settled(tag: string): Promise<HTMLElement> {
    const view = await this.waitFor(() => this.root.querySelector<HTMLElement>(`.main > ${tag}`), { message: `<${tag}> in the portal` });
    await this.waitFor(() => view.shadowRoot && !view.shadowRoot.querySelector('portico-state-loading') && view.shadowRoot.childElementCount > 0, { message: `<${tag}> to load` });
    return view;
  }
}
