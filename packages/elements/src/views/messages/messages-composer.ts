import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { formatFileSize, type TeamMember } from '@portico/core';
import type { PorticoSessionState } from '../../context.js';
import { SessionController } from '../../controllers/session-controller.js';
import { resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import { describeTypes, fileProblem } from './attachments.js';
import { NEW_THREAD, type Draft } from './drafts.js';
import { composerStyles } from './messages.styles.js';
import { failureText, type MessageSender } from './sender.js';

interface FieldErrors {
  recipients?: string;
  subject?: string;
  text?: string;
  files?: string[];
  submit?: string;
}

/**
 * @tagname portico-messages-composer
 * @summary Writes a reply in a thread, or a new thread (recipients from the care team, subject),
 * with attachments picked or dropped, checked against the practice's rules and uploaded with
 * progress. The draft lives in `<portico-messages>` memory, so it survives switching views.
 *
 * @csspart composer - The form.
 * @csspart recipients - The recipient checkboxes (new thread).
 * @csspart attachments - The list of picked files.
 * @csspart send-button - The Send button.
 */
@localized()
export class PorticoMessagesComposer extends LitElement {
  static override styles = [baseStyles, buttonStyles, composerStyles];

  protected readonly s = new SessionController(this);

  /** The session state; undefined while it loads. */
  private get session(): PorticoSessionState | undefined {
    return this.s.state;
  }

  @property({ attribute: false }) sender: MessageSender | undefined;

  /** The thread replied to, or `new` for a new thread. */
  @property({ attribute: 'thread-id' }) threadId = NEW_THREAD;

  /** Called with the new thread's id once a new thread is created. */
  @property({ attribute: false }) onCreated: ((threadId: string) => void) | undefined;

  /** Called when the person cancels a new thread. */
  @property({ attribute: false }) onCancel: (() => void) | undefined;

  @state() private errors: FieldErrors = {};
  @state() private busy = false;
  @state() private dragging = false;

  private unsubscribe: (() => void) | undefined;

  private readonly team = resource(this, 'team.list', () => this.isNew && this.s.clientId && { clientId: this.s.clientId }, {
    isEmpty: (members) => recipientsOf(members).length === 0,
  });

  private get isNew(): boolean {
    return this.threadId === NEW_THREAD;
  }

  private get draft(): Draft | undefined {
    return this.session && this.sender?.book.draft(this.session.clientId, this.threadId);
  }

  /** Moves focus to the first field. */
  focusFirstField(): void {
    this.renderRoot.querySelector<HTMLElement>('input[type="checkbox"], portico-field')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sender') || !this.unsubscribe) {
      this.unsubscribe?.();
      this.unsubscribe = this.sender?.book.subscribe(() => this.requestUpdate());
    }
    if (changed.has('threadId') && changed.get('threadId') !== undefined) this.errors = {};
  }

  /** After the controllers have updated (a cached team list is only known from here on). */
  protected override update(changed: PropertyValues<this>): void {
    if (this.isNew && this.team.data) this.keepOfferedRecipients(this.team.data);
    super.update(changed);
  }

  /**
   * Drops recipients the person is not offered (a hidden or unknown member asked for through
   * `compose-to`), so they are never shown as chosen and never sent to (TEAM-2).
   */
  private keepOfferedRecipients(members: readonly TeamMember[]): void {
    const session = this.session;
    const draft = this.draft;
    if (!session || !draft || !this.sender) return;
    const offered = new Set(recipientsOf(members).map((m) => m.id));
    if (draft.recipientIds.every((id) => offered.has(id))) return;
    this.sender.book.updateDraft(session.clientId, NEW_THREAD, (d) => (d.recipientIds = d.recipientIds.filter((id) => offered.has(id))));
  }

  override render() {
    const draft = this.draft;
    const rules = this.session?.organisation.rules;
    if (!draft || !rules) return nothing;
    const e = this.errors;
    const uploading = draft.attachments.some((a) => a.status === 'uploading');
    return html`<form
      part="composer"
      class=${this.dragging ? 'composer dragging' : 'composer'}
      novalidate
      aria-label=${this.isNew ? msg('New message') : msg('Reply')}
      @submit=${this.onSubmit}
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
    >
      ${this.isNew ? this.renderNewThreadFields(draft) : nothing}
      <!-- One field per thread: switching threads shows the other thread's draft, never this one's text. -->
      ${keyed(this.threadId, html`<portico-field
        id="text"
        class=${this.isNew ? 'field body new' : 'field body'}
        type="textarea"
        label=${this.isNew ? msg('Message') : msg('Reply')}
        rows=${this.isNew ? 6 : 3}
        maxlength="10000"
        .value=${live(draft.text)}
        .error=${e.text ?? ''}
        @input=${(ev: Event) => this.edit((d) => (d.text = (ev.target as PorticoField).value), 'text')}
        @keydown=${this.onKeyDown}
      ></portico-field>`)}
      ${this.renderAttachments(draft, rules)}
      ${e.submit ? html`<p class="submit-error" role="alert">${e.submit}</p>` : nothing}
      <div class="actions">
        <button class="button" data-variant="primary" part="send-button" type="submit" ?disabled=${this.busy}>
          ${this.busy ? msg('Sending…') : e.submit ? msg('Retry') : msg('Send')}
        </button>
        ${this.isNew ? html`<button class="button" type="button" @click=${() => this.onCancel?.()}>${msg('Cancel')}</button>` : nothing}
        ${uploading ? html`<span class="hint">${msg('Attachments are still uploading.')}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderNewThreadFields(draft: Draft) {
    const e = this.errors;
    return html`${this.team.render({
        loading: () => html`<portico-state-loading rows="2" label=${msg('Loading your care team')}></portico-state-loading>`,
        empty: () => html`<p class="field-error">${msg('There is nobody on your care team to message yet. Contact the practice.')}</p>`,
        content: (members) => html`<fieldset
          class="field recipients"
          part="recipients"
          aria-invalid=${e.recipients ? 'true' : 'false'}
          aria-describedby=${e.recipients ? 'recipients-error' : nothing}
        >
          <legend>${msg('Send to')}</legend>
          ${recipientsOf(members).map(
            (m) => html`<label class="check">
              <input
                type="checkbox"
                name="recipient"
                value=${m.id}
                .checked=${draft.recipientIds.includes(m.id)}
                @change=${(ev: Event) => this.toggleRecipient(m.id, (ev.target as HTMLInputElement).checked)}
              />
              <span>${m.name}</span> <span class="muted">${m.title}</span>
            </label>`,
          )}
          ${e.recipients ? html`<p class="field-error" id="recipients-error">${e.recipients}</p>` : nothing}
        </fieldset>`,
      })}
      <portico-field
        id="subject"
        class="field"
        label=${msg('Subject')}
        maxlength="200"
        autocomplete="off"
        .value=${live(draft.subject)}
        .error=${e.subject ?? ''}
        @input=${(ev: Event) => this.edit((d) => (d.subject = (ev.target as PorticoField).value), 'subject')}
      ></portico-field>`;
  }

  private renderAttachments(draft: Draft, rules: PorticoSessionState['organisation']['rules']) {
    const locale = this.s.format.locale;
    const files = this.errors.files ?? [];
    const limit = formatFileSize(rules.maxUploadBytes, { locale });
    const types = describeTypes(rules.acceptedUploadTypes);
    return html`<div class="field attach">
      <input
        id="files"
        class="visually-hidden"
        type="file"
        multiple
        accept=${rules.acceptedUploadTypes.join(',')}
        aria-invalid=${files.length ? 'true' : 'false'}
        aria-describedby=${files.length ? 'files-hint files-error' : 'files-hint'}
        @change=${this.onPick}
      />
      <label class="button attach-button" data-size="sm" for="files">${msg('Attach files')}</label>
      <p class="hint" id="files-hint">${msg(str`Or drop files here. ${types}; up to ${limit} each.`)}</p>
      ${files.length
        ? html`<div class="field-error" id="files-error" role="alert">
            <ul>
              ${files.map((f) => html`<li>${f}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${draft.attachments.length
        ? html`<ul class="attachments" part="attachments" aria-label=${msg('Attachments')}>
            ${draft.attachments.map(
              (a) => html`<li>
                <span class="name">${a.name}</span>
                <span class="muted">${formatFileSize(a.size, { locale })}</span>
                ${a.status === 'uploading'
                  ? html`<progress max="1" .value=${a.progress} aria-label=${msg(str`Uploading ${a.name}`)}></progress>`
                  : a.status === 'failed'
                    ? html`<span class="field-error">${msg(str`Upload failed: ${a.error ?? ''}`)}</span>`
                    : html`<span class="ok">${msg('Uploaded')}</span>`}
                <button class="button" data-variant="ghost" data-size="sm" type="button" aria-label=${msg(str`Remove ${a.name}`)} @click=${() => this.removeAttachment(a.localId)}>
                  ${msg('Remove')}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private edit(change: (draft: Draft) => void, field: keyof FieldErrors): void {
    const session = this.session;
    if (!session || !this.sender) return;
    this.sender.book.updateDraft(session.clientId, this.threadId, change);
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  private toggleRecipient(id: string, on: boolean): void {
    this.edit((d) => {
      d.recipientIds = on ? [...new Set([...d.recipientIds, id])] : d.recipientIds.filter((r) => r !== id);
    }, 'recipients');
  }

  private removeAttachment(id: string): void {
    this.sender?.removeAttachment(this.threadId, id);
    this.renderRoot.querySelector<HTMLElement>('#files')?.focus();
  }

  private readonly onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.addFiles([...(input.files ?? [])]);
    input.value = '';
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    this.addFiles([...(event.dataTransfer?.files ?? [])]);
  };

  /** Checks files against the practice's rules, then uploads the good ones. */
  addFiles(files: File[]): void {
    const rules = this.session?.organisation.rules;
    if (!rules || !this.sender || files.length === 0) return;
    const locale = this.s.format.locale;
    const problems: string[] = [];
    const good = files.filter((file) => {
      const problem = fileProblem(file, rules, locale);
      if (problem) problems.push(problem);
      return !problem;
    });
    this.errors = { ...this.errors, files: problems };
    this.sender.upload(this.threadId, good);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.submit();
    }
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private async submit(): Promise<void> {
    const draft = this.draft;
    if (!draft || !this.sender || this.busy) return;
    const errors: FieldErrors = { files: this.errors.files ?? [] };
    if (this.isNew) this.keepOfferedRecipients(this.team.data ?? []);
    if (this.isNew && draft.recipientIds.length === 0) errors.recipients = msg('Choose at least one person to message.');
    if (this.isNew && !draft.subject.trim()) errors.subject = msg('Add a subject.');
    if (!draft.text.trim()) errors.text = msg('Write a message first.');
    if (draft.attachments.some((a) => a.status === 'uploading')) errors.submit = msg('Wait until the attachments have finished uploading.');
    else if (draft.attachments.some((a) => a.status === 'failed')) errors.submit = msg('Remove the attachments that failed to upload, then send.');
    this.errors = errors;
    if (errors.recipients || errors.subject || errors.text || errors.submit) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('fieldset[aria-invalid="true"] input, portico-field[invalid], input[aria-invalid="true"]')?.focus();
      return;
    }
    if (!this.isNew) {
      if (this.sender.sendReply(this.threadId)) this.errors = {};
      this.renderRoot.querySelector<HTMLElement>('#text')?.focus();
      return;
    }
    this.busy = true;
    try {
      const { thread } = await this.sender.createThread();
      this.errors = {};
      this.onCreated?.(thread.id);
    } catch (error) {
      // The draft is kept as typed; Retry reuses its idempotency key.
      this.errors = { submit: msg(str`Your message was not sent. ${failureText(error)}`) };
    } finally {
      this.busy = false;
    }
  }
}

/** Whom a client may message: visible, messageable team members (TEAM-2, defence in depth). */
export function recipientsOf(members: readonly TeamMember[]): TeamMember[] {
  return members.filter((m) => !m.hidden && m.messageable);
}

define('portico-messages-composer', PorticoMessagesComposer);

declare global {
  interface HTMLElementTagNameMap {
    'portico-messages-composer': PorticoMessagesComposer;
  }
}
