import { localized, msg, str } from '@lit/localize';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { can, type Message, type Thread } from '@portico/core';
import type { PorticoSessionState } from '../../context.js';
import { SessionController } from '../../controllers/session-controller.js';
import { resource } from '../../controllers/resource.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import './messages-composer.js';
import type { OutboxEntry, ThreadRow } from './drafts.js';
import { renderRow, type RowContext } from './message-row.js';
import { threadStyles } from './messages.styles.js';
import { failureText, firstPageKey, type MessageSender } from './sender.js';

type Page = { items: Message[]; nextCursor: string | null };
type ThreadParams = { clientId: string; threadId: string };

/** Messages per page; the log asks for older pages as the person scrolls up (MSG-3). */
export const MESSAGE_PAGE = 50;

/**
 * @tagname portico-messages-thread
 * @summary One thread: header, the message log (virtualised: the DOM holds only the rows near
 * the viewport, so thousands of messages stay smooth), older pages loaded on scrolling up with
 * the scroll position kept, the outbox's pending and failed replies, and the reply composer.
 *
 * @csspart thread-header - Subject and participants.
 * @csspart log - The scrolling message list.
 * @csspart message - One message.
 */
@localized()
export class PorticoMessagesThread extends LitElement {
  static override styles = [baseStyles, buttonStyles, threadStyles];

  protected readonly s = new SessionController(this);

  /** The session state; undefined while it loads. */
  private get session(): PorticoSessionState | undefined {
    return this.s.state;
  }

  @property({ attribute: false }) sender: MessageSender | undefined;
  @property({ attribute: 'thread-id' }) threadId = '';
  /** The narrow layout's Back control. */
  @property({ attribute: false }) onBack: (() => void) | undefined;

  @state() private loadingOlder = false;
  @state() private olderError: string | undefined;

  private known = new Map<string, Message>();
  private olderCursor: string | null | undefined;
  private mergedPage: Page | undefined;
  /**
   * The rows handed to the virtualizer. Rebuilt only when messages or the outbox change: a new
   * array makes the virtualizer lay out again, which must not happen on every render.
   */
  private rows: ThreadRow[] = [];
  private rowsStale = true;
  /** The outbox entries in `rows`. */
  private outbox: readonly OutboxEntry[] = [];
  private markedRead: string | undefined;
  private scrolledToEnd = false;
  private unsubscribe: (() => void) | undefined;
  private shownKey = '';
  /** Index of the first row in view, as the virtualizer last reported it. */
  private firstVisible = -1;
  /** Index of the last row in view, as the virtualizer last reported it. */
  private lastVisible = -1;
  /**
   * Where to put the log back when the element returns to the page (the portal keeps one
   * element per view): the browser forgets a scroll position when its element leaves the
   * page, so the log would come back at the top of the loaded messages, away from the newest
   * ones and from a "Not sent" reply, and would start asking for older pages.
   */
  private resumeAt: 'end' | string | undefined;
  /** Handed to the virtualizer's layout on the next render only. */
  private pendingPin: { index: number; block: 'start' | 'end' } | null = null;
  /** Set while a pin settles; older pages wait until it is done. */
  private settling: object | null = null;

  private readonly thread = resource(this, 'messages.getThread', () => !!this.threadId && this.s.clientId && { clientId: this.s.clientId, threadId: this.threadId }, {
    isEmpty: () => false,
  });

  private readonly firstPage = new ResourceController<Page, ThreadParams>(this, {
    key: () => !!this.threadId && this.session && firstPageKey(this.session.clientId, this.threadId),
    fetch: (adapter, params, signal) => adapter.messages.listMessages({ ...params, limit: MESSAGE_PAGE }, { signal }),
    isEmpty: () => false,
  });

  /** Moves focus to the thread's subject. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Read from the virtualizer's last report: the element has already left the page.
    if (this.scrolledToEnd && this.rows.length > 0) {
      const atEnd = this.lastVisible < 0 || this.lastVisible >= this.rows.length - 1 - this.outbox.length;
      this.resumeAt = atEnd ? 'end' : this.rows[Math.max(0, this.firstVisible)]?.id;
    }
    // Nothing was reported in view while away; the next report comes after the restore.
    this.firstVisible = -1;
    this.lastVisible = -1;
  }

  private get log(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.log');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sender') || !this.unsubscribe) {
      this.unsubscribe?.();
      this.unsubscribe = this.sender?.book.subscribe(() => this.onBookChanged());
      this.rowsStale = true;
    }
    const key = `${this.session?.clientId ?? ''} ${this.threadId}`;
    if (key !== this.shownKey) {
      this.shownKey = key;
      this.resetThread();
    }
  }

  /**
   * Takes in what the resources hold. Here rather than in willUpdate: Lit updates controllers
   * after willUpdate, so a page already in the store (a thread opened again) only shows up now.
   * Nothing set here schedules another update.
   */
  protected override update(changed: PropertyValues<this>): void {
    const arrived = this.mergeFirstPage();
    if (this.rowsStale) {
      this.rowsStale = false;
      this.rows = this.buildRows();
    }
    if (arrived) void this.scrollToEnd();
    const thread = this.thread.data;
    if (thread && thread.id === this.threadId && thread.unreadCount > 0 && this.markedRead !== thread.id) {
      this.markedRead = thread.id;
      this.sender?.markRead(thread.id);
    }
    // Opens at the newest message. Decided before rendering, so the pin goes into the log's
    // first render (the virtualizer starts there) and no second update is needed.
    if (!this.scrolledToEnd && this.rows.length > 0 && this.firstPage.data) {
      this.scrolledToEnd = true;
      this.resumeAt = undefined;
      void this.scrollToEnd();
    }
    // Back on the page (another view, then this thread again): where the person was, or the
    // newest message (with any reply still waiting to be sent) if they were there.
    const resumeAt = this.resumeAt;
    if (resumeAt !== undefined && this.isConnected && this.rows.length > 0) {
      this.resumeAt = undefined;
      const index = resumeAt === 'end' ? -1 : this.rows.findIndex((r) => r.id === resumeAt);
      void (index < 0 ? this.scrollToEnd() : this.pin(index, 'start'));
    }
    super.update(changed);
  }

  protected override updated(): void {
    // The pin was handed to the virtualizer by this render; later renders must not repeat it.
    this.pendingPin = null;
  }

  private resetThread(): void {
    this.known = new Map();
    this.olderCursor = undefined;
    this.mergedPage = undefined;
    this.markedRead = undefined;
    this.scrolledToEnd = false;
    this.loadingOlder = false;
    this.olderError = undefined;
    this.firstVisible = -1;
    this.lastVisible = -1;
    this.resumeAt = undefined;
    this.rowsStale = true;
  }

  /** Takes in a (re)fetched newest page; true when messages arrived after the first one. */
  private mergeFirstPage(): boolean {
    const page = this.firstPage.data;
    if (!page || page === this.mergedPage) return false;
    const first = this.mergedPage === undefined;
    this.mergedPage = page;
    const userId = this.session?.user.id;
    const arrived = page.items.filter((m) => !this.known.has(m.id));
    for (const m of page.items) this.known.set(m.id, m);
    this.rowsStale = true;
    if (first) return false;
    const fromOthers = arrived.filter((m) => m.sender.id !== userId);
    const last = fromOthers[0];
    if (last) this.sender?.announce(msg(str`New message from ${last.sender.name}: ${last.text.slice(0, 120)}`));
    return arrived.length > 0;
  }

  private buildRows(): ThreadRow[] {
    const messages = [...this.known.values()].sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
    const rows: ThreadRow[] = messages.map((message) => ({ kind: 'message', id: message.id, message }));
    this.outbox = this.currentOutbox();
    for (const entry of this.outbox) rows.push({ kind: 'outbox', id: entry.localId, entry });
    return rows;
  }

  private currentOutbox(): readonly OutboxEntry[] {
    const session = this.session;
    return session && this.sender ? this.sender.book.outboxFor(session.clientId, this.threadId) : [];
  }

  /** The book also holds drafts: only a change to this thread's outbox changes the log. */
  private onBookChanged(): void {
    const outbox = this.currentOutbox();
    if (outbox.length === this.outbox.length && outbox.every((e, i) => e === this.outbox[i])) return;
    const before = this.rows.at(-1)?.id;
    this.rows = this.buildRows();
    this.requestUpdate();
    const last = this.rows.at(-1);
    if (last && last.id !== before && last.kind === 'outbox') void this.scrollToEnd();
  }

  override render() {
    const session = this.session;
    if (!session || !this.sender) return nothing;
    const maySend = can(session.session, session.clientId, 'messages.send');
    return html`
      <header class="thread-header" part="thread-header">
        <button class="button back" data-variant="ghost" data-size="sm" type="button" @click=${() => this.onBack?.()}>
          <span aria-hidden="true">←</span> ${msg('Back to conversations')}
        </button>
        ${this.thread.render({
          loading: () => html`<h3 tabindex="-1">${msg('Loading conversation…')}</h3>`,
          error: () => html`<h3 tabindex="-1">${msg('Conversation')}</h3>`,
          content: (t) => html`<h3 tabindex="-1">${t.subject}</h3>
            <p class="participants">${msg(str`With ${participantNames(t, session.user.id)}`)}</p>`,
        })}
      </header>
      ${this.firstPage.render({
        loading: () => html`<portico-state-loading rows="5" label=${msg('Loading messages')}></portico-state-loading>`,
        error: (error) => html`<portico-state-error .error=${error} heading=${msg('Could not load this conversation')} not-found-heading=${msg('This conversation could not be found')} @portico-retry=${this.retry}></portico-state-error>`,
        content: () => this.renderLog(session),
      })}
      ${maySend && !this.firstPage.error
        ? html`<portico-messages-composer .sender=${this.sender} thread-id=${this.threadId}></portico-messages-composer>`
        : nothing}
    `;
  }

  private renderLog(session: PorticoSessionState) {
    const ctx: RowContext = {
      format: this.s.format,
      userId: session.user.id,
      onRetry: (id) => this.sender?.retry(id),
      onDiscard: (id) => this.sender?.discard(id),
      download: (attachment) => (signal) => {
        const store = this.firstPage.store;
        return store ? store.adapter.messages.downloadAttachment({ clientId: session.clientId, attachmentId: attachment.id }, { signal }) : Promise.reject(new Error('No store'));
      },
    };
    const more = this.hasOlder();
    return html`
      <div class="older" role="status">
        ${this.loadingOlder
          ? msg('Loading earlier messages…')
          : this.olderError
            ? html`${this.olderError}
                <button class="button" data-size="sm" type="button" @click=${() => void this.loadOlder()}>${msg('Try again')}</button>`
            : more
              ? nothing
              : this.rows.length
                ? msg('This is the start of the conversation.')
                : msg('No messages in this conversation yet.')}
      </div>
      ${keyed(
        // A log (and virtualizer) per thread: no sizes or scroll position carried over from another one.
        this.shownKey,
        html`<div class="log" part="log" role="list" tabindex="0" aria-label=${msg('Messages, oldest first')} @visibilityChanged=${this.onVisibility}>
          ${virtualize({
            items: this.rows,
            // The virtualizer may render a range it computed for a longer list once before it
            // takes in a shorter one (a discarded reply): such a slot renders nothing.
            keyFunction: (row: ThreadRow | undefined, index: number) => row?.id ?? `missing-${index}`,
            renderItem: (row: ThreadRow | undefined) => (row ? renderRow(row, ctx) : html``),
            scroller: true,
            // A pin holds a row in place while rows of estimated height settle; the first scroll by the person releases it.
            layout: this.pendingPin ? { pin: this.pendingPin } : {},
          })}
        </div>`,
      )}
    `;
  }

  private readonly retry = (): void => {
    void this.firstPage.retry();
    void this.thread.retry();
  };

  /**
   * Older pages are asked for from the virtualizer's own report of what is in view, never from
   * a scroll listener of ours: that one runs before the virtualizer has seen the scroll, and a
   * render from it made the layout re-apply its last pin (undoing the person's scroll, and
   * keeping the pin, so the log jumped back instead of loading the page before).
   */
  private readonly onVisibility = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    this.firstVisible = first;
    this.lastVisible = last;
    this.maybeLoadOlder();
  };

  private hasOlder(): boolean {
    return this.olderCursor !== null && (this.olderCursor !== undefined || !!this.firstPage.data?.nextCursor);
  }

  /** Near the top of the log: time for the page before (also checked after each settle). */
  private maybeLoadOlder(): void {
    if (this.scrolledToEnd && !this.settling && !this.loadingOlder && !this.olderError && this.firstVisible >= 0 && this.firstVisible <= 2 && this.hasOlder()) {
      void this.loadOlder();
    }
  }

  /** Pins a row (the newest, or the one that was at the top) and waits for the log to settle. */
  private async pin(index: number, block: 'start' | 'end'): Promise<void> {
    const token = {};
    this.settling = token;
    try {
      this.pendingPin = { index, block };
      this.requestUpdate();
      await this.updateComplete;
      const virtualizer = this.log?.[virtualizerRef];
      if (virtualizer) await settle(virtualizer);
      // The browser may clamp the scroll while rows are measured, which releases the pin; the
      // end of the log is then reached by scrolling until it stays there.
      for (let round = 0; block === 'end' && round < 8 && this.settling === token; round++) {
        const log = this.log;
        if (!log || log.scrollTop + log.clientHeight >= log.scrollHeight - 2) break;
        log.scrollTop = log.scrollHeight;
        await pause(40);
      }
      await pause(150);
    } finally {
      // A later pin (a newer message, another page) owns the log now.
      if (this.settling === token) {
        this.settling = null;
        this.maybeLoadOlder();
      }
    }
  }

  /** Shows the newest message. */
  private scrollToEnd(): Promise<void> {
    return this.pin(this.rows.length - 1, 'end');
  }

  /** Loads the page before the oldest message shown, keeping the message at the top where it was. */
  async loadOlder(): Promise<void> {
    const store = this.firstPage.store;
    const session = this.session;
    const cursor = this.olderCursor === undefined ? this.firstPage.data?.nextCursor : this.olderCursor;
    if (!store || !session || !cursor || this.loadingOlder) return;
    const params = { clientId: session.clientId, threadId: this.threadId };
    this.loadingOlder = true;
    this.olderError = undefined;
    let page: Page;
    try {
      page = await store.query<Page>(['messages.listMessages', { ...params, cursor }], (adapter, signal) =>
        adapter.messages.listMessages({ ...params, cursor, limit: MESSAGE_PAGE }, { signal }),
      );
    } catch (error) {
      if (params.threadId === this.threadId && params.clientId === this.session?.clientId) {
        this.olderError = msg(str`Could not load earlier messages. ${failureText(error)}`);
        this.loadingOlder = false;
      }
      return;
    }
    if (params.threadId !== this.threadId || params.clientId !== this.session?.clientId) return;
    const anchor = this.firstVisibleId();
    for (const m of page.items) this.known.set(m.id, m);
    this.olderCursor = page.nextCursor;
    this.loadingOlder = false;
    this.rows = this.buildRows();
    const index = Math.max(0, anchor ? this.rows.findIndex((r) => r.id === anchor) : -1);
    // Until the virtualizer reports again, the row in view is the anchor at its new index.
    this.firstVisible = index;
    await this.pin(index, 'start');
  }

  /** The id of the first row in view (the rendered rows include some beyond the viewport). */
  private firstVisibleId(): string | undefined {
    const log = this.log;
    if (!log) return undefined;
    const box = log.getBoundingClientRect();
    const inView = [...log.querySelectorAll<HTMLElement>('[data-id]')]
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height > 0 && rect.bottom > box.top + 1 && rect.top < box.bottom - 1)
      .sort((a, b) => a.rect.top - b.rect.top);
    return inView[0]?.el.dataset.id ?? this.rows[Math.max(0, this.firstVisible)]?.id;
  }
}

function participantNames(thread: Thread, userId: string): string {
  return thread.participants
    .filter((p) => p.id !== userId && p.kind === 'team')
    .map((p) => p.name)
    .join(', ');
}

/** Waits for the virtualizer's layout (it has none until its first one is done), at most a moment. */
function settle(virtualizer: { layoutComplete: Promise<void> }): Promise<unknown> {
  return Promise.race([virtualizer.layoutComplete.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 300))]);
}

/** A short pause for layout (not requestAnimationFrame, which stops in background tabs). */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

define('portico-messages-thread', PorticoMessagesThread);

declare global {
  interface HTMLElementTagNameMap {
    'portico-messages-thread': PorticoMessagesThread;
  }
}
