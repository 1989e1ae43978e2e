import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, svg } from 'lit';
import { state } from 'lit/decorators.js';
import { can, effectiveFeatures, safeUrl, visibleModules } from '@portico/core';
import '../auth/sign-out.js';
import type { PorticoSignOut } from '../auth/sign-out.js';
import type { PorticoSessionState } from '../context.js';
import { resource } from '../controllers/resource.js';
import { SessionController } from '../controllers/session-controller.js';
import { define } from '../define.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { initialsOf } from '../ui/avatar.js';
import { completionOf } from '../views/account/profile-draft.js';
import { headerMenuStyles } from './header-menu.styles.js';

/** What a menu entry does: open a section of the account view, or sign out. */
interface MenuEntry {
  id: string;
  label: string;
  /** The account section it opens (the deep link's item: `#/account/<section>`). */
  section?: string;
}

const envelope = svg`<path d="M3 6.5h18v11H3z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="m3.5 7 8.5 6.5L20.5 7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`;

const RING = 2 * Math.PI * 9;
/** A ring filled to `share` (0–1), drawn with SVG attributes so a strict CSP needs no inline style. */
const progressRing = (share: number) =>
  svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-opacity="0.35" stroke-width="3"/><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3" stroke-dasharray=${`${(share * RING).toFixed(2)} ${RING.toFixed(2)}`} transform="rotate(-90 12 12)"/>`;

/**
 * @tagname portico-header-menu
 * @summary The account controls in the portal header (issue #14.1): the signed-in person's
 * photo or initials opening a menu (account profile, notifications, availability, sign-in
 * methods where the organisation enables SSO, change password, time zone, sign out), the profile-completion indicator while the practice has it
 * on (`Features.profileCompletion`), and an envelope opening "Contact the practice" with the
 * practice's default template loaded.
 *
 * The menu follows the WAI-ARIA menu button pattern: Enter, Space or ↓ opens it on the first
 * entry (↑ on the last), arrows and Home/End move, Escape or Tab closes it and Escape puts focus
 * back on the button. Rendered by `<portico-portal>`; it reads the session from context.
 *
 * @csspart base - The row of controls.
 * @csspart completion - The profile-completion indicator.
 * @csspart contact-button - The envelope ("Contact the practice").
 * @csspart menu-button - The photo or initials opening the menu.
 * @csspart initials - The initials shown when there is no photo.
 * @csspart menu - The menu.
 * @csspart menu-item - One entry of the menu.
 *
 * @cssprop --portico-color-on-primary - Text and icon colour (the header's).
 *
 * @fires portico-open-requested - An entry, the indicator or the envelope asks the portal to open an account section. `detail: { view: 'account', item }`.
 * @fires portico-signed-out - (From "Sign out".) `detail: { confirmed }`.
 */
@localized()
export class PorticoHeaderMenu extends LitElement {
  static override styles = [baseStyles, headerMenuStyles];

  private readonly s = new SessionController(this);

  /** The session state; undefined while it loads. */
  private get session(): PorticoSessionState | undefined {
    return this.s.state;
  }

  @state() private open = false;

  /** The profile, only while the practice shows the completion indicator (shared with the account view's cache). */
  private readonly profile = resource(this, 'account.getProfile', () => this.completionOn() && {});

  private completionOn(): boolean {
    const s = this.session;
    return !!s && this.accountShown() && effectiveFeatures(s.session, s.client).profileCompletion === true;
  }

  private accountShown(): boolean {
    const s = this.session;
    return !!s && visibleModules(s.session, s.clientId).includes('account');
  }

  private entries(): MenuEntry[] {
    const s = this.session;
    const availability = !!s && can(s.session, s.clientId, 'schedule.change');
    const completion = this.completion();
    return [
      ...(completion ? [{ id: 'complete-profile', label: msg(str`Complete your profile (${completion.percent}%)`), section: 'profile' }] : []),
      { id: 'profile', label: msg('Account profile'), section: 'profile' },
      { id: 'notifications', label: msg('Notifications'), section: 'notifications' },
      ...(availability ? [{ id: 'availability', label: msg('Availability'), section: 'availability' }] : []),
      ...(s?.organisation.ssoProviders.length ? [{ id: 'sign-in-methods', label: msg('Sign-in methods'), section: 'sign-in-methods' }] : []),
      { id: 'password', label: msg('Change password'), section: 'password' },
      // The time zone is set with the notification preferences.
      { id: 'time-zone', label: msg('Time zone'), section: 'notifications' },
      { id: 'sign-out', label: msg('Sign out') },
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  override render() {
    const s = this.session;
    if (!s || !this.accountShown()) return nothing;
    const name = s.user.name;
    const completion = this.completion();
    return html`<div class="bar" part="base">
      ${completion ? this.renderCompletion(completion) : nothing}
      <button class="icon" part="contact-button" type="button" aria-label=${msg('Contact the practice')} title=${msg('Contact the practice')} @click=${() => this.openSection('contact')}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${envelope}</svg>
      </button>
      <div class="menu-wrap">
        <button
          id="menu-button"
          class="avatar-button"
          part="menu-button"
          type="button"
          aria-haspopup="menu"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="account-menu"
          aria-label=${msg(str`Account menu for ${name}`)}
          @click=${() => (this.open ? this.close(true) : void this.show('first'))}
          @keydown=${this.onButtonKey}
        >
          ${completion
            ? // On phones the ring sits around the photo instead of taking a button of its own.
              html`<svg class="avatar-ring" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${progressRing(completion.done / completion.total)}</svg>`
            : nothing}
          ${safeUrl(s.user.photoUrl)
            ? html`<portico-avatar size="sm" decorative .name=${name} .src=${s.user.photoUrl ?? null}></portico-avatar>`
            : // The initials are a picture of the person, not the button's label: drawn by CSS so the name stays the label.
              html`<span class="initials" part="initials" aria-hidden="true" data-initials=${initialsOf(name)}></span>`}
        </button>
        <ul id="account-menu" role="menu" part="menu" aria-labelledby="menu-button" ?hidden=${!this.open} @keydown=${this.onMenuKey} @focusout=${this.onFocusOut}>
          ${this.entries().map(
            (entry) => html`<li role="none">
              <button role="menuitem" part="menu-item" type="button" tabindex="-1" data-entry=${entry.id} @click=${() => this.activate(entry)}>${entry.label}</button>
            </li>`,
          )}
        </ul>
        <portico-sign-out hidden></portico-sign-out>
      </div>
    </div>`;
  }

  /** The profile's completion while the indicator is on and something is missing; otherwise undefined. */
  private completion(): { done: number; total: number; percent: number } | undefined {
    const profile = this.completionOn() ? this.profile.data : undefined;
    if (!profile) return undefined;
    const items = completionOf(profile);
    const done = items.filter((i) => i.done).length;
    // A complete profile needs no reminder in the header.
    if (done === items.length) return undefined;
    return { done, total: items.length, percent: Math.round((done / items.length) * 100) };
  }

  private renderCompletion(c: { done: number; total: number; percent: number }) {
    return html`<button class="completion" part="completion" type="button" aria-label=${msg(str`Profile ${c.percent}% complete: add what is missing`)} @click=${() => this.openSection('profile')}>
      <svg class="ring" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${progressRing(c.done / c.total)}</svg>
      <span class="completion-text">${msg(str`Profile ${c.percent}%`)}</span>
    </button>`;
  }

  private items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  private async show(focus: 'first' | 'last'): Promise<void> {
    this.open = true;
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    await this.updateComplete;
    const items = this.items();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  private close(focusButton: boolean): void {
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (focusButton) this.renderRoot.querySelector<HTMLElement>('#menu-button')?.focus();
  }

  private openSection(section: string): void {
    emit(this, 'portico-open-requested', { view: 'account', item: section });
  }

  private async activate(entry: MenuEntry): Promise<void> {
    // Focus goes back to the button first; the portal then moves it to the view it opens.
    this.close(true);
    if (entry.section) {
      this.openSection(entry.section);
      return;
    }
    await this.renderRoot.querySelector<PorticoSignOut>('portico-sign-out')?.signOut();
  }

  private readonly onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    const items = this.items();
    const index = items.indexOf(this.renderRoot.querySelector<HTMLButtonElement>('[role="menuitem"]:focus') ?? items[0]!);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (index + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (index - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        this.close(true);
        return;
      case 'Tab':
        this.close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    items[next]?.focus();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (this.open && to && !this.renderRoot.contains(to)) this.close(false);
  };

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.close(false);
  };
}

define('portico-header-menu', PorticoHeaderMenu);

declare global {
  interface HTMLElementTagNameMap {
    'portico-header-menu': PorticoHeaderMenu;
  }
}
