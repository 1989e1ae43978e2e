import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDateTime } from '@portico/core';
import type { PorticoSessionState } from '../../context.js';
import { SessionController } from '../../controllers/session-controller.js';
import { resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import { searchStyles } from './messages.styles.js';

/**
 * @tagname portico-messages-search
 * @summary Searches every thread (MSG-3). The query travels in the request body, never in a URL;
 * results are plain text and open their thread.
 *
 * @csspart search-form - The search form.
 * @csspart results - The list of hits.
 */
@localized()
export class PorticoMessagesSearch extends LitElement {
  static override styles = [baseStyles, buttonStyles, searchStyles];

  protected readonly s = new SessionController(this);

  /** The session state; undefined while it loads. */
  private get session(): PorticoSessionState | undefined {
    return this.s.state;
  }

  /** Opens a hit's thread. */
  @property({ attribute: false }) onOpen: ((threadId: string) => void) | undefined;
  /** Told whether results are shown (the thread list hides meanwhile). */
  @property({ attribute: false }) onActiveChange: ((active: boolean) => void) | undefined;

  /** The submitted query; empty when no search is shown. */
  @state() private query = '';
  @state() private inputError = '';

  private readonly hits = resource(this, 'messages.search', () => !!this.query && this.s.clientId && { clientId: this.s.clientId, body: { q: this.query } }, {
    staleTime: 0,
  });

  override render() {
    return html`<form part="search-form" class="search" role="search" novalidate @submit=${this.onSubmit}>
        <portico-field
          id="q"
          type="search"
          label=${msg('Search messages')}
          maxlength="200"
          autocomplete="off"
          .error=${this.inputError}
          @input=${() => (this.inputError = '')}
        >
          <button slot="end" class="button" type="submit">${msg('Search')}</button>
        </portico-field>
      </form>
      ${this.query ? this.renderResults() : nothing}`;
  }

  private renderResults() {
    const q = this.query;
    return html`<section class="results" aria-labelledby="results-heading">
      <div class="results-head">
        <h3 id="results-heading" tabindex="-1">${msg(str`Results for "${q}"`)}</h3>
        <button class="button" data-variant="ghost" data-size="sm" type="button" @click=${this.clear}>${msg('Clear search')}</button>
      </div>
      ${this.hits.render({
        loading: () => html`<portico-state-loading rows="3" label=${msg('Searching messages')}></portico-state-loading>`,
        empty: () => html`<portico-state-empty heading=${msg('No messages found')} description=${msg('Try other words, or browse your conversations.')}></portico-state-empty>`,
        content: (hits) => html`<ul part="results" class="hits">
          ${hits.map(
            (hit) => html`<li>
              <button type="button" class="hit" @click=${() => this.onOpen?.(hit.message.threadId)}>
                <span class="subject">${hit.threadSubject}</span>
                <span class="meta">${hit.message.sender.name} · ${this.when(hit.message.sentAt)}</span>
                <span class="snippet">${hit.message.text}</span>
              </button>
            </li>`,
          )}
        </ul>`,
      })}
    </section>`;
  }

  private when(iso: string): string {
    return formatDateTime(iso, this.s.format, 'short');
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const field = this.renderRoot.querySelector<PorticoField>('#q')!;
    const q = field.value.trim();
    if (!q) {
      this.inputError = msg('Type a word or phrase to search for.');
      field.focus();
      return;
    }
    this.query = q;
    this.onActiveChange?.(true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
  };

  private readonly clear = (): void => {
    this.query = '';
    const field = this.renderRoot.querySelector<PorticoField>('#q')!;
    field.value = '';
    this.onActiveChange?.(false);
    field.focus();
  };
}

define('portico-messages-search', PorticoMessagesSearch);

declare global {
  interface HTMLElementTagNameMap {
    'portico-messages-search': PorticoMessagesSearch;
  }
}
