import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { can, type Capability } from '@portico/core';
import { configContext, sessionContext, type PorticoConfig, type PorticoSessionState } from '../context.js';
import { formatContextFor, type PorticoFormat } from './format-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The first line of every view: who is signed in, which client is shown, the config, and one
 * formatting context, all from the surrounding `<portico-portal>` / `<portico-provider>`.
 *
 * ```ts
 * private readonly s = new SessionController(this);
 * render() {
 *   if (!this.s.state) return loading;
 *   return html`${formatDate(day, this.s.format)}`;
 * }
 * ```
 * The host updates whenever the session, the client or the config changes.
 */
export class SessionController implements ReactiveController {
  private readonly sessionConsumer: ContextConsumer<typeof sessionContext, Host>;
  private readonly configConsumer: ContextConsumer<typeof configContext, Host>;
  private cachedFormat: { state: PorticoSessionState | undefined; config: PorticoConfig | undefined; format: PorticoFormat } | undefined;

  constructor(host: Host) {
    const callback = () => host.requestUpdate();
    this.sessionConsumer = new ContextConsumer(host, { context: sessionContext, subscribe: true, callback });
    this.configConsumer = new ContextConsumer(host, { context: configContext, subscribe: true, callback });
    host.addController(this);
  }

  /** The session state (user, client, organisation, branding); undefined while it loads. */
  get state(): PorticoSessionState | undefined {
    return this.sessionConsumer.value;
  }

  /** The client being viewed; undefined while the session loads. */
  get clientId(): string | undefined {
    return this.state?.clientId;
  }

  /** Locale, time zone and routing as the portal or provider set them. */
  get config(): PorticoConfig | undefined {
    return this.configConsumer.value;
  }

  /** Locale, time zone and currency for `Intl`, with the one defaults rule (`formatContextFor`). */
  get format(): PorticoFormat {
    const state = this.state;
    const config = this.config;
    const cached = this.cachedFormat;
    if (cached && cached.state === state && cached.config === config) return cached.format;
    const format = formatContextFor(config, state?.session);
    this.cachedFormat = { state, config, format };
    return format;
  }

  /** Whether the session may do `capability` for the client shown (false while it loads). */
  can(capability: Capability): boolean {
    const s = this.state;
    return !!s && can(s.session, s.clientId, capability);
  }

  hostConnected(): void {}
}
