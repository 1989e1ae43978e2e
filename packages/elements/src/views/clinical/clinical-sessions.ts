import { localized, msg } from '@lit/localize';
import { LitElement, html } from 'lit';
import { formatDateTime } from '@portico/core';
import { pagedResource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles } from './clinical.styles.js';

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

  private readonly s = new SessionController(this);

  /** Pages of past sessions; "Show older sessions" is the view kit's one "show more". */
  private readonly sessions = pagedResource(this, 'clinical.listSessions', () => this.s.can('clinical') && { clientId: this.s.clientId! }, {
    pageSize: 10,
    item: 'li[part="session"]',
  });

  override render() {
    return html`${this.sessions.render({
      loading: () => html`<portico-state-loading rows="4" label=${msg('Loading past sessions')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty
        heading=${msg('No past sessions yet')}
        description=${msg('After your first session, it will be listed here with anything the practice shares about it.')}
      ></portico-state-empty>`,
      content: (items) => html`<ol class="cards">
        ${items.map(
          (s) => html`<li class="card" part="session" data-session=${s.id}>
            <h4 class="when"><time datetime=${s.date}>${formatDateTime(s.date, this.s.format, 'full')}</time></h4>
            <p>${s.serviceName} · ${s.providerName}</p>
            ${s.sharedSummary
              ? html`<p class="summary">${s.sharedSummary}</p>`
              : html`<p class="summary not-shared">${msg('No notes shared for this session')}</p>`}
          </li>`,
        )}
      </ol>`,
    })}
    ${this.sessions.first.data ? this.sessions.renderMore({ label: msg('Show older sessions') }) : ''}`;
  }
}

define('portico-clinical-sessions', PorticoClinicalSessions);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-sessions': PorticoClinicalSessions;
  }
}
