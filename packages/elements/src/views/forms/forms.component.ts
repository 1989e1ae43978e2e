import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { formatDate, type FormAssignment } from '@portico/core';
import { requestOpen } from '../../controllers/intents.js';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { viewHeaderStyles } from '../../ui/view-frame.js';
import '../../ui/state-empty.js';
import '../../ui/state-error.js';
import '../../ui/state-loading.js';
import { dueState, dueText } from '../tasks/due.js';
import './forms-filler.js';
import type { PorticoFormsFiller } from './forms-filler.js';
import { formsStyles } from './forms.styles.js';

const warningIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5v1.5h1.5V11h-1.5Z"/></svg>`;
const checkIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.2 11.6 2.6 8l1.1-1.1 2.5 2.5 6.1-6.1 1.1 1.1z"/></svg>`;

function statusLabel(status: FormAssignment['status']): string {
  switch (status) {
    case 'submitted':
      return msg('Submitted');
    case 'in-progress':
      return msg('In progress');
    default:
      return msg('Not started');
  }
}

/**
 * @tagname portico-forms
 * @summary Forms and intake packets the practice assigned (FORM-1), grouped by packet with
 * their status and due date; opening one fills it in (`<portico-forms-filler>`): answers are
 * saved as the person goes, validated, e-signed and submitted, and the completed form becomes
 * a document in Files.
 *
 * Place it in `<portico-portal>` or, on its own, inside `<portico-provider>`. The portal sets
 * `item` to the assignment id from the URL (`#/forms/<assignmentId>`); opening a form or going
 * back to the list asks the portal (the intent `{ view: 'forms', item }`), which writes `item`.
 * On its own (no portal takes the request) the view follows the intent itself.
 *
 * This module exports the class without registering it (subclass it for a brand);
 * `forms.js` registers `<portico-forms>`. The form itself is `<portico-forms-filler>`.
 *
 * @csspart heading - The view's heading.
 * @csspart packet - One packet (group of forms).
 * @csspart assignment - One assigned form in the list.
 * @csspart status - An assignment's status.
 * @csspart back-button - "All forms", shown while a form is open.
 *
 * @cssprop --portico-color-warning - Overdue text and icon.
 * @cssprop --portico-color-success - Submitted status.
 * @cssprop --portico-radius-md - Card corner radius.
 *
 * @fires portico-open-requested - The user opened a form (`{ view: 'forms', item: assignmentId }`), went back to the list (`{ view: 'forms' }`), or asked to see the submitted form in Files (`{ view: 'files', item: documentId }`).
 * @fires portico-form-submitted - A form was submitted. `detail: { assignmentId, documentId }`.
 */
@localized()
export class PorticoForms extends LitElement {
  static override styles = [baseStyles, buttonStyles, viewHeaderStyles, formsStyles];

  protected readonly s = new SessionController(this);

  protected readonly assignments = resource(this, 'forms.listAssignments', () => this.s.clientId && { clientId: this.s.clientId });

  /** The open assignment's id (the portal sets it from the URL); the list when unset. */
  @property() item: string | undefined;

  /** "Today" for due dates; the real date when unset (stories and tests pin it). */
  @property({ attribute: false }) now: Date | undefined;

  /** The assignment last opened, to return focus to it in the list. */
  private lastOpened: string | undefined;

  /** Moves focus to the view's (or the open form's) heading; the portal calls it after navigation. */
  focusHeading(): void {
    const filler = this.renderRoot.querySelector<PorticoFormsFiller>('portico-forms-filler');
    if (filler) void filler.updateComplete.then(() => filler.focusHeading());
    else this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('item') || changed.get('item') === undefined && this.item === undefined) return;
    if (this.item) {
      this.lastOpened = this.item;
      this.focusHeading();
    } else if (this.lastOpened) {
      const id = this.lastOpened;
      this.lastOpened = undefined;
      (this.renderRoot.querySelector<HTMLElement>(`[data-assignment-id="${CSS.escape(id)}"] button`) ?? this.renderRoot.querySelector('h2'))?.focus();
    }
  }

  override render() {
    return this.item ? this.renderOpen(this.item) : this.renderList();
  }

  protected renderOpen(id: string) {
    const list = this.assignments.data;
    const assignment = list?.find((a) => a.id === id);
    const back = html`<button class="button back" data-variant="ghost" part="back-button" type="button" @click=${() => this.openItem(undefined)}>
      <span aria-hidden="true">←</span> ${msg('All forms')}
    </button>`;
    if (!list && this.assignments.error) {
      return html`${back}${this.assignments.render({ content: () => nothing })}`;
    }
    if (list && !assignment) {
      return html`${back}<portico-state-empty
          heading=${msg('This form could not be found')}
          description=${msg('It may have been withdrawn by the practice. Choose a form from the list.')}
        ></portico-state-empty>`;
    }
    return html`${back}${keyed(id, html`<portico-forms-filler .assignment=${assignment}></portico-forms-filler>`)}`;
  }

  protected renderList() {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Forms')}</h2>
      <p class="intro">${msg('Forms the practice has asked you to fill in. You can stop at any time: your answers are saved as you go.')}</p>
      ${this.assignments.render({
        loading: () => html`<portico-state-loading rows="5" label=${msg('Loading your forms')}></portico-state-loading>`,
        empty: () => html`<portico-state-empty
          heading=${msg('No forms to fill in')}
          description=${msg('When the practice sends you a form, such as an intake questionnaire, it will be listed here.')}
        ></portico-state-empty>`,
        content: (assignments) => this.renderPackets(assignments),
      })}
    `;
  }

  protected renderPackets(assignments: FormAssignment[]) {
    const packets = new Map<string, FormAssignment[]>();
    for (const a of assignments) {
      const name = a.packet ?? '';
      packets.set(name, [...(packets.get(name) ?? []), a]);
    }
    // Packets first, in the order the practice sent them; single forms last.
    const ordered = [...packets.entries()].sort(([a], [b]) => Number(a === '') - Number(b === ''));
    return ordered.map(([name, items], index) => {
      const done = items.filter((a) => a.status === 'submitted').length;
      const headingId = `packet-${index}`;
      return html`<section class="packet" part="packet" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${name || msg('Other forms')}</h3>
        <p class="packet-progress">${msg(str`${done} of ${items.length} submitted`)}</p>
        <ul class="assignments">${items.map((a) => this.renderAssignment(a))}</ul>
      </section>`;
    });
  }

  protected renderAssignment(a: FormAssignment) {
    const submitted = a.status === 'submitted';
    const ctx = this.s.format;
    const due = submitted ? 'none' : dueState(a.dueOn, ctx, this.now);
    const action = submitted ? msg('View') : a.status === 'in-progress' ? msg('Continue') : msg('Start');
    return html`<li class="assignment" part="assignment" data-assignment-id=${a.id} data-status=${a.status} data-due=${due}>
      <div class="what">
        <h4>${a.title}</h4>
        <p class="meta">
          <span class="status" part="status" data-status=${a.status}>${submitted ? checkIcon : nothing}${statusLabel(a.status)}</span>
          ${submitted
            ? html`<span>${msg(str`Submitted ${formatDate(a.updatedAt, ctx)}`)}</span>`
            : a.dueOn
              ? html`<span class="due">${due === 'overdue' ? warningIcon : nothing}${dueText(a.dueOn, ctx, this.now)}</span>`
              : nothing}
        </p>
      </div>
      <button class="button" data-variant=${submitted ? 'secondary' : 'primary'} data-size="sm" type="button"
        aria-label=${msg(str`${action}: ${a.title}`)} @click=${() => this.openItem(a.id)}>${action}</button>
    </li>`;
  }

  /** Opens an assignment (or the list): asks the portal, which writes `item`; on its own, follows itself. */
  private openItem(item: string | undefined): void {
    if (!requestOpen(this, item === undefined ? { view: 'forms' } : { view: 'forms', item })) this.item = item;
  }
}
