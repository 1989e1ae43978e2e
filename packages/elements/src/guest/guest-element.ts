/**
 * What the guest elements share: the link's token (read from the fragment), what the link is
 * (`guest.open`), the second factor (`guest.verify`), the pages of a link that no longer works,
 * and the hand-over to the action's step once the backend gave a grant. The subclasses say
 * which actions they take and with which steps.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  isPorticoError, type GuestAction, type GuestGrant, type GuestLink, type GuestPractice, type MutationContext, type PaymentProvider, type PortalAdapter,
} from '@portico/core';
import { Attempt } from '@portico/core';
import { PorticoAuthElement } from '../auth/auth-element.js';
import { formStyles } from '../auth/form.styles.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { getPorticoLocale, setPorticoLocale } from '../i18n/index.js';
import { baseStyles } from '../theme/base-styles.js';
import { buttonStyles } from '../ui/button.styles.js';
import { describeError } from '../ui/error-text.js';
import '../ui/field.js';
import type { PorticoField } from '../ui/field.js';
import '../ui/state-error.js';
import '../ui/state-loading.js';
import { reportGuestLinkUsed } from './audit.js';
import { guestStyles } from './guest.styles.js';
import { takeLinkToken } from './link-token.js';
import type { GuestCredentials, GuestStep, GuestStepHost } from './step.js';

type Open = Extract<GuestLink, { state: 'open' }>;
type DeadState = Exclude<GuestLink['state'], 'open'>;

const DEAD_CODES: Record<string, DeadState> = { 'link-expired': 'expired', 'link-used': 'used', 'link-revoked': 'revoked', 'link-locked': 'locked' };

/**
 * What every guest element shares (guest-pay.ts, guest-sign.ts, guest-confirm.ts and guest.ts
 * each register one tag over it): the link's token, the second factor, the dead-link pages and
 * the steps it takes. A brand can subclass one of them and register its own tag.
 */
export abstract class PorticoGuestElement extends PorticoAuthElement implements GuestStepHost {
  static override styles = [baseStyles, buttonStyles, formStyles, guestStyles];

  /**
   * The link's one-time token. Left unset, it is read from the page's fragment (`#token=…`) when
   * the element connects (and again when the fragment changes to another link), and removed from
   * the address bar. Never an attribute.
   */
  @property({ attribute: false }) token: string | undefined;

  /** The payment provider whose card field takes the card (pay links). */
  @property({ attribute: false }) paymentProvider: PaymentProvider | undefined;

  /** Text and formatting locale, e.g. `es`. Default: the page's Portico locale. */
  @property() locale: string | undefined;

  /** The actions this element takes; a link for another one says so. */
  protected abstract readonly actions: readonly GuestAction[];
  /** The step for each action it takes. */
  protected abstract readonly steps: Partial<Record<GuestAction, GuestStep>>;

  @state() private grant: GuestGrant | undefined;
  @state() private done = false;
  /** A link that stopped working after it was opened (used meanwhile, locked by wrong answers). */
  @state() private diedAs: DeadState | undefined;
  @state() private answer = '';
  @state() private answerError = '';
  @state() private failure: unknown;
  @state() private busy = false;
  @state() private codeStatus = '';

  private readonly verifyKey = new Attempt();
  private tokenRead = false;
  private codeAsked = false;

  private readonly link = new ResourceController<GuestLink, { token: string }>(this, {
    key: () => !!this.token && ['guest.open', { token: this.token }],
    fetch: (adapter, { token }, signal) => adapter.guest.open({ body: { token } }, { signal }),
    adapter: () => this.resolveAdapter(),
    isEmpty: () => false,
    staleTime: Infinity,
  });

  get formatting(): { locale: string; timeZone: string } {
    return { locale: this.locale ?? getPorticoLocale(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof window === 'undefined') return;
    if (!this.tokenRead && this.token === undefined) this.token = takeLinkToken(window);
    this.tokenRead = true;
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Another link opened in the same page (`#token=…` again): start over with it, asking the backend afresh. */
  private readonly onHashChange = (): void => {
    const token = takeLinkToken(window);
    if (!token) return;
    const same = token === this.token;
    this.restart();
    this.token = token;
    if (same) void this.link.retry();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.locale) void setPorticoLocale(this.locale);
    if (changed.has('token') && changed.get('token') !== undefined) this.restart();
  }

  protected override updated(): void {
    const link = this.link.data;
    // A code factor: the backend sends the code when the guest reaches the question, once.
    if (link?.state === 'open' && link.factor.kind === 'code' && !this.codeAsked && !this.grant && this.actions.includes(link.action)) {
      this.codeAsked = true;
      void this.sendCode(false);
    }
  }

  override render() {
    if (!this.token) {
      return this.page(msg('This link cannot be opened'), html`<p>${msg('Open the link from the message the practice sent you. If it still does not work, contact the practice.')}</p>`);
    }
    return this.link.render({
      loading: () => html`<portico-state-loading rows="3" label=${msg('Opening your link')}></portico-state-loading>`,
      error: (error) =>
        error.kind === 'not-found'
          ? this.page(msg('This link is not valid'), html`<p>${msg('Check that you opened the whole link from the message the practice sent you, or contact the practice for a new one.')}</p>`)
          : html`<portico-state-error .error=${error} @portico-retry=${() => void this.link.retry()}></portico-state-error>`,
      content: (link) => {
        if (link.state !== 'open') return this.deadPage(link.state, link.practice);
        if (this.diedAs) return this.deadPage(this.diedAs, link.practice);
        if (!this.actions.includes(link.action)) {
          return this.page(msg('This link is for something else'), html`<p>${msg('This page cannot open it. Contact the practice.')}</p>${this.contact(link.practice)}`);
        }
        const step = this.steps[link.action];
        if (!this.grant || !step) return this.renderVerify(link);
        return html`<div part="item">${this.done ? step.renderDone(this.grant.item) : step.render(this.grant.item)}</div>`;
      },
    });
  }

  /** A page with a focusable heading (focus lands there when the page changes). */
  page(heading: string, body: unknown) {
    return html`<section part="page" aria-labelledby="guest-heading">
      <h2 id="guest-heading" part="heading" tabindex="-1">${heading}</h2>
      ${body}
    </section>`;
  }

  private deadPage(state: DeadState, practice: GuestPractice) {
    const pages: Record<DeadState, [string, string]> = {
      expired: [msg('This link has expired'), msg('Links from the practice work for a limited time. Contact the practice for a new one.')],
      used: [msg('This link has already been used'), msg('Each link works once, and this one has done its job. If something is still open, contact the practice.')],
      revoked: [msg('This link is no longer valid'), msg('The practice has withdrawn it. Contact the practice if you still need to do this.')],
      locked: [msg('This link is locked'), msg('The answer was wrong too many times, so the link is locked to protect your information. Contact the practice for a new one.')],
    };
    const [heading, text] = pages[state];
    return this.page(heading, html`<p>${text}</p>${this.contact(practice)}`);
  }

  /** The practice's name with its phone and email as links built by Portico (never a URL from data). */
  private contact(practice: GuestPractice) {
    const phone = practice.phone?.trim();
    const email = practice.email?.trim();
    return html`<div part="contact" class="contact">
      <p class="contact-name"><strong>${practice.name}</strong></p>
      <ul>
        ${phone ? html`<li>${msg('Phone:')} <a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${phone}</a></li>` : nothing}
        ${email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? html`<li>${msg('Email:')} <a href=${`mailto:${email}`}>${email}</a></li>` : nothing}
      </ul>
    </div>`;
  }

  private renderVerify(link: Open) {
    const byCode = link.factor.kind === 'code';
    const failure = this.failure ? describeError(this.failure) : undefined;
    const intro = {
      pay: msg(str`${link.practice.name} sent you a link to pay a bill.`),
      sign: msg(str`${link.practice.name} sent you a link to sign a form.`),
      confirm: msg(str`${link.practice.name} sent you a link about an appointment.`),
    }[link.action];
    const sentTo = link.factor.kind === 'code'
      ? link.factor.channel === 'sms'
        ? msg(str`We sent a code by text message to ${link.factor.destination}.`)
        : msg(str`We sent a code by email to ${link.factor.destination}.`)
      : '';
    return this.page(msg('First, confirm it is you'), html`
      <p>${intro} ${msg('To keep your information private, nothing about your care shows until you answer.')}</p>
      <form part="verify-form" novalidate @submit=${(e: Event) => void this.verify(e, link)}>
        ${failure ? html`<div class="notice" data-tone="danger" role="alert" tabindex="-1"><strong>${failure.heading}</strong> ${failure.description}</div>` : nothing}
        <portico-field id="answer" class="field" name="answer" type=${byCode ? 'text' : 'date'} label=${byCode ? msg('The code we sent you') : msg('Your date of birth')}
          hint=${byCode ? sentTo : msg('The date of birth of the person the link is for.')} autocomplete=${byCode ? 'one-time-code' : 'bday'} inputmode=${ifDefined(byCode ? 'numeric' : undefined)}
          .value=${this.answer} .error=${this.answerError} required
          @input=${(e: Event) => { this.answer = (e.target as PorticoField).value; this.answerError = ''; }}></portico-field>
        <div class="actions">
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.busy ? 'true' : 'false'} aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Continue')}</button>
          ${byCode ? html`<button class="link" type="button" part="resend-button" @click=${() => void this.sendCode(true)}>${msg('Send the code again')}</button>` : nothing}
        </div>
        <p class="visually-hidden" role="status">${this.codeStatus}</p>
      </form>`);
  }

  private async sendCode(again: boolean): Promise<void> {
    const store = this.resolveStore();
    const token = this.token;
    if (!store || !token) return;
    try {
      await store.mutate((adapter, { idempotencyKey }) => adapter.guest.sendCode({ body: { token } }, { idempotencyKey }));
      this.codeStatus = again ? msg('We sent a new code.') : '';
    } catch (error) {
      if (this.died(error)) return;
      this.codeStatus = msg('The code could not be sent. Try “Send the code again” in a moment.');
    }
  }

  private async verify(event: Event, link: Open): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.token) return;
    this.failure = undefined;
    const byCode = link.factor.kind === 'code';
    const answer = this.answer.trim();
    if (!answer) {
      this.answerError = byCode ? msg('Enter the code we sent you.') : msg('Enter your date of birth.');
      await this.focusOn('#answer');
      return;
    }
    const store = this.resolveStore();
    if (!store) return;
    const body = { token: this.token, ...(byCode ? { code: answer } : { dateOfBirth: answer }) };
    this.busy = true;
    try {
      this.grant = await store.mutate((adapter, { idempotencyKey }) => adapter.guest.verify({ body }, { idempotencyKey }), { idempotencyKey: this.verifyKey.key(body) });
      this.verifyKey.reset();
      this.answer = '';
      await this.focusOn('#guest-heading');
    } catch (error) {
      this.verifyKey.reset();
      if (this.died(error)) return;
      if (isPorticoError(error) && error.code === 'wrong-answer') {
        this.answerError = byCode ? msg('That code is not right. Check it, or send the code again.') : msg('That date of birth does not match. Check it and try again.');
        await this.focusOn('#answer');
      } else {
        this.failure = error;
        await this.focusOn('[role="alert"]');
      }
    } finally {
      this.busy = false;
    }
  }

  /** A `link-<state>` refusal: the link stopped working; shows its page. */
  private died(error: unknown): boolean {
    const state = isPorticoError(error) && error.code ? DEAD_CODES[error.code] : undefined;
    if (!state) return false;
    this.diedAs = state;
    void this.focusOn('#guest-heading');
    return true;
  }

  async act<R>(write: (adapter: PortalAdapter, credentials: GuestCredentials, context: MutationContext) => Promise<R>, idempotencyKey?: string): Promise<R> {
    const store = this.resolveStore();
    const token = this.token;
    const grant = this.grant?.grant;
    if (!store || !token || !grant) throw new Error('portico-guest: no link to act on');
    try {
      return await store.mutate((adapter, context) => write(adapter, { token, grant }, context), idempotencyKey ? { idempotencyKey } : {});
    } catch (error) {
      // The grant timed out: answer the second factor again.
      if (isPorticoError(error) && error.kind === 'unauthorized') {
        this.grant = undefined;
        void this.focusOn('#guest-heading');
      } else this.died(error);
      throw error;
    }
  }

  finish(itemId: string): void {
    const action = this.grant?.item.action;
    this.done = true;
    void this.focusOn('#guest-heading');
    if (action) reportGuestLinkUsed(this, { action, itemId });
  }

  private restart(): void {
    this.grant = undefined;
    this.done = false;
    this.diedAs = undefined;
    this.answer = '';
    this.answerError = '';
    this.failure = undefined;
    this.codeAsked = false;
    for (const step of Object.values(this.steps)) step?.reset();
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
