import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../../auth/change-password.js';
import '../../auth/sign-out.js';
import { formStyles } from '../../auth/form.styles.js';
import { requestOpen } from '../../controllers/intents.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { tabList, tabStyles, viewHeaderStyles } from '../../ui/view-frame.js';
import '../../ui/state-loading.js';
import './account-availability.js';
import './account-contact.js';
import './account-notifications.js';
import './account-profile.js';
import './account-sign-in-methods.js';
import { accountStyles, sectionStyles } from './account.styles.js';

export type AccountSection = 'profile' | 'notifications' | 'availability' | 'contact' | 'password' | 'sign-in-methods';

/**
 * @tagname portico-account
 * @summary The user's account (ACCT-2..6), in sections: contact details with a completion
 * meter, notifications and language, the client's weekly availability, contacting the
 * practice, and password / sign-out.
 *
 * Place it in `<portico-portal>` (the section is the deep link's item: `#/account/notifications`)
 * or, on its own, inside `<portico-provider>`.
 *
 * @csspart heading - The view's heading.
 * @csspart tabs - The section tabs.
 * @csspart tab - One section tab.
 * @csspart panel - The shown section.
 *
 * @cssprop --portico-color-primary - The selected tab's underline, main buttons.
 * @cssprop --portico-color-border - Tab bar and field borders.
 *
 * @fires portico-open-requested - The user chose a section; the portal takes it (`preventDefault()`), puts it in the URL and sets `item`; on its own the view shows the section itself. `detail: { view: 'account', item }`.
 * @fires portico-profile-updated - (From the profile section.) `detail: {}`.
 * @fires portico-preferences-updated - (From the notifications section.) `detail: { language, timeZone }`.
 * @fires portico-availability-updated - (From the availability section.) `detail: { clientId }`.
 * @fires portico-practice-contacted - (From the contact section.) `detail: { messageId }`.
 * @fires portico-password-changed - (From the password section.) `detail: {}`.
 * @fires portico-signed-out - (From the Sign out button.) `detail: { confirmed }`.
 * @fires portico-sso-link-started - (From the sign-in methods section, where the organisation enables SSO.) Cancelable. `detail: { providerId, authorizationUrl }`.
 * @fires portico-sign-in-methods-changed - (From the sign-in methods section.) `detail: { providerId, linked }`.
 */
@localized()
export class PorticoAccount extends LitElement {
  static override styles = [baseStyles, buttonStyles, formStyles, viewHeaderStyles, sectionStyles, accountStyles, tabStyles];

  protected readonly s = new SessionController(this);

  /** The section to show (set by the portal from the URL): `profile`, `notifications`, `availability`, `contact`, `password` or `sign-in-methods`. */
  @property() item: string | undefined;

  @state() private section: AccountSection = 'profile';
  /** Sections opened once stay rendered (hidden), so a half-typed form survives switching. */
  @state() private visited = new Set<AccountSection>(['profile']);
  /** The session state the sections were last checked against. */
  private checkedState: unknown;

  private sections(): { id: AccountSection; label: string }[] {
    const s = this.s.state;
    const availability = this.s.can('schedule.change');
    return [
      { id: 'profile', label: msg('Contact details') },
      { id: 'notifications', label: msg('Notifications') },
      ...(availability ? [{ id: 'availability' as const, label: msg('Availability') }] : []),
      { id: 'contact', label: msg('Contact the practice') },
      { id: 'password', label: msg('Password and sign-out') },
      // Only where the organisation enables single sign-on (#14.6).
      ...(s?.organisation.ssoProviders.length ? [{ id: 'sign-in-methods' as const, label: msg('Sign-in methods') }] : []),
    ];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item') || this.checkedState !== this.s.state) {
      this.checkedState = this.s.state;
      const wanted = this.sections().find((s) => s.id === this.item);
      if (wanted) this.show(wanted.id);
      else if (!this.sections().some((s) => s.id === this.section)) this.show('profile');
    }
  }

  private show(section: AccountSection): void {
    this.section = section;
    if (!this.visited.has(section)) this.visited = new Set([...this.visited, section]);
  }

  /** Moves focus to the view's heading (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    if (!this.s.state) {
      return html`<h2 part="heading" tabindex="-1">${msg('Account')}</h2>
        <portico-state-loading rows="5" label=${msg('Loading your account')}></portico-state-loading>`;
    }
    const sections = this.sections();
    return html`
      <h2 part="heading" tabindex="-1">${msg('Account')}</h2>
      ${tabList(this, { label: msg('Account sections'), tabs: sections, selected: this.section, select: (id) => this.choose(id) })}
      ${sections.map((s) =>
        this.visited.has(s.id)
          ? html`<div role="tabpanel" part="panel" id=${`panel-${s.id}`} aria-labelledby=${`tab-${s.id}`} ?hidden=${s.id !== this.section}>
              ${this.renderSection(s.id)}
            </div>`
          : nothing,
      )}
    `;
  }

  private renderSection(id: AccountSection) {
    switch (id) {
      case 'profile':
        return html`<portico-account-profile></portico-account-profile>`;
      case 'notifications':
        return html`<portico-account-notifications></portico-account-notifications>`;
      case 'availability':
        return html`<portico-account-availability></portico-account-availability>`;
      case 'contact':
        return html`<portico-account-contact></portico-account-contact>`;
      case 'sign-in-methods':
        return html`<portico-account-sign-in-methods></portico-account-sign-in-methods>`;
      case 'password':
        return html`<div class="security">
          <section aria-labelledby="password-heading">
            <h3 id="password-heading">${msg('Change password')}</h3>
            <portico-change-password></portico-change-password>
          </section>
          <section aria-labelledby="sign-out-heading">
            <h3 id="sign-out-heading">${msg('Sign out')}</h3>
            <p class="intro">${msg('Sign out when you are done, especially on a shared computer.')}</p>
            <portico-sign-out></portico-sign-out>
          </section>
        </div>`;
    }
  }

  private choose(section: AccountSection): void {
    if (section === this.section) return;
    // In the portal, the portal puts the section in the URL (opaque ids only) and sets `item`.
    if (!requestOpen(this, { view: 'account', item: section })) this.show(section);
  }
}
