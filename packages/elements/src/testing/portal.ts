/** Drives `<portico-portal>`: its menu, the view in its main region, focus. */
import type { PorticoPortal } from '../portal/portal.js';
import { PorticoHarness } from './harness.js';
import { nameOf, queryAllByRole, textOf } from './queries.js';

/** A menu entry's accessible name: its label, with the unread count when it has one ("Messages, 2 unread"). */
const names = (name: string, label: string): boolean => name === label || name.startsWith(`${label}, `);

export class PortalHarness extends PorticoHarness<PorticoPortal> {
  get portal(): PorticoPortal {
    return this.element;
  }

  /** Waits until the shell (its menu) is on screen. */
  async ready(): Promise<this> {
    await this.waitFor(() => this.links().length > 0, { message: 'the portal shell' });
    return this;
  }

  /** Menu entries by their visible label. */
  menu(): string[] {
    return this.links().map((a) => textOf(a));
  }

  /** The menu's links, shown or not (a narrow screen folds them behind "Menu"); none before the shell is shown. */
  private links(): HTMLAnchorElement[] {
    const nav = queryAllByRole(this.element, 'navigation', { hidden: true })[0];
    return nav ? (queryAllByRole(nav, 'link', { hidden: true }) as HTMLAnchorElement[]) : [];
  }

  /** The portal's menu: its navigation landmark ("Portal"; the only one in the portal). */
  nav(): HTMLElement {
    return this.getByRole('navigation');
  }

  /**
   * The menu entry `label` (a link, by its accessible name), shown or not (a narrow screen
   * folds the menu behind its "Menu" button).
   */
  link(label: string): HTMLAnchorElement {
    const link = this.links().find((a) => names(nameOf(a, { hidden: true }), label));
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

  /**
   * Follows the menu entry `label` with a click, as a person does; on a narrow screen, opens the
   * menu with its "Menu" button first.
   */
  async open(label: string): Promise<void> {
    const nav = await this.waitFor(() => this.nav(), { message: 'the portal menu' });
    const shown = () => queryAllByRole(nav, 'link').find((a) => names(nameOf(a), label));
    if (!shown()) {
      // The menu's one button, "Menu" (in the portal's language).
      const toggle = this.queryAllByRole('button', { within: nav })[0];
      if (toggle?.getAttribute('aria-expanded') === 'false') await this.click(toggle);
    }
    await this.click(await this.waitFor(shown, { message: `the menu entry "${label}"` }));
    await this.portal.updateComplete;
  }

  /** Waits until the view `tag` is shown and its data rendered (no loading panel left). */
  async settled(tag: string): Promise<HTMLElement> {
    const view = await this.waitFor(() => this.root.querySelector<HTMLElement>(`.main > ${tag}`), { message: `<${tag}> in the portal` });
    await this.waitFor(() => view.shadowRoot && !view.shadowRoot.querySelector('portico-state-loading') && view.shadowRoot.childElementCount > 0, { message: `<${tag}> to load` });
    return view;
  }
}
