import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeUrl, visibleModules, type PaymentProvider, type PortalAdapter } from '@portico/core';
import type { PorticoSessionState } from '../context.js';
import { define } from '../define.js';
import { emit } from '../events.js';
import { PorticoProvider } from '../provider/provider.js';
import { buttonStyles } from '../ui/button.styles.js';
import '../ui/state-empty.js';
import '../ui/state-error.js';
import '../ui/state-loading.js';
import { portalStyles } from './portal.styles.js';
import { RouterController, type PortalLocation } from './router.js';
import { portalViews, type PortalView } from './view-registry.js';

/** A view element the portal hosts; views may take an item id and focus their heading. */
interface HostedView extends HTMLElement {
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
 * @csspart status - The loading or error panel shown until the session is available.
 * @csspart shell - The grid holding header, menu and view.
 * @csspart header - The top bar with brand, people and the client switcher.
 * @csspart brand - The practice's logo and name.
 * @csspart client-switcher - The guardian's client picker.
 * @csspart nav - The menu.
 * @csspart nav-link - One menu entry (`aria-current="page"` on the current one).
 * @csspart main - The region holding the current view.
 *
 * @cssprop --portico-color-primary - Header background and the current menu entry.
 * @cssprop --portico-color-on-primary - Header text; chosen for contrast from the brand colour.
 * @cssprop --portico-color-surface-alt - Menu background.
 * @cssprop --portico-radius-lg - Outer corner radius.
 *
 * @fires portico-navigate - Before the view changes (cancelable): `detail: { view, item }`. Call `preventDefault()` to handle navigation yourself.
 * @fires portico-client-changed - A guardian switched the client being viewed: `detail: { clientId }`.
 * @fires portico-session-expired - The backend refused the token even after one refresh: time for the host to sign the user in again.
 * @fires portico-session-loaded - The session is available: `detail: { clientId }`.
 * @fires portico-open-requested - (From views inside.) A view asks to show another view or item; the portal handles it, a host using views on their own may listen for it.
 */
@localized()
export class PorticoPortal extends PorticoProvider {
  static override styles = [...PorticoProvider.styles, buttonStyles, portalStyles];

  // `api-base-url` and `getAccessToken` are the provider's (shared with <portico-provider>).

  /** The current view's id (`team`, `messages`, …). Set it to navigate without an event. */
  @property({ reflect: true }) view: string | undefined;

  /** An opaque item id within the view (e.g. a thread), part of the deep link. */
  @property() item: string | undefined;

  /** The payment provider Billing uses for card payments (e.g. Stripe Elements); Portico never sees card numbers. */
  @property({ attribute: false }) paymentProvider: PaymentProvider | undefined;

  @state() private menuOpen = false;
  @state() private loadedViews = new Set<string>();
  @state() private failedViews = new Map<string, unknown>();

  private readonly viewElements = new Map<string, HostedView>();
  private focusAfterRender = false;
  private composeRecipient: string | undefined;
  private readonly router = new RouterController(this, {
    mode: () => this.routing,
    onChange: (location) => this.followUrl(location),
  });

  constructor() {
    super();
    this.routing = 'hash';
    this.addEventListener('portico-compose-requested', (event) => {
      // Team's "Message" action: open Messages with that recipient, kept in memory (not in the URL).
      event.stopPropagation();
      this.composeRecipient = event.detail.memberId;
      this.viewElements.get('messages')?.setAttribute('compose-to', event.detail.memberId);
      this.navigate({ view: 'messages' });
    });
    // A view (a dashboard widget, a task pointing to a form) asks to open another view or item.
    this.addEventListener('portico-open-requested', (event) => {
      event.stopPropagation();
      this.navigate({ view: event.detail.view, item: event.detail.item });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = this.router.current();
    if (fromUrl) {
      this.view = fromUrl.view;
      this.item = fromUrl.item;
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
    this.menuOpen = false;
    this.focusAfterRender = !sameView;
    this.router.write(location, { replace });
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('routing')) this.router.sync();
  }

  protected override updated(): void {
    super.updated();
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      void this.focusView();
    }
  }

  override render() {
    const sessionState = this.sessionProvider.value;
    if (!sessionState) return super.render();
    const allowed = visibleModules(sessionState.session, sessionState.clientId);
    const views = portalViews.filter((v) => allowed.includes(v.id));
    const current = this.currentView(views);
    return html`
      <section class="shell" part="shell" aria-label=${msg(str`${sessionState.organisation.name} client portal`)}>
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
            ${views.map(
              (v) => html`<li>
                <a
                  part="nav-link"
                  href=${`#/${v.id}`}
                  aria-current=${v === current ? 'page' : 'false'}
                  @click=${(event: MouseEvent) => this.onNavClick(event, v)}
                  >${v.label()}</a
                >
              </li>`,
            )}
          </ul>
        </nav>
        <div class="main" part="main" role="region" tabindex="-1" aria-label=${current ? current.label() : msg('Portal')}>
          ${current ? this.renderView(current) : this.renderNothingAllowed()}
        </div>
      </section>
    `;
  }

  private renderHeader(s: PorticoSessionState) {
    const { organisation, session, client, user } = s;
    const professional = client.assignedProfessional;
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
      if (view.id === 'messages' && this.composeRecipient) element.setAttribute('compose-to', this.composeRecipient);
      this.viewElements.set(view.id, element);
    }
    if ('item' in element || this.item) element.item = this.item;
    if (view.id === 'billing') (element as HostedView & { paymentProvider?: PaymentProvider }).paymentProvider = this.paymentProvider;
    return element;
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
    emit(this, 'portico-client-changed', { clientId });
  };

  private followUrl(location: PortalLocation | null): void {
    if (location?.view === this.view && location?.item === this.item) return;
    this.view = location?.view;
    this.item = location?.item;
    this.focusAfterRender = true;
  }
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
    /** Fired by a view that wants another view or item shown; the portal navigates to it. */
    'portico-open-requested': CustomEvent<{ view: string; item?: string | undefined }>;
  }
}
