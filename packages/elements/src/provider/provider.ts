import { ContextProvider } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { logError, type PortalAdapter, type PorticoError, type PorticoStore, type Session } from '@portico/core';
import {
  adapterContext, configContext, sessionContext, sessionStateFor, storeContext,
  type PorticoConfig, type PorticoSessionState, type RoutingMode,
} from '../context.js';
import { define } from '../define.js';
import { emit } from '../events.js';
import { resolveLocale, setPorticoLocale } from '../i18n/localization.js';
import { storeFor } from '../store.js';
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
 * <portico-provider client-id="c-102">
 *   <portico-team></portico-team>
 * </portico-provider>
 * <script type="module">
 *   document.querySelector('portico-provider').adapter = createRestAdapter({ baseUrl, getAccessToken });
 * </script>
 * ```
 *
 * @slot - The views to provide for. Shown once the session has loaded.
 *
 * @csspart status - The loading or error panel shown until the session is available.
 *
 * @cssprop --portico-* - Every design token; the organisation's branding and `theme` are set
 * here and inherited by everything inside.
 *
 * @fires portico-session-loaded - A session became available (loaded or given). `detail.clientId` is the client shown.
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

  /** The backend. Required; without it the provider shows its loading state. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

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
  private unsubscribeSession: (() => void) | undefined;
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
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.adapterInputsChanged(changed) || changed.has('store') || changed.has('session')) {
      const adapter = this.effectiveAdapter();
      const store = this.store ?? (adapter ? storeFor(adapter) : undefined);
      this.adapterProvider.setValue(adapter);
      this.storeProvider.setValue(store);
      this.watchSession();
    }
    this.checkBackend();
    const session = this.session ?? this.loaded;
    const sessionState = session ? sessionStateFor(session, this.clientId) : undefined;
    if (!sameSessionState(sessionState, this.sessionProvider.value)) this.sessionProvider.setValue(sessionState);

    const config: PorticoConfig = {
      locale: this.locale ?? session?.user.language ?? 'en',
      timeZone: this.timeZone ?? session?.user.timeZone ?? session?.organisation.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      routing: this.routing,
    };
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

  /** The adapter to provide; an extension (the portal) may build one from attributes. */
  protected effectiveAdapter(): PortalAdapter | undefined {
    return this.adapter;
  }

  /** Whether an input of `effectiveAdapter()` changed in this update. */
  protected adapterInputsChanged(changed: PropertyValues<this>): boolean {
    return changed.has('adapter');
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
    return 'set its `adapter` property (e.g. createRestAdapter({ baseUrl, getAccessToken })) or give it a `session`.';
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
    if (this.session ?? this.loaded) return html`<slot></slot>`;
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
