/**
 * What a provider or portal runs only when asked to (`idle-timeout`, `audit-forwarding`): the
 * idle timer shared across tabs and the audit forwarder. Loaded on first need, so a page without
 * either downloads neither.
 */
import type { PortalAdapter } from '@portico/core';
import { AuditForwarder } from '../audit-forwarder.js';
import { IdleTimer, realClock, type IdleClock, type IdleTimerOptions } from '../idle/idle-timer.js';

export interface GuardHost extends Pick<IdleTimerOptions, 'onWarn' | 'onActive' | 'onSignOut'> {
  adapter(): PortalAdapter | undefined;
  clientId(): string | undefined;
}

export interface IdleSettings {
  minutes: number;
  /** The BroadcastChannel name the tabs of this portal share. */
  channel: string;
  clock?: IdleClock | undefined;
}

export class SessionGuard {
  readonly forwarder: AuditForwarder;
  /** The running idle timer, while idle sign-out is on and a session is shown. */
  timer: IdleTimer | undefined;
  clock: IdleClock = realClock;
  private config = '';

  constructor(private readonly host: GuardHost) {
    this.forwarder = new AuditForwarder({ adapter: host.adapter, clientId: host.clientId });
  }

  /** Starts, restarts (new settings) or stops (`undefined`) the idle timer. */
  syncIdle(settings: IdleSettings | undefined): void {
    const clock = settings?.clock ?? realClock;
    const config = settings ? `${settings.minutes}|${settings.channel}` : '';
    if (config === this.config && clock === this.clock) return;
    this.stopIdle();
    this.config = config;
    this.clock = clock;
    if (!settings) return;
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(settings.channel);
    this.timer = new IdleTimer({
      timeout: settings.minutes * 60_000,
      clock,
      channel,
      onWarn: this.host.onWarn,
      onActive: this.host.onActive,
      onSignOut: this.host.onSignOut,
    });
  }

  stopIdle(): void {
    this.timer?.dispose();
    this.timer?.channel?.close();
    this.timer = undefined;
    this.config = '';
  }
}
