import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { requestOpen, type PortalIntent } from '../../controllers/intents.js';
import { pagedResource, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-empty.js';
import '../../ui/state-error.js';
import '../../ui/state-loading.js';
import './messages-composer.js';
import { MessageBook, NEW_THREAD } from './drafts.js';
import { messagesStyles } from './messages.styles.js';
import './messages-search.js';
import { MessageSender, THREAD_PAGE } from './sender.js';
import { renderThreadList } from './thread-list.js';
import './messages-thread.js';
import type { PorticoMessagesThread } from './messages-thread.js';

/**
 * @tagname portico-messages
 * @summary Secure messaging with the care team (MSG-1..3): threads with unread counts (opening
 * one marks it read), replies and new threads with attachments, an outbox whose failed
 * messages keep their text and retry without sending twice, search, and long histories that
 * stay smooth. Two panes on wide containers; list, then thread with a Back control, on narrow ones.
 *
 * This module exports the class without registering it (subclass it for a brand); `messages.js`
 * registers `<portico-messages>`.
 *
 * Place it in `<portico-portal>` (which sets `item` from the URL) or, on its own, inside
 * `<portico-provider>`. Drafts and unsent replies are kept in the store's drafts (memory only),
 * so they survive switching threads, views and clients, and a new element on the same store.
 *
 * @csspart heading - The view's heading.
 * @csspart new-button - The "New message" action.
 * @csspart thread-list - The list of threads.
 * @csspart unread-total - The unread messages across every thread (`messages.getSummary`).
 * @csspart thread - One thread in the list.
 * @csspart unread-count - A thread's unread count.
 * @csspart more-button - "Show more conversations" (the next page of threads).
 *
 * @cssprop --portico-color-surface - Pane background.
 * @cssprop --portico-color-border - Pane and row borders.
 * @cssprop --portico-color-primary - Unread counts, the selected thread and your messages.
 * @cssprop --portico-radius-lg - Pane corner radius.
 *
 * @fires portico-message-sent - A message was stored by the backend. `detail: { threadId, messageId }`.
 * @fires portico-open-requested - The person opened a thread (or went back to the list): `detail: { view: 'messages', item: threadId }`, so the portal's URL follows (ids only).
 */
@localized()
export class PorticoMessages extends LitElement {
  static override styles = [baseStyles, buttonStyles, messagesStyles];

  private readonly s = new SessionController(this);

  private get session() {
    return this.s.state;
  }

  /** The open thread's id (the portal sets it from the URL, e.g. `#/messages/th-42`). */
  @property() item: string | undefined;

  /**
   * A team member's id: opens a new message to them, for a view on its own. (In a portal, Team's
   * "Message" action is an intent, `{ view: 'messages', compose: { to } }`, see `applyIntent`.)
   */
  @property({ attribute: 'compose-to' }) composeTo: string | null | undefined;

  @state() private composing = false;
  @state() private searching = false;
  @state() private announcement = '';

  private readonly book = new MessageBook(() => this.threads.first.store?.drafts);
  private readonly sender = new MessageSender(
    this,
    this.book,
    () => ({ store: this.threads.first.store, session: this.session, updateLoadedThreads: (update) => this.threads.updateLoaded(update) }),
    (text) => this.announce(text),
  );

  /** The client's unread total across every thread (one count from the backend, as the menu badge shows). */
  private readonly summary = resource(this, 'messages.getSummary', () => this.s.clientId && { clientId: this.s.clientId }, { isEmpty: () => false });

  /**
   * The threads, THREAD_PAGE at a time: "Show more conversations" is the kit's one "show more"
   * (cursor, progress, error with retry, focus to the first new thread, announced count).
   */
  private readonly threads = pagedResource(this, 'messages.listThreads', () => this.s.clientId && { clientId: this.s.clientId }, {
    pageSize: THREAD_PAGE,
    item: 'ul.threads button.thread',
  });

  private clientId: string | undefined;

  /** Moves focus to the view's heading, or to the new message's heading while composing (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>(this.composing ? '#compose-heading' : 'h2')?.focus();
  }

  /** Takes an intent beyond the open item: `compose: { to }` opens a new message to that member. */
  applyIntent(intent: PortalIntent): void {
    if (intent.view !== 'messages' || !intent.compose) return;
    const memberId = intent.compose.to;
    if (this.session) this.book.updateDraft(this.session.clientId, NEW_THREAD, (d) => (d.recipientIds = [memberId]));
    else this.pendingRecipient = memberId;
    this.startCompose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('composeTo') && this.composeTo) this.applyIntent({ view: 'messages', compose: { to: this.composeTo } });
    if (this.session && this.pendingRecipient) {
      const memberId = this.pendingRecipient;
      this.pendingRecipient = undefined;
      this.book.updateDraft(this.session.clientId, NEW_THREAD, (d) => (d.recipientIds = [memberId]));
    }
    if (this.session && this.clientId !== this.session.clientId) {
      if (this.clientId !== undefined) this.composing = false;
      this.clientId = this.session.clientId;
    }
    if (changed.has('item') && this.item) this.composing = false;
  }

  private pendingRecipient: string | undefined;

  override render() {
    const maySend = this.s.can('messages.send');
    const pane = this.composing || this.item ? 'detail' : 'list';
    return html`
      <div class="view-head">
        <h2 part="heading" tabindex="-1">${msg('Messages')}</h2>
        ${maySend && !this.composing
          ? html`<button class="button" data-variant="primary" part="new-button" type="button" @click=${() => this.startCompose()}>${msg('New message')}</button>`
          : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="layout" data-pane=${pane}>
        <div class="list-pane">
          <portico-messages-search .onOpen=${(id: string) => this.openThread(id)} .onActiveChange=${(on: boolean) => (this.searching = on)}></portico-messages-search>
          ${this.searching ? nothing : this.renderThreads(maySend)}
        </div>
        <div class="detail-pane">${this.renderDetail()}</div>
      </div>
    `;
  }

  private renderUnreadTotal() {
    const unread = this.summary.data?.unreadCount ?? 0;
    if (!unread) return nothing;
    return html`<p class="unread-total" part="unread-total">${unread === 1 ? msg('1 unread message') : msg(str`${unread} unread messages`)}</p>`;
  }

  private renderThreads(maySend: boolean) {
    const session = this.session;
    return this.threads.render({
      loading: () => html`<portico-state-loading rows="5" label=${msg('Loading your messages')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty
        heading=${msg('No messages yet')}
        description=${maySend
          ? msg('Start a conversation with your care team with "New message". Replies will appear here.')
          : msg('When your care team writes to you, the conversation will appear here.')}
      ></portico-state-empty>`,
      error: (error) => html`<portico-state-error .error=${error} heading=${msg('Could not load your messages')} @portico-retry=${() => void this.threads.first.retry()}></portico-state-error>`,
      content: (threads) => html`${this.renderUnreadTotal()}${renderThreadList(threads, {
          format: this.s.format,
          userId: session?.user.id ?? '',
          selectedId: this.composing ? undefined : this.item,
          onOpen: (id) => this.openThread(id),
        })}
        ${this.threads.renderMore({ label: msg('Show more conversations') })}`,
    });
  }

  private renderDetail() {
    if (this.composing) {
      return html`<section class="compose" aria-labelledby="compose-heading">
        <div class="compose-head">
          <button class="button back" data-variant="ghost" data-size="sm" type="button" @click=${() => this.cancelCompose()}>
            <span aria-hidden="true">←</span> ${msg('Back to conversations')}
          </button>
          <h3 id="compose-heading" tabindex="-1">${msg('New message')}</h3>
        </div>
        <portico-messages-composer
          .sender=${this.sender}
          thread-id=${NEW_THREAD}
          .onCreated=${(id: string) => this.openThread(id)}
          .onCancel=${() => this.cancelCompose()}
        ></portico-messages-composer>
      </section>`;
    }
    if (this.item) {
      return html`<portico-messages-thread .sender=${this.sender} thread-id=${this.item} .onBack=${() => this.back()}></portico-messages-thread>`;
    }
    return html`<p class="placeholder">${msg('Choose a conversation to read it, or start a new one.')}</p>`;
  }

  private announce(text: string): void {
    // Cleared first so the same words are announced again.
    this.announcement = '';
    setTimeout(() => (this.announcement = text), 50);
  }

  /** Opens a thread; the portal's URL follows through `portico-open-requested`. */
  openThread(threadId: string): void {
    this.composing = false;
    // In a portal, the portal writes `item` (and the URL); on its own, the view does.
    if (!requestOpen(this, { view: 'messages', item: threadId })) this.item = threadId;
    void this.focusIn<PorticoMessagesThread>('portico-messages-thread');
  }

  private startCompose(): void {
    this.composing = true;
    void this.focusAfter(() => this.renderRoot.querySelector<HTMLElement>('#compose-heading'));
  }

  private cancelCompose(): void {
    this.composing = false;
    void this.focusAfter(() => this.renderRoot.querySelector<HTMLElement>(this.item ? 'portico-messages-thread' : '[part="new-button"]'));
  }

  private back(): void {
    const from = this.item;
    if (!requestOpen(this, { view: 'messages', item: undefined })) this.item = undefined;
    void this.focusAfter(() => this.renderRoot.querySelector<HTMLElement>(from ? `[data-thread-id="${CSS.escape(from)}"]` : 'h2') ?? this.renderRoot.querySelector('h2'));
  }

  private async focusIn<E extends PorticoMessagesThread>(tag: string): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<E>(tag);
    if (!el) return;
    await el.updateComplete;
    el.focusHeading();
  }

  private async focusAfter(find: () => HTMLElement | null): Promise<void> {
    await this.updateComplete;
    find()?.focus();
  }
}

declare global {
  interface HTMLElementEventMap {
    'portico-message-sent': CustomEvent<{ threadId: string; messageId: string }>;
  }
}
