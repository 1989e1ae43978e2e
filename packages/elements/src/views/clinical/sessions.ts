import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { can, formatDateTime, type ClinicalSession, type PorticoError } from '@portico/core';
import { configContext, sessionContext, type PorticoConfig, type PorticoSessionState } from '../../context.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles } from './clinical.styles.js';
import { formatContext } from './shared.js';

type Page = { items: ClinicalSession[]; nextCursor: string | null };
const PAGE_SIZE = 10;

/**
 * @tagname portico-clinical-sessions
 * @summary Past sessions (CLIN-1): date and time in the user's zone, provider, service and only
 * the summary the practice shares; never the clinical note. Older sessions page in on demand.
 *
 * @csspart session - One past session.
 * @csspart more-button - "Show older sessions".
 */
@localized()
export class PorticoClinicalSessions extends LitElement {
  static override styles = [baseStyles, buttonStyles, clinicalPartStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: PorticoConfig | undefined;

  /** Pages loaded after the first, for the client they belong to. */
  @state() private older: { clientId: string; items: ClinicalSession[]; nextCursor: string | null } | undefined;
  @state() private loadingMore = false;
  @state() private moreError: PorticoError | undefined;

  private readonly firstPage = new ResourceController<Page, { clientId: string; limit: number }>(this, {
    key: () => {
      const s = this.session;
      return s && can(s.session, s.clientId, 'clinical') && ['clinical.listSessions', { clientId: s.clientId, limit: PAGE_SIZE }];
    },
    fetch: (adapter, { clientId, limit }, signal) => adapter.clinical.listSessions({ clientId, limit }, { signal }),
  });

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('session') && this.older && this.older.clientId !== this.session?.clientId) {
      this.older = undefined;
      this.moreError = undefined;
    }
  }

  override render() {
    return this.firstPage.render({
      loading: () => html`<portico-state-loading rows="4" label=${msg('Loading past sessions')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty
        heading=${msg('No past sessions yet')}
        description=${msg('After your first session, it will be listed here with anything the practice shares about it.')}
      ></portico-state-empty>`,
      content: (page) => this.renderSessions(page),
    });
  }

  private renderSessions(first: Page) {
    const items = [...first.items, ...(this.older?.items ?? [])];
    const next = this.older ? this.older.nextCursor : first.nextCursor;
    const ctx = formatContext(this.config);
    return html`<ol class="cards">
        ${items.map(
          (s) => html`<li class="card" part="session" data-session=${s.id}>
            <h4 class="when"><time datetime=${s.date}>${formatDateTime(s.date, ctx, 'full')}</time></h4>
            <p>${s.serviceName} · ${s.providerName}</p>
            ${s.sharedSummary
              ? html`<p class="summary">${s.sharedSummary}</p>`
              : html`<p class="summary not-shared">${msg('No notes shared for this session')}</p>`}
          </li>`,
        )}
      </ol>
      ${this.moreError
        ? html`<p class="error more" role="alert">${describeError(this.moreError).heading}. ${describeError(this.moreError).description}</p>`
        : nothing}
      ${next
        ? html`<div class="more">
            <button
              class="button"
              part="more-button"
              type="button"
              aria-busy=${this.loadingMore ? 'true' : 'false'}
              aria-disabled=${this.loadingMore ? 'true' : 'false'}
              @click=${() => void this.loadMore(next)}
            >
              ${this.moreError ? msg('Try again') : msg('Show older sessions')}
            </button>
          </div>`
        : nothing}`;
  }

  private async loadMore(cursor: string): Promise<void> {
    const s = this.session;
    const store = this.firstPage.store;
    if (!s || !store || this.loadingMore) return;
    const clientId = s.clientId;
    const before = (this.firstPage.data?.items.length ?? 0) + (this.older?.items.length ?? 0);
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await store.query<Page>(['clinical.listSessions', { clientId, cursor, limit: PAGE_SIZE }], (adapter, signal) =>
        adapter.clinical.listSessions({ clientId, cursor, limit: PAGE_SIZE }, { signal }),
      );
      if (this.session?.clientId !== clientId) return;
      this.older = { clientId, items: [...(this.older?.items ?? []), ...page.items], nextCursor: page.nextCursor };
      // Focus the first newly shown session so keyboard users carry on reading from there.
      await this.updateComplete;
      const added = this.renderRoot.querySelectorAll<HTMLElement>('li[part="session"]')[before];
      if (added) {
        added.tabIndex = -1;
        added.focus();
      }
    } catch (error) {
      this.moreError = error as PorticoError;
    } finally {
      this.loadingMore = false;
    }
  }
}

define('portico-clinical-sessions', PorticoClinicalSessions);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-sessions': PorticoClinicalSessions;
  }
}
