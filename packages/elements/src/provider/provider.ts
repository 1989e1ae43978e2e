import { ContextProvider } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PorticoError, logError, type AccessTokenProvider, type AuditEvent, type PaymentProvider, type PortalAdapter, type PorticoStore, type Session } from '@portico/core';
import {
  adapterContext, configContext, paymentProviderContext, sessionContext, sessionStateFor, storeContext,
  type PorticoConfig, type PorticoSessionState, type RoutingMode,
} from '../context.js';
import { audit } from '../audit.js';
import { formatContextFor } from '../controllers/format-context.js';
import { define } from '../define.js';
import { emit } from '../events.js';
import { resolveLocale, setPorticoLocale } from '../i18n/localization.js';
import { portalViews } from '../portal/view-registry.js';
import { storeFor } from '../store.js';
import { RestAdapterBuilder } from './rest-adapter.js';
import { watchUnsentWork } from '../unsent-work.js';
import type { IdleClock } from '../idle/idle-timer.js';
import type { PorticoIdleWarning } from '../idle/idle-warning.js';
import type { SessionGuard } from './session-guard.js';
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
 * @fires portico-signed-out - With an idle timeout: `detail: { confirmed, reason: 'idle' }` after the warning ran out, or
 * `reason: 'other-tab'` when another tab of the same portal signed out. The host drops its token.
 *
 * With `audit-forwarding`, the `portico-audit` events of the views inside are also sent to the
 * backend (`audit.record`), in batches, without the host's help.
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

  /**
   * Sends the `portico-audit` events fired inside to the backend's `audit.record` too (batched,
   * fire-and-forget; a failure is logged once and never blocks the person). Off by default: a
   * backend must implement the operation. Listening to `portico-audit` works either way.
   */
  @property({ type: Boolean, attribute: 'audit-forwarding' }) auditForwarding = false;

  /**
   * Minutes without activity (pointer, keys, the tab shown) before a warning, then sign-out.
   * `0` turns it off. `<portico-provider>`: off unless set (the host page usually owns the
   * session); `<portico-portal>`: the practice's setting from the session
   * (`organisation.rules.idleTimeoutMinutes`) unless set.
   */
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout: number | undefined;

  /**
   * The name tabs of this portal share activity and sign-out under (a `BroadcastChannel`). By
   * default one per backend (`api-base-url`), so two different portals on one site stay apart.
   */
  @property({ attribute: 'idle-channel' }) idleChannel: string | undefined;

  /** The idle timer's clock; tests give a fake one to move time without waiting. */
  @property({ attribute: false }) idleClock: IdleClock | undefined;

  /** When the idle warning shows: the sign-out time (clock time); undefined without a warning. */
  @state() protected idleDeadline: number | undefined;
  private idleWarningShown = false;
  /** The idle timer and audit forwarder, loaded when either is first needed. */
  private guard: SessionGuard | undefined;
  private guardLoad: Promise<void> | undefined;
  /** Audit events seen while the guard's code loads. */
  private readonly pendingAudit: { event: AuditEvent; clientId: string | null }[] = [];

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

  constructor() {
    super();
    this.addEventListener('portico-audit', (event) => {
      if (!this.auditForwarding) return;
      if (!this.guard) {
        this.pendingAudit.push({ event: event.detail, clientId: this.sessionProvider.value?.clientId ?? null });
        this.loadGuard();
        return;
      }
      this.guard.forwarder.add(event.detail);
      // Sent before the session ends (the sign-out button fires this first).
      if (event.detail.type === 'signed-out') this.guard.forwarder.flush();
    });
    // A sign-out button in this tab: every other tab of this portal signs out too.
    this.addEventListener('portico-signed-out', (event) => {
      if (!event.detail.reason) this.guard?.timer?.signedOut();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.guard?.forwarder.flush();
    this.guard?.stopIdle();
    this.closeIdleWarning();
    for (const type of ACTIVITY) window.removeEventListener(type, this.onActivity, { capture: true });
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.unsubscribeSession?.();
    this.unsubscribeSession = undefined;
    clearTimeout(this.missingBackendTimer);
    this.missingBackendTimer = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ACTIVITY) window.addEventListener(type, this.onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', this.onVisibility);
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
    this.syncGuard();
    if (this.idleDeadline !== undefined && !this.idleWarningShown) {
      const warning = this.renderRoot.querySelector<PorticoIdleWarning>('portico-idle-warning');
      if (warning) {
        this.idleWarningShown = true;
        void warning.show();
      }
    }
  }

  /** The idle timeout when `idle-timeout` is not set; the portal uses the practice's setting. */
  protected defaultIdleTimeout(_session: Session): number {
    return 0;
  }

  /** Loads, then keeps in step with the session and settings, the idle timer and the audit forwarder. */
  private syncGuard(): void {
    const session = this.sessionProvider.value?.session;
    const minutes = session && this.isConnected ? (this.idleTimeout ?? this.defaultIdleTimeout(session)) : 0;
    if (minutes > 0 || this.auditForwarding) this.loadGuard();
    if (!this.guard) return;
    if (!this.auditForwarding) this.guard.forwarder.stop();
    const channel = this.idleChannel ?? `portico-idle:${this.apiBaseUrl ?? 'adapter'}`;
    this.guard.syncIdle(minutes > 0 ? { minutes, channel, clock: this.idleClock } : undefined);
    if (!this.guard.timer && this.idleDeadline !== undefined) this.closeIdleWarning();
  }

  private loadGuard(): void {
    this.guardLoad ??= import('./session-guard.js').then(({ SessionGuard }) => {
      const guard = new SessionGuard({
        adapter: () => this.adapterProvider.value,
        clientId: () => this.sessionProvider.value?.clientId,
        onWarn: (deadline) => {
          this.idleWarningShown = false;
          this.idleDeadline = deadline;
        },
        onActive: () => this.closeIdleWarning(),
        onSignOut: (reason) => void this.idleSignOut(reason),
      });
      this.guard = guard;
      for (const { event, clientId } of this.pendingAudit.splice(0)) guard.forwarder.add(event, clientId);
      if (!this.isConnected) guard.forwarder.flush();
      this.requestUpdate();
    });
  }

  private closeIdleWarning(): void {
    this.renderRoot?.querySelector<PorticoIdleWarning>('portico-idle-warning')?.close();
    this.idleDeadline = undefined;
  }

  private readonly onActivity = (): void => this.guard?.timer?.activity();
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.guard?.timer?.activity();
    // A tab going to the background may be closed next: send the audit events now.
    else this.guard?.forwarder.flush();
  };

  /**
   * Idle sign-out, the same path as the sign-out button: the backend ends the session (only in
   * the tab whose time ran out; the others share its token), then `portico-signed-out` tells
   * the host to drop its token and the portal clears the store, drafts included.
   */
  private async idleSignOut(reason: 'idle' | 'other-tab'): Promise<void> {
    this.closeIdleWarning();
    const store = this.storeProvider.value;
    let confirmed = false;
    if (reason === 'idle') audit(this, { type: 'signed-out' });
    if (reason === 'idle' && store) {
      const ended = store.mutate((adapter, { idempotencyKey }) => adapter.auth.signOut(undefined, { idempotencyKey })).then(() => true, () => false);
      // Never wait long with the data on screen.
      confirmed = await Promise.race([ended, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
    }
    emit(this, 'portico-signed-out', { confirmed, reason });
    this.afterIdleSignOut();
  }

  /** A provider forgets the session and clears the store; the portal does this on `portico-signed-out`. */
  protected afterIdleSignOut(): void {
    const store = this.storeProvider.value;
    this.forgetSession();
    store?.clear();
  }

  /** The idle warning, when it shows (its code loads on first use). */
  protected renderIdleWarning() {
    const timer = this.guard?.timer;
    if (this.idleDeadline === undefined || !timer) return nothing;
    if (!customElements.get('portico-idle-warning')) {
      void import('../idle/idle-warning.js').then(() => this.requestUpdate());
      return nothing;
    }
    return html`<portico-idle-warning
      .deadline=${this.idleDeadline}
      .clock=${this.guard!.clock}
      .onStay=${() => timer.stay()}
      .onSignOut=${() => {
        timer.signedOut();
        void this.idleSignOut('idle');
      }}
    ></portico-idle-warning>`;
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
    if (this.session ?? this.loaded) return html`<slot @slotchange=${() => this.loadSlottedViews()}></slot>${this.renderIdleWarning()}`;
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

/** What counts as the person being there (plus the tab being shown again). */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

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
