import { localized, msg } from '@lit/localize';
import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPorticoError } from '@portico/core';
import { define } from '../define.js';
import { audit } from '../audit.js';
import { emit } from '../events.js';
import { baseStyles } from '../theme/base-styles.js';
import { buttonStyles } from '../ui/button.styles.js';
import { PorticoAuthElement } from './auth-element.js';

/**
 * @tagname portico-sign-out
 * @summary A "Sign out" button (ACCT-2): ends the session with `auth.signOut` and tells the
 * host, which drops its token and removes the portal (and with it the cached data).
 *
 * Inside `<portico-portal>` / `<portico-provider>` it uses their adapter; on its own give it
 * an `adapter`.
 *
 * @csspart button - The button.
 *
 * @cssprop --portico-color-surface - The button's background.
 * @cssprop --portico-color-border-strong - The button's border.
 * @cssprop --portico-radius-md - The button's corners.
 *
 * @fires portico-signed-out - The user signed out. `detail: { confirmed }`: false when the backend could not be reached (the host should still drop its token).
 * @fires portico-audit - `{ type: 'signed-out' }` when the button is pressed.
 */
@localized()
export class PorticoSignOut extends PorticoAuthElement {
  static override styles = [baseStyles, buttonStyles, css`:host { display: inline-block; }`];

  /** The button's text. */
  @property() label: string | undefined;

  @state() private busy = false;

  override render() {
    return html`<button class="button" part="button" type="button" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.signOut}>
      ${this.label ?? msg('Sign out')}
    </button>`;
  }

  /** Signs out, as the button does. */
  readonly signOut = async (): Promise<void> => {
    if (this.busy) return;
    const store = this.resolveStore();
    this.busy = true;
    // Before the session ends, so a portal forwarding audit events can still send it.
    audit(this, { type: 'signed-out' });
    let confirmed = false;
    try {
      if (store) {
        await store.mutate((adapter, { idempotencyKey }) => adapter.auth.signOut(undefined, { idempotencyKey }));
        confirmed = true;
      }
    } catch (error) {
      // An already-ended session is signed out all the same.
      confirmed = isPorticoError(error) && error.kind === 'unauthorized';
    } finally {
      this.busy = false;
    }
    emit(this, 'portico-signed-out', { confirmed });
  };
}

define('portico-sign-out', PorticoSignOut);

declare global {
  interface HTMLElementTagNameMap {
    'portico-sign-out': PorticoSignOut;
  }
  interface HTMLElementEventMap {
    'portico-signed-out': CustomEvent<{
      confirmed: boolean;
      /** Set when the portal (not a button) signed out: after the idle timeout, or because another tab signed out. */
      reason?: 'idle' | 'other-tab';
    }>;
  }
}
