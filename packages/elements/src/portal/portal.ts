import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { can, contactAccessOff, isPorticoError, safeUrl, serializeKey, visibleModules, type Session } from '@portico/core';
import type { PorticoSessionState } from '../context.js';
import { callOperation } from '../controllers/operations.js';
import { hasExtras, intentFromLocation, type IntentTarget, type PortalIntent } from '../controllers/intents.js';
import { define } from '../define.js';
import { audit } from '../audit.js';
import { emit } from '../events.js';
import { PorticoProvider } from '../provider/provider.js';
import { buttonStyles } from '../ui/button.styles.js';
import '../ui/state-empty.js';
import '../ui/state-error.js';
import '../ui/state-loading.js';
import { portalStyles } from './portal.styles.js';
import { RouterController, type PortalLocation } from './router.js';
import { findView, portalViews, type PortalView } from './view-registry.js';

/** The header's account controls load after the shell, like a view (issue #14.1). */
let headerMenu: Promise<unknown> | undefined;
// A failed load leaves the header without them; the menu entries stay reachable under Account.
const loadHeaderMenu = () => (headerMenu ??= import('./header-menu.js').catch(() => undefined));

/** A view element the portal hosts; views may take an item id, intents, and focus their heading. */
interface HostedView extends HTMLElement, Partial<IntentTarget> {
  item?: string | undefined;
  focusHeading?: () => void;
  updateComplete?: Promise<unknown>;
}

/**
 * @tagname portico-portal
 * @summary The whole client portal in one element (SHELL-1): header with the practice's brand,
 * the signed-in user, the assigned professional and (for a guardian) a switcher between the
 * clients they act for; a menu showing only what the session may use; and the current view,
 * loaded on first visit. Deep links live in the URL hash (SHELL-2) unless `routing="none"`.
 *
 * ```html
 * <portico-portal api-base-url="https://ehr.example/portal-api/v1"></portico-portal>
 * <script type="module">
 *   document.querySelector('portico-portal').getAccessToken = () => mySite.portalToken();
 * </script>
 * ```
 *
 * @slot signed-out - Replaces the panel shown after the person signs out (by default: "You have
 * signed out" and a "Sign in again" button firing `portico-sign-in-requested`).
 * @slot session-expired - Replaces the panel shown over the portal when the session expires
 * (by default: "Your session has ended" and a "Sign in again" button). Call `resume()` once
 * the host has a new token: the person is back where they were, with what they typed.
 *
 * @csspart status - The loading or error panel shown until the session is available.
 * @csspart signed-out - The region holding the signed-out panel (or the `signed-out` slot).
 * @csspart session-expired - The region holding the expired-session panel (or the `session-expired` slot).
 * @csspart shell - The grid holding header, menu and view.
 * @csspart header - The top bar with brand, people and the client switcher.
 * @csspart brand - The practice's logo and name.
 * @csspart client-switcher - The guardian's client picker.
 * @csspart account-menu - The header's account controls (`<portico-header-menu>`): completion indicator, envelope, photo/initials menu.
 * @csspart nav - The menu.
 * @csspart nav-link - One menu entry (`aria-current="page"` on the current one). The Messages
 * entry shows the client's unread count as a badge (accessible name "Messages, 6 unread").
 * @csspart main - The region holding the current view.
 *
 * @cssprop --portico-color-primary - Header background and the current menu entry.
 * @cssprop --portico-color-on-primary - Header text; chosen for contrast from the brand colour.
 * @cssprop --portico-color-surface-alt - Menu background.
 * @cssprop --portico-radius-lg - Outer corner radius.
 *
 * @fires portico-navigate - Before the view changes (cancelable): `detail: { view, item }`. Call `preventDefault()` to handle navigation yourself.
 * @fires portico-client-changed - A guardian switched the client being viewed: `detail: { clientId }`.
 * @fires portico-session-expired - The backend refused the token even after one refresh: time for the host to sign the user in again. Fired once per expiry, however many requests failed; the portal shows one expired panel and keeps views and typed text until `resume()`.
 * @fires portico-sign-in-requested - The person pressed "Sign in again" on the signed-out or expired panel: `detail: { reason: 'signed-out' | 'expired' }`. The host signs them in, then calls `resume()`.
 * @fires portico-session-loaded - The session is available: `detail: { clientId }`.
 * @fires portico-open-requested - (From views inside.) A view asks to show another view or item (`detail` is a typed intent, e.g. `{ view: 'messages', compose: { to } }`); the portal takes it (`preventDefault()`) and navigates. A host using views on their own may listen for it.
 * @fires portico-audit - A guardian switched client (`{ type: 'client-switched', clientId }`); views inside fire theirs too (ids only). With `audit-forwarding` the portal also sends them to `audit.record`.
 * @fires portico-signed-out - After the idle warning ran out (`reason: 'idle'`) or another tab signed out (`reason: 'other-tab'`); the portal shows its signed-out panel, the host drops its token.
 */
@localized()
export class PorticoPortal extends PorticoProvider {
  static override styles = [...PorticoProvider.styles, buttonStyles, portalStyles];

  // `api-base-url` and `getAccessToken` are the provider's (shared with <portico-provider>).

  /** The current view's id (`team`, `messages`, …). Set it to navigate without an event. */
  @property({ reflect: true }) view: string | undefined;

  /** An opaque item id within the view (e.g. a thread), part of the deep link. */
  @property() item: string | undefined;

  // `paymentProvider` is the provider's too: views get it by context, like the adapter.

  @state() private menuOpen = false;
  /** The person signed out: no client data is kept or shown until `resume()`. */
  @state() private signedOut = false;
  /** The session expired: the portal waits, views and drafts intact, for `resume()`. */
  @state() private expired = false;
  /** Counts shown on menu entries (e.g. unread messages), by view id; see `PortalView.badge`. */
  @state() private badges = new Map<string, number>();
  private badgeWatches = new Map<string, { id: string; stop: () => void }>();
  /** Where focus was when the session expired, to put it back on `resume()`. */
  private focusBeforeExpiry: HTMLElement | undefined;
  @state() private loadedViews = new Set<string>();
  @state() private failedViews = new Map<string, unknown>();

  private readonly viewElements = new Map<string, HostedView>();
  private focusAfterRender = false;
  /** Intents for views not created yet (handed over when they are). */
  private readonly pendingIntents = new Map<string, PortalIntent>();
  private readonly router = new RouterController(this, {
    mode: () => this.routing,
    onChange: (location) => this.followUrl(location),
  });

  constructor() {
    super();
    this.routing = 'hash';
    // A view (a dashboard widget, a task pointing to a form, Team's "Message") asks to open
    // another view or item: the portal is the one writer of the URL and of the view's item.
    this.addEventListener('portico-open-requested', (event) => {
      event.stopPropagation();
      event.preventDefault();
      this.open(event.detail);
    });
    // Account → Sign out (or any <portico-sign-out> inside): forget everything of this session.
    this.addEventListener('portico-signed-out', () => void this.endSession());
  }

  /**
   * After sign-out: drops every view (and the DOM holding client data), clears the store and
   * everything registered with `store.onClear()` (drafts, outboxes), forgets the session and
   * shows the signed-out panel. The host drops its token. Called on `portico-signed-out`.
   */
  async endSession(): Promise<void> {
    if (this.signedOut) return;
    this.signedOut = true;
    this.expired = false;
    this.focusBeforeExpiry = undefined;
    this.viewElements.clear();
    this.pendingIntents.clear();
    this.item = undefined;
    this.view = undefined;
    const store = this.storeProvider.value;
    this.forgetSession();
    // Render the signed-out panel first, so views disconnect and stop watching their data…
    await this.updateComplete;
    // …then nothing watches the cache and clearing it fetches nothing again.
    store?.clear();
    this.restAdapters.reset();
    this.router.write({ view: '' }, { replace: true });
    this.renderRoot.querySelector<HTMLElement>('[data-panel-heading]')?.focus();
  }

  /**
   * Continues after the host signed the person in again (it supplies the new token through
   * `getAccessToken` or a new `adapter`). After an expiry, the person is where they were:
   * same view and item, what they typed still there, and failed data loaded again. After a
   * sign-out, the session is loaded afresh and the dashboard shown.
   */
  resume(): void {
    if (this.signedOut) {
      this.signedOut = false;
      this.restAdapters.reset();
      this.restartSession();
      this.focusAfterRender = true;
      return;
    }
    if (!this.expired) return;
    this.expired = false;
    this.storeProvider.value?.invalidate('');
    const focus = this.focusBeforeExpiry;
    this.focusBeforeExpiry = undefined;
    void this.updateComplete.then(() => {
      if (focus?.isConnected) focus.focus();
      else this.renderRoot.querySelector<HTMLElement>('.main')?.focus();
    });
  }

  /**
   * Marks the session expired (the portal's own adapter calls this when the backend refuses the
   * token after a refresh; a host with its own `adapter` calls it from `onUnauthorized`).
   * Fires `portico-session-expired` once per expiry.
   */
  override sessionExpired(): void {
    if (this.expired || this.signedOut) return;
    this.focusBeforeExpiry = deepActiveElement(this.shadowRoot);
    this.expired = true;
    emit(this, 'portico-session-expired', {});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-panel-heading]')?.focus());
  }

  /** The practice's idle timeout (from the session) unless `idle-timeout` is set. */
  protected override defaultIdleTimeout(session: Session): number {
    return session.organisation.rules.idleTimeoutMinutes;
  }

  /** `endSession()` already ran on the `portico-signed-out` the idle sign-out fired. */
  protected override afterIdleSignOut(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = this.router.current();
    if (fromUrl) {
      // A shortcut link (e.g. the booking link) is an intent, kept in memory until the view exists.
      const intent = intentFromLocation(fromUrl);
      this.view = intent.view;
      this.item = intent.item;
      if (hasExtras(intent)) this.handOver(intent);
    }
  }

  /**
   * Shows a view, firing `portico-navigate` first (cancelable). Focus moves to the heading of
   * a newly shown view; opening an item within the current view leaves focus to that view.
   * Returns false when the host prevented it.
   */
  navigate(location: PortalLocation, { replace = false } = {}): boolean {
    const event = emit(this, 'portico-navigate', { view: location.view, item: location.item }, { cancelable: true });
    if (event.defaultPrevented) return false;
    const sameView = location.view === this.view;
    this.view = location.view;
    this.item = location.item;
    // The view's open item has one writer: here (and the URL follows below).
    const element = this.viewElements.get(location.view);
    if (element && ('item' in element || location.item)) element.item = location.item;
    this.menuOpen = false;
    this.focusAfterRender = !sameView;
    this.router.write(location, { replace });
    return true;
  }

  /**
   * Opens an intent: navigates to its view and item (firing `portico-navigate`), then hands the
   * view the rest (`applyIntent`), now or when the view is first created. Returns false when the
   * host prevented the navigation.
   */
  open(intent: PortalIntent): boolean {
    if (!this.navigate({ view: intent.view, item: intent.item })) return false;
    this.handOver(intent);
    return true;
  }

  /** Hands a view the rest of an intent, now or when the view is first created. */
  private handOver(intent: PortalIntent): void {
    const element = this.viewElements.get(intent.view);
    if (element) element.applyIntent?.(intent);
    else this.pendingIntents.set(intent.view, intent);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('routing')) this.router.sync();
    this.watchBadges();
  }

  /** Follows the count of every menu entry that has one (`PortalView.badge`) for the client shown. */
  private watchBadges(): void {
    const s = this.sessionProvider.value;
    const store = this.storeProvider.value;
    for (const view of portalViews) {
      if (!view.badge) continue;
      const { operation, count } = view.badge;
      const input = s && store && !this.signedOut && can(s.session, s.clientId, view.id) ? { clientId: s.clientId } : undefined;
      const id = input ? serializeKey([operation, input]) : undefined;
      const watching = this.badgeWatches.get(view.id);
      if (watching?.id === id) continue;
      watching?.stop();
      this.badgeWatches.delete(view.id);
      if (!input || !store || !id) {
        if (this.badges.has(view.id)) this.setBadge(view.id, undefined);
        continue;
      }
      const stop = store.watch<unknown>([operation, input], (adapter, signal) => callOperation(adapter, operation, input as never, { signal }), (state) => {
        if (state.data !== undefined) this.setBadge(view.id, count(state.data));
      });
      this.badgeWatches.set(view.id, { id, stop });
    }
  }

  private setBadge(view: string, value: number | undefined): void {
    const badges = new Map(this.badges);
    if (value === undefined) badges.delete(view);
    else badges.set(view, value);
    this.badges = badges;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const watch of this.badgeWatches.values()) watch.stop();
    this.badgeWatches.clear();
  }

  protected override updated(): void {
    super.updated();
    // The session itself refused: the same expiry, shown the same way.
    if (isPorticoError(this.loadError) && this.loadError.kind === 'unauthorized' && !this.expired) this.sessionExpired();
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      void this.focusView();
    }
  }

  override render() {
    if (this.signedOut) return this.renderSignedOut();
    const sessionState = this.sessionProvider.value;
    if (!sessionState) return this.expired ? this.renderExpired() : super.render();
    const allowed = visibleModules(sessionState.session, sessionState.clientId);
    const views = portalViews.filter((v) => allowed.includes(v.id));
    const current = this.currentView(views);
    const missing = this.view !== undefined && this.view !== '' && !views.some((v) => v.id === this.view);
    const contactsOff = contactAccessOff(sessionState.session, sessionState.client);
    return html`
      ${this.expired ? this.renderExpired() : nothing}
      ${this.renderIdleWarning()}
      <section class="shell" part="shell" ?hidden=${this.expired} ?inert=${this.expired} aria-label=${msg(str`${sessionState.organisation.name} client portal`)}>
        <a class="skip-link" href="#" @click=${this.skipToContent}>${msg('Skip to content')}</a>
        ${this.renderHeader(sessionState)}
        <nav part="nav" aria-label=${msg('Portal')} class=${this.menuOpen ? 'open' : ''}>
          <button
            class="button menu-toggle"
            data-variant="ghost"
            type="button"
            aria-expanded=${this.menuOpen ? 'true' : 'false'}
            aria-controls="portal-menu"
            @click=${() => (this.menuOpen = !this.menuOpen)}
          >
            ${msg('Menu')}${current ? html`<span class="visually-hidden">: ${current.label()}</span>` : nothing}
          </button>
          <ul id="portal-menu">
            ${views.map((v) => {
              const count = v.badge ? (this.badges.get(v.id) ?? 0) : 0;
              return html`<li>
                <a
                  part="nav-link"
                  href=${`#/${v.id}`}
                  aria-current=${v === current ? 'page' : 'false'}
                  aria-label=${count > 0 ? v.badge!.label(v.label(), count) : nothing}
                  data-count=${count > 0 ? String(count) : nothing}
                  @click=${(event: MouseEvent) => this.onNavClick(event, v)}
                  >${v.label()}</a
                >
              </li>`;
            })}
          </ul>
        </nav>
        <div class="main" part="main" role="region" tabindex="-1" aria-label=${current ? current.label() : msg('Portal')}>
          ${contactsOff
            ? this.renderContactAccessOff()
            : missing
              ? this.renderNotFound(views[0])
              : current
                ? this.renderView(current)
                : this.renderNothingAllowed()}
        </div>
      </section>
    `;
  }

  private renderHeader(s: PorticoSessionState) {
    const { organisation, session, client, user } = s;
    const professional = client.assignedProfessional;
    void loadHeaderMenu();
    return html`<header part="header">
      <div class="brand" part="brand">
        ${safeUrl(organisation.branding.logoUrl) ? html`<img src=${safeUrl(organisation.branding.logoUrl)!} alt="" />` : nothing}
        <span>${organisation.name}</span>
      </div>
      ${session.clients.length > 1
        ? html`<div class="switcher" part="client-switcher">
            <label for="client-switcher">${msg('Viewing')}</label>
            <select id="client-switcher" .value=${s.clientId} @change=${this.onClientChange}>
              ${session.clients.map((c) => html`<option value=${c.id} ?selected=${c.id === s.clientId}>${c.preferredName ?? c.name}</option>`)}
            </select>
          </div>`
        : nothing}
      <dl class="people">
        <div>
          <dt>${msg('Signed in as')}</dt>
          <dd>${user.name}</dd>
        </div>
        ${session.clients.length === 1 && client.relationship !== 'self'
            ? html`<div>
                <dt>${msg('Client')}</dt>
                <dd>${client.preferredName ?? client.name}</dd>
              </div>`
            : nothing}
        ${professional
          ? html`<div>
              <dt>${msg('Assigned professional')}</dt>
              <dd>${msg(str`${professional.name}, ${professional.title}`)}</dd>
            </div>`
          : nothing}
      </dl>
      <portico-header-menu part="account-menu"></portico-header-menu>
    </header>`;
  }

  private renderView(view: PortalView) {
    const failure = this.failedViews.get(view.id);
    if (failure !== undefined) {
      return html`<portico-state-error
        heading=${msg(str`Could not open ${view.label()}`)}
        @portico-retry=${() => this.retryView(view)}
      ></portico-state-error>`;
    }
    if (!this.loadedViews.has(view.id)) {
      void this.loadView(view);
      return html`<portico-state-loading label=${msg(str`Opening ${view.label()}`)}></portico-state-loading>`;
    }
    // One element per view for the life of the portal: switching away keeps its state (drafts, scroll).
    let element = this.viewElements.get(view.id);
    if (!element) {
      element = document.createElement(view.tag) as HostedView;
      this.viewElements.set(view.id, element);
      if ('item' in element || this.item) element.item = this.item;
      const intent = this.pendingIntents.get(view.id);
      this.pendingIntents.delete(view.id);
      if (intent) element.applyIntent?.(intent);
    }
    return element;
  }

  private renderSignedOut() {
    return this.renderSessionPanel('signed-out', msg('Signed out'), msg('You have signed out'), msg('Your information is no longer shown on this page.'));
  }

  private renderExpired() {
    return this.renderSessionPanel('session-expired', msg('Session ended'), msg('Your session has ended'), msg('Sign in again to continue where you left off. What you typed is kept.'));
  }

  /** The signed-out or expired panel: a region the host can replace through the slot of the same name. */
  private renderSessionPanel(name: 'signed-out' | 'session-expired', label: string, heading: string, text: string) {
    return html`<div class="session-panel" part=${name} role="region" aria-label=${label}>
      <slot name=${name}>
        <div class="panel">
          <h2 data-panel-heading tabindex="-1">${heading}</h2>
          <p>${text}</p>
          <button class="button" data-variant="primary" type="button" @click=${() => this.requestSignIn(name === 'signed-out' ? 'signed-out' : 'expired')}>${msg('Sign in again')}</button>
        </div>
      </slot>
    </div>`;
  }

  private requestSignIn(reason: 'signed-out' | 'expired'): void {
    emit(this, 'portico-sign-in-requested', { reason });
  }

  private renderContactAccessOff() {
    return html`<portico-state-empty
      heading=${msg('Portal access for contacts is not enabled')}
      description=${msg('The practice has not enabled portal access for contacts. Please contact the practice if you need access.')}
    ></portico-state-empty>`;
  }

  /** An unknown view (or one this session may not open) in a deep link: say so, offer a way on. */
  private renderNotFound(home: PortalView | undefined) {
    const known = findView(this.view);
    return html`<portico-state-empty
      heading=${known ? msg('This part of the portal is not available to you') : msg('This page could not be found')}
      description=${msg('The link may be out of date or mistyped.')}
    >
      ${home
        ? html`<a slot="action" class="button" href=${`#/${home.id}`} @click=${(event: MouseEvent) => this.onNavClick(event, home)}
            >${msg(str`Go to ${home.label()}`)}</a
          >`
        : nothing}
    </portico-state-empty>`;
  }

  private renderNothingAllowed() {
    return html`<portico-state-empty
      heading=${msg('Nothing to show yet')}
      description=${msg('Your access to this portal has not been set up. Please contact the practice.')}
    ></portico-state-empty>`;
  }

  /** The requested view if allowed; otherwise the first allowed one. */
  private currentView(views: PortalView[]): PortalView | undefined {
    return views.find((v) => v.id === this.view) ?? views[0];
  }

  private async loadView(view: PortalView): Promise<void> {
    try {
      await view.load();
      // Focus went to the main region while the view loaded: hand it on to the view's heading.
      if (this.shadowRoot?.activeElement === this.renderRoot.querySelector('.main')) this.focusAfterRender = true;
      this.loadedViews = new Set(this.loadedViews).add(view.id);
    } catch (error) {
      this.failedViews = new Map(this.failedViews).set(view.id, error);
    }
  }

  private retryView(view: PortalView): void {
    const failed = new Map(this.failedViews);
    failed.delete(view.id);
    this.failedViews = failed;
  }

  private async focusView(): Promise<void> {
    await this.updateComplete;
    const main = this.renderRoot.querySelector<HTMLElement>('.main');
    const element = main?.firstElementChild as HostedView | null | undefined;
    if (element?.focusHeading) {
      await element.updateComplete;
      element.focusHeading();
      if (this.shadowRoot?.activeElement === element) return;
    }
    // A view still loading, or without a heading to focus: the main region takes focus.
    if (!element?.focusHeading) main?.focus();
  }

  private readonly skipToContent = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('.main')?.focus();
  };

  private onNavClick(event: MouseEvent, view: PortalView): void {
    // Let the browser open a new tab or window as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.navigate({ view: view.id });
  }

  private readonly onClientChange = (event: Event): void => {
    const clientId = (event.target as HTMLSelectElement).value;
    this.clientId = clientId;
    this.item = undefined;
    // A view the newly chosen client does not offer: back to the first one, not a "not found".
    const s = this.session ?? this.loaded;
    if (s && this.view && !visibleModules(s, clientId).includes(this.view as never)) this.view = undefined;
    emit(this, 'portico-client-changed', { clientId });
    audit(this, { type: 'client-switched', clientId });
  };

  private followUrl(location: PortalLocation | null): void {
    const intent = location ? intentFromLocation(location) : undefined;
    if (intent && hasExtras(intent)) this.handOver(intent);
    if (intent?.view === this.view && intent?.item === this.item) return;
    this.view = intent?.view;
    this.item = intent?.item;
    // The URL moved (Back, a link): the view's open item follows it, as in navigate().
    const element = intent && this.viewElements.get(intent.view);
    if (element && ('item' in element || intent.item)) element.item = intent.item;
    this.focusAfterRender = true;
  }
}

/** The focused element inside `root`, following open shadow roots. */
function deepActiveElement(root: ShadowRoot | null): HTMLElement | undefined {
  let active = root?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

define('portico-portal', PorticoPortal);

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal': PorticoPortal;
  }
  interface HTMLElementEventMap {
    'portico-navigate': CustomEvent<{ view: string; item?: string | undefined }>;
    'portico-client-changed': CustomEvent<{ clientId: string }>;
    'portico-session-expired': CustomEvent<Record<string, never>>;
    'portico-sign-in-requested': CustomEvent<{ reason: 'signed-out' | 'expired' }>;
  }
}
