import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { formatDate, isPorticoError, safeUrl, type SignInMethod, type SignInMethods } from '@portico/core';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-loading.js';
import { sectionStyles } from './account.styles.js';

const METHODS_KEY = operationKey('signInMethods.list', {});
/** The query parameter the backend's OAuth callback adds to the return URL. */
export const SSO_RESULT_PARAM = 'portico_sso';

/**
 * @tagname portico-account-sign-in-methods
 * @summary Sign-in methods (issue #14.6): the organisation's single sign-on providers, which the
 * person linked, and Link / Unlink for each. Shown in `<portico-account>` only where the
 * organisation enables SSO (`Organisation.ssoProviders` not empty).
 *
 * Linking: the backend returns its authorisation URL and the element goes there (through
 * `safeUrl`), unless the host prevents `portico-sso-link-started` and opens it itself. The
 * backend's callback sends the person back with `portico_sso=<result>` in the query; the element
 * finishes the link when it next connects and removes the parameter from the address bar. A host
 * that handles the callback itself calls `completeLink(result)`.
 *
 * @csspart list - The providers.
 * @csspart method - One provider with its state and button.
 *
 * @fires portico-sso-link-started - Cancelable; the element is about to open the provider's page. `detail: { providerId, authorizationUrl }`.
 * @fires portico-sign-in-methods-changed - A provider was linked or unlinked. `detail: { providerId, linked }`.
 */
@localized()
export class PorticoAccountSignInMethods extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    sectionStyles,
    css`
      ul {
        display: grid;
        gap: ${token('space-3')};
        margin: 0;
        padding: 0;
        list-style: none;
        max-width: 40rem;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${token('space-2')} ${token('space-4')};
        padding: ${token('space-3')} ${token('space-4')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
      }
      .state {
        margin: 0;
        color: ${token('color-muted')};
      }
      strong {
        display: block;
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  private readonly methods = resource(this, 'signInMethods.list', () => ({}), { isEmpty: (data) => data.methods.length === 0 });

  @state() private busy: string | undefined;
  @state() private failure: unknown;
  @state() private done: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the provider: finish the link, and take the one-time result out of the address bar.
    const url = new URL(location.href);
    const result = url.searchParams.get(SSO_RESULT_PARAM);
    if (result) {
      url.searchParams.delete(SSO_RESULT_PARAM);
      history.replaceState(history.state, '', url.href);
      void this.updateComplete.then(() => this.completeLink(result));
    }
  }

  override render() {
    return html`<h3 tabindex="-1">${msg('Sign-in methods')}</h3>
      <p class="intro">${msg('Link an account you already use at work or school, and sign in with it instead of your password.')}</p>
      ${this.renderOutcome()}
      ${this.methods.render({
        loading: () => html`<portico-state-loading rows="2" label=${msg('Loading your sign-in methods')}></portico-state-loading>`,
        empty: () => html`<p>${msg('The practice offers no other way to sign in.')}</p>`,
        content: (data) => html`<ul part="list">${data.methods.map((m) => this.renderMethod(m))}</ul>`,
      })}`;
  }

  private renderOutcome() {
    if (this.failure) {
      const code = isPorticoError(this.failure) ? this.failure.code : undefined;
      const known: Record<string, string> = {
        'sso-result-invalid': msg('Linking did not finish: the link expired or was already used. Try again.'),
        'sso-account-in-use': msg('That account is already linked to someone else’s portal account.'),
        'last-sign-in-method': msg('This is your only way to sign in, so it cannot be unlinked. Set a password first.'),
      };
      const text = code && known[code];
      const described = describeError(this.failure);
      return html`<div class="notice" data-tone="danger" role="alert" tabindex="-1">
        ${text ?? html`<strong>${described.heading}</strong> ${described.description}`}
      </div>`;
    }
    return this.done ? html`<p class="notice" role="status">${this.done}</p>` : nothing;
  }

  private renderMethod(method: SignInMethod) {
    const since = method.linkedAt ? formatDate(method.linkedAt, this.s.format) : undefined;
    const busy = this.busy === method.providerId;
    return html`<li part="method">
      <div>
        <strong>${method.label}</strong>
        <p class="state">
          ${method.linked
            ? method.accountHint && since
              ? msg(str`Linked to ${method.accountHint} since ${since}`)
              : method.accountHint
                ? msg(str`Linked to ${method.accountHint}`)
                : msg('Linked')
            : msg('Not linked')}
        </p>
      </div>
      <button class="button" type="button" aria-busy=${busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => (method.linked ? this.unlink(method) : this.startLink(method))}>
        ${method.linked ? msg(str`Unlink ${method.label}`) : msg(str`Link ${method.label}`)}
      </button>
    </li>`;
  }

  private async run<T>(providerId: string, work: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = providerId;
    this.failure = undefined;
    this.done = undefined;
    try {
      return await work();
    } catch (error) {
      this.failure = error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
      return undefined;
    } finally {
      this.busy = undefined;
    }
  }

  private async startLink(method: SignInMethod): Promise<void> {
    const store = this.methods.store;
    if (!store) return;
    // Come back to this page as it is now (the portal's hash keeps the Account section).
    const body = { returnUrl: location.href };
    const answer = await this.run(method.providerId, () =>
      mutate(store, 'signInMethods.startLink', { providerId: method.providerId, body }),
    );
    const url = answer && safeUrl(answer.authorizationUrl);
    if (!url) return;
    const event = emit(this, 'portico-sso-link-started', { providerId: method.providerId, authorizationUrl: url }, { cancelable: true });
    if (!event.defaultPrevented) location.assign(url);
  }

  /** Finishes a link with the result the backend's callback handed back (`portico_sso=`). */
  async completeLink(result: string): Promise<void> {
    const store = this.methods.store;
    if (!store) return;
    const before = new Set(this.methods.data?.methods.filter((m) => m.linked).map((m) => m.providerId));
    const updated = await this.run('complete', () =>
      mutate(store, 'signInMethods.completeLink', { body: { result } }, {
        onSuccess: (data, s) => s.setData<SignInMethods>(METHODS_KEY, () => data),
      }),
    );
    const linked = updated?.methods.find((m) => m.linked && !before.has(m.providerId)) ?? updated?.methods.find((m) => m.linked);
    if (!linked) return;
    this.done = msg(str`${linked.label} is linked. You can sign in with it.`);
    emit(this, 'portico-sign-in-methods-changed', { providerId: linked.providerId, linked: true });
  }

  private async unlink(method: SignInMethod): Promise<void> {
    const store = this.methods.store;
    if (!store) return;
    const updated = await this.run(method.providerId, () =>
      mutate(store, 'signInMethods.unlink', { providerId: method.providerId }, {
        onSuccess: (data, s) => s.setData<SignInMethods>(METHODS_KEY, () => data),
      }),
    );
    if (!updated) return;
    this.done = msg(str`${method.label} is unlinked.`);
    emit(this, 'portico-sign-in-methods-changed', { providerId: method.providerId, linked: false });
    await this.updateComplete;
    // The button the person pressed now says "Link …": keep focus on it.
    [...this.renderRoot.querySelectorAll<HTMLButtonElement>('li button')].find((b) => b.textContent!.includes(method.label))?.focus();
  }
}

define('portico-account-sign-in-methods', PorticoAccountSignInMethods);

declare global {
  interface HTMLElementTagNameMap {
    'portico-account-sign-in-methods': PorticoAccountSignInMethods;
  }
  interface HTMLElementEventMap {
    'portico-sso-link-started': CustomEvent<{ providerId: string; authorizationUrl: string }>;
    'portico-sign-in-methods-changed': CustomEvent<{ providerId: string; linked: boolean }>;
  }
}
