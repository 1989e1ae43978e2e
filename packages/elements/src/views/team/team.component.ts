import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import type { TeamMember } from '@portico/core';
import { requestOpen } from '../../controllers/intents.js';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { viewHeaderStyles } from '../../ui/view-frame.js';
import '../../ui/avatar.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { teamStyles } from './team.styles.js';

/**
 * @tagname portico-team
 * @summary The client's care team (TEAM-1): name, role, photo or initials, contact details and
 * a "Message" action. Members the practice marks hidden never appear (TEAM-2).
 *
 * Place it in `<portico-portal>` or, on its own, inside `<portico-provider>`. This module exports
 * the class without registering it (subclass it for a brand); `team.js` registers `<portico-team>`.
 *
 * @csspart heading - The view's heading.
 * @csspart list - The list of team members.
 * @csspart member - One team member's card.
 * @csspart avatar - A member's photo or initials.
 * @csspart name - A member's name.
 * @csspart contact - A member's email and phone links.
 * @csspart message-button - The "Message" action.
 *
 * @cssprop --portico-color-surface - Card background.
 * @cssprop --portico-color-border - Card border.
 * @cssprop --portico-radius-lg - Card corner radius.
 *
 * @fires portico-compose-requested - The user chose to message a team member. `detail: { memberId, memberName }`.
 * @fires portico-open-requested - Then asks to open Messages composing to that member: the intent `{ view: 'messages', compose: { to: memberId } }`, which the portal takes.
 */
@localized()
export class PorticoTeam extends LitElement {
  static override styles = [baseStyles, buttonStyles, viewHeaderStyles, teamStyles];

  protected readonly s = new SessionController(this);

  protected readonly team = resource(this, 'team.list', () => this.s.clientId && { clientId: this.s.clientId }, {
    // Defence in depth: a backend that forgets TEAM-2 still never shows a hidden member.
    isEmpty: (members) => members.every((m) => m.hidden),
  });

  /** Moves focus to the view's heading (the portal calls this after navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const session = this.s.state;
    const name = session?.client.preferredName ?? session?.client.name;
    return html`
      <h2 part="heading" tabindex="-1">${msg('Care team')}</h2>
      ${session
        ? html`<p class="intro">
            ${session.client.relationship === 'self'
              ? msg(str`The people at ${session.organisation.name} who work with you.`)
              : msg(str`The people at ${session.organisation.name} who work with ${name}.`)}
          </p>`
        : nothing}
      ${this.team.render({
        loading: () => html`<portico-state-loading rows="4" label=${msg('Loading the care team')}></portico-state-loading>`,
        empty: () => html`<portico-state-empty
          heading=${msg('No care team yet')}
          description=${msg('When the practice assigns people to your care, they will be listed here. Questions? Contact the practice.')}
        ></portico-state-empty>`,
        content: (members) => this.renderMembers(members.filter((m) => !m.hidden)),
      })}
    `;
  }

  protected renderMembers(members: TeamMember[]) {
    const mayMessage = this.s.can('messages.send');
    return html`<ul class="members" part="list">
      ${members.map(
        (m) => html`<li class="member" part="member">
          <portico-avatar part="avatar" name=${m.name} src=${m.photoUrl ?? ''} decorative></portico-avatar>
          <div class="who">
            <h3 part="name">${m.name}${m.credentials ? `, ${m.credentials}` : ''}</h3>
            <p class="title">${m.title}</p>
            ${m.relation ? html`<p class="relation">${m.relation}</p>` : nothing}
          </div>
          ${m.email || m.phone
            ? html`<ul class="contact" part="contact" aria-label=${msg(str`Contact ${m.name}`)}>
                ${m.email ? html`<li><a href=${`mailto:${m.email}`}>${m.email}</a></li>` : nothing}
                ${m.phone ? html`<li><a href=${`tel:${m.phone.replace(/[^\d+]/g, '')}`}>${m.phone}</a></li>` : nothing}
              </ul>`
            : nothing}
          ${mayMessage && m.messageable
            ? html`<div class="actions">
                <button class="button" data-variant="primary" part="message-button" type="button" aria-label=${msg(str`Message ${m.name}`)} @click=${() => this.requestCompose(m)}>
                  ${msg('Message')}
                </button>
              </div>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  /** Tells the host, then asks to open Messages composing to `member` (kept in memory, not in the URL). */
  private requestCompose(member: TeamMember): void {
    emit(this, 'portico-compose-requested', { memberId: member.id, memberName: member.name });
    requestOpen(this, { view: 'messages', compose: { to: member.id } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'portico-compose-requested': CustomEvent<{ memberId: string; memberName: string }>;
  }
}
