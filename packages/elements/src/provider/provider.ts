import { ContextProvider } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PorticoError, logError, type AccessTokenProvider, type PaymentProvider, type PortalAdapter, type PorticoStore, type Session } from '@portico/core';
import {
  adapterContext, configContext, paymentProviderContext, sessionContext, sessionStateFor, storeContext,
  type PorticoConfig, type PorticoSessionState, type RoutingMode,
} from '../context.js';
import { formatContextFor } from '../controllers/format-context.js';
import { define } from '../define.js';
import { emit } from '../events.js';
import { resolveLocale, setPorticoLocale } from '../i18n/localization.js';
import { portalViews } from '../portal/view-registry.js';
import { storeFor } from '../store.js';
import { RestAdapterBuilder } from './rest-adapter.js';
import { watchUnsentWork } from '../unsent-work.js';
import { baseStyles } from '../theme/base-styles.js';
import { applyTheme, brandingToTheme, mergeThemes, type PorticoTheme } from '../theme/theme.js';
import '../ui/state-empty.js';
import '../ui/state-error.js';
import '../ui/state-loading.js';

/** The key the session is cached under; the portal shell reads the same one. */
export const SESSION_KEY = ['session.get', {}] as const;

/**
 * @tagname portico-provider
 * @summary Gives the Portico views inside it their backend, session, theme and settings, so a
 * view can be placed on any page on its own (`<portico-portal>` does the same for a whole portal).
 *
 * ```html
 * <portico-provider api-base-url="https://ehr.example/portal-api/v1">
 *   <portico-team></portico-team>
 * </portico-provider>
 * <script type="module">
 *   document.querySelector('portico-provider').getAccessToken = () => mySite.portalToken();
 * </script>
 * ```
 *
 * Or give it an adapter (`createRestAdapter` from `@portico/core`, also exported by the
 * script-tag bundle, or one you wrote): `provider.adapter = createRestAdapter({ baseUrl, getAccessToken })`.
 *
 * @slot - The views to provide for. Shown once the session has loaded. A view element placed
 * here (`<portico-team>`, `<portico-billing>`, …) is loaded by the provider if the page has not
 * loaded it, so the script-tag bundle alone is enough.
 *
 * @csspart status - The loading or error panel shown until the session is available.
 *
 * @cssprop --portico-* - Every design token; the organisation's branding and `theme` are set
 * here and inherited by everything inside.
 *
 * @fires portico-session-loaded - A session became available (loaded or given). `detail.clientId` is the client shown.
 * @fires portico-session-expired - With `api-base-url`: the backend refused the token even after one refresh.
 */
@localized()
export class PorticoProvider extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** The backend. Set this, or `api-base-url` (with `getAccessToken`); without either the provider shows its loading state. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** Base URL of a backend speaking Portico's REST contract. Ignored when `adapter` is set. */
  @property({ attribute: 'api-base-url' }) apiBaseUrl: string | undefined;

  /**
   * The host's token provider, used with `api-base-url`. Tokens are never stored by Portico.
   * With `api-base-url`, nothing is sent until this is set (it may be set after the element is
   * in the page, e.g. from a framework effect), so no request goes out without a token. For a
   * backend that authenticates by cookie, set `() => null`.
   */
  @property({ attribute: false }) getAccessToken: AccessTokenProvider | undefined;

  /** A store to share with other code; by default the adapter's own store. */
  @property({ attribute: false }) store: PorticoStore | undefined;

  /** A session the host already has; otherwise loaded with `adapter.session.get()`. */
  @property({ attribute: false }) session: Session | undefined;

  /** The client whose data the views show; defaults to the session's default client. */
  @property({ attribute: 'client-id' }) clientId: string | undefined;

  /** Text and formatting locale; defaults to the user's language from the session. */
  @property() locale: string | undefined;

  /** IANA time zone; defaults to the user's, then the organisation's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** `none` for standalone views: the URL is the host's. */
  @property() routing: RoutingMode = 'none';

  /**
   * The payment provider card payments use (e.g. Stripe Elements); Portico never sees card
   * numbers. Given to the views inside by context, like the adapter.
   */
  @property({ attribute: false }) paymentProvider: PaymentProvider | undefined;

  /** Design tokens on top of the organisation's branding. */
  @property({ attribute: false }) theme: PorticoTheme | undefined;

  @state() protected loaded: Session | undefined;
  @state() protected loadError: PorticoError | undefined;
  /** No adapter (and no session) a while after connecting: the host forgot to give a backend. */
  @state() protected missingBackend = false;
  private missingBackendTimer: ReturnType<typeof setTimeout> | undefined;

  /** How long a provider waits for a host script to set `adapter` before saying it is missing. */
  static missingBackendDelay = 1500;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  protected readonly storeProvider = new ContextProvider(this, { context: storeContext });
  protected readonly sessionProvider = new ContextProvider(this, { context: sessionContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext });
  private readonly paymentProviderProvider = new ContextProvider(this, { context: paymentProviderContext });
  private unsubscribeSession: (() => void) | undefined;
  /** Builds the REST adapter for `api-base-url` (one builder, shared with the sign-in elements). */
  protected readonly restAdapters = new RestAdapterBuilder(() => ({
    // Read at call time, so a host may set getAccessToken after the element is created.
    getAccessToken: (context) => this.getAccessToken?.(context) ?? null,
    onUnauthorized: () => this.sessionExpired(),
  }));
  private announcedSession: Session | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeSession?.();
    this.unsubscribeSession = undefined;
    clearTimeout(this.missingBackendTimer);
    this.missingBackendTimer = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-subscribe after a move in the DOM.
    if (this.hasUpdated) this.watchSession();
    this.loadSlottedViews();
  }

  /** Loads the code of any Portico view inside that is not defined yet (a lazy chunk in the bundle). */
  private loadSlottedViews(): void {
    for (const view of portalViews) {
      if (customElements.get(view.tag) || !this.querySelector(view.tag)) continue;
      // A chunk that cannot load (offline, a missing file) shows the error panel; Try again reloads.
      view.load().catch((cause: unknown) => {
        this.loadError = new PorticoError({ kind: 'network', operation: `view.${view.id}`, cause });
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.adapterInputsChanged(changed) || changed.has('store') || changed.has('session')) {
      const adapter = this.effectiveAdapter();
      const store = this.store ?? (adapter ? storeFor(adapter) : undefined);
      // A host's own store gets the same reconnect and leave-page handling as ours.
      if (store) watchUnsentWork(store);
      this.adapterProvider.setValue(adapter);
      this.storeProvider.setValue(store);
      this.watchSession();
    }
    this.checkBackend();
    if (changed.has('paymentProvider')) this.paymentProviderProvider.setValue(this.paymentProvider);
    const session = this.session ?? this.loaded;
    const sessionState = session ? sessionStateFor(session, this.clientId) : undefined;
    if (!sameSessionState(sessionState, this.sessionProvider.value)) this.sessionProvider.setValue(sessionState);

    const { locale, timeZone } = formatContextFor({ locale: this.locale, timeZone: this.timeZone }, session);
    const config: PorticoConfig = { locale, timeZone, routing: this.routing };
    const previous = this.configProvider.value;
    if (!previous || previous.locale !== config.locale || previous.timeZone !== config.timeZone || previous.routing !== config.routing) {
      this.configProvider.setValue(config);
      if (previous?.locale !== config.locale) void setPorticoLocale(config.locale);
    }
    // The content's language, for screen readers' voice and hyphenation: the locale the text is
    // shown in (a locale without a translation is shown, and marked, in English).
    const lang = resolveLocale(config.locale) === 'en' && !config.locale.toLowerCase().startsWith('en') ? 'en' : config.locale;
    if (this.getAttribute('lang') !== lang) this.setAttribute('lang', lang);
    applyTheme(this, mergeThemes(session ? brandingToTheme(session.organisation.branding) : undefined, this.theme));
  }

  protected override updated(): void {
    const state = this.sessionProvider.value;
    if (state && state.session !== this.announcedSession) {
      this.announcedSession = state.session;
      emit(this, 'portico-session-loaded', { clientId: state.clientId });
    }
  }

  /** The adapter to provide: `adapter`, or a REST adapter built from `api-base-url`. */
  protected effectiveAdapter(): PortalAdapter | undefined {
    if (this.adapter) return this.adapter;
    // Without a token provider yet, the first request would go out unauthenticated (a 401, then a retry).
    if (!this.getAccessToken) return undefined;
    return this.restAdapters.for(this.apiBaseUrl);
  }

  /**
   * The backend refused the token even after one refresh (the REST adapter calls this once per
   * expiry): tells the host with `portico-session-expired`. A host passing its own `adapter`
   * calls it from that adapter's `onUnauthorized`. The portal also shows its expired panel.
   */
  sessionExpired(): void {
    emit(this, 'portico-session-expired', {});
  }

  /** Whether an input of `effectiveAdapter()` changed in this update. */
  protected adapterInputsChanged(changed: PropertyValues<this>): boolean {
    // A token provider arriving is an input; replacing one is not (the adapter reads it per call).
    return changed.has('adapter') || changed.has('apiBaseUrl') || (changed.has('getAccessToken') && changed.get('getAccessToken') === undefined);
  }

  /**
   * Without an adapter (no `adapter`, no `api-base-url`) nothing can load: after a moment (a
   * host script may still be setting it) say what is missing, in the element and the log.
   */
  private checkBackend(): void {
    const missing = !this.session && !this.effectiveAdapter();
    if (!missing) {
      clearTimeout(this.missingBackendTimer);
      this.missingBackendTimer = undefined;
      this.missingBackend = false;
      return;
    }
    if (this.missingBackend || this.missingBackendTimer !== undefined || !this.isConnected) return;
    this.missingBackendTimer = setTimeout(() => {
      this.missingBackendTimer = undefined;
      if (this.session || this.effectiveAdapter()) return;
      this.missingBackend = true;
      logError(`<${this.localName}> has no backend: ${this.missingBackendHint()}`);
    }, (this.constructor as typeof PorticoProvider).missingBackendDelay);
  }

  /** What a developer must set; the portal also accepts `api-base-url`. */
  protected missingBackendHint(): string {
    return 'set `api-base-url` and `getAccessToken`, or its `adapter` property (e.g. createRestAdapter({ baseUrl, getAccessToken })), or give it a `session`.';
  }

  /** Stops watching the session and forgets it (sign-out); `restartSession()` loads it again. */
  protected forgetSession(): void {
    this.unsubscribeSession?.();
    this.unsubscribeSession = undefined;
    this.loaded = undefined;
    this.loadError = undefined;
    this.announcedSession = undefined;
  }

  /** Loads the session again from a fresh start (after `forgetSession()`). */
  protected restartSession(): void {
    const adapter = this.effectiveAdapter();
    const store = this.store ?? (adapter ? storeFor(adapter) : undefined);
    this.adapterProvider.setValue(adapter);
    this.storeProvider.setValue(store);
    this.watchSession();
  }

  /** Loads the session again (after a failure, or to pick up changed settings). */
  reloadSession(): Promise<void> {
    this.loadSlottedViews();
    const store = this.storeProvider.value;
    return store && !this.session ? store.revalidate(SESSION_KEY) : Promise.resolve();
  }

  private watchSession(): void {
    this.unsubscribeSession?.();
    this.unsubscribeSession = undefined;
    this.loaded = undefined;
    this.loadError = undefined;
    const store = this.storeProvider.value;
    if (this.session || !store) return;
    const apply = (s: { data: Session | undefined; error: PorticoError | undefined }): void => {
      this.loaded = s.data;
      this.loadError = s.data ? undefined : s.error;
    };
    this.unsubscribeSession = store.watch<Session>(SESSION_KEY, (adapter, signal) => adapter.session.get(undefined, { signal }), apply);
    apply(store.getState<Session>(SESSION_KEY));
  }

  override render() {
    if (this.session ?? this.loaded) return html`<slot @slotchange=${() => this.loadSlottedViews()}></slot>`;
    if (this.missingBackend) {
      return html`<portico-state-empty
        part="status"
        heading=${msg('This portal is not connected to the practice yet')}
        description=${msg('Set-up problem: the page gives the portal no backend (api-base-url or adapter). The developer console says what to set.')}
      ></portico-state-empty>`;
    }
    if (this.loadError) {
      return html`<portico-state-error
        part="status"
        .error=${this.loadError}
        heading=${msg('Could not open the portal')}
        @portico-retry=${(event: Event) => {
          event.stopPropagation();
          void this.reloadSession();
        }}
      ></portico-state-error>`;
    }
    return html`<portico-state-loading part="status"></portico-state-loading>`;
  }
}

function sameSessionState(a: PorticoSessionState | undefined, b: PorticoSessionState | undefined): boolean {
  return a === b || (!!a && !!b && a.session === b.session && a.clientId === b.clientId);
}

define('portico-provider', PorticoProvider);

declare global {
  interface HTMLElementTagNameMap {
    'portico-provider': PorticoProvider;
  }
  interface HTMLElementEventMap {
    'portico-session-loaded': CustomEvent<{ clientId: string }>;
  }
}
