import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Attempt, isPorticoError, type PortalFile, type TeamMember } from '@portico/core';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import { filesStyles } from './files.styles.js';

/**
 * @tagname portico-files-share
 * @summary Part of `<portico-files>`: chooses which care-team members a file is shared with
 * (FILE-2), in a modal dialog with one checkbox per member. Hidden members are never offered
 * (TEAM-2). Focus returns to the opener on close.
 *
 * @csspart dialog - The `<dialog>`.
 *
 * @fires portico-file-shared - The sharing was saved. `detail: { fileId, memberIds }`.
 */
@localized()
export class PorticoFilesShare extends LitElement {
  static override styles = [baseStyles, buttonStyles, filesStyles];

  protected readonly s = new SessionController(this);

  // Same key as the Team view, so the directory is fetched once; only while the dialog is open.
  private readonly team = resource(this, 'team.list', () => !!this.file && this.s.clientId && { clientId: this.s.clientId }, {
    isEmpty: (members) => members.every((m) => m.hidden),
  });

  @state() private file: PortalFile | undefined;
  @state() private selected = new Set<string>();
  @state() private saving = false;
  @state() private failure = '';
  private opener: HTMLElement | undefined;
  private readonly attempt = new Attempt();

  async show(file: PortalFile, opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    this.file = file;
    this.selected = new Set(file.sharedWith);
    this.failure = '';
    this.attempt.reset();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const file = this.file;
    return html`<dialog part="dialog" aria-labelledby="share-heading" @close=${this.onClose} @cancel=${this.onCancel}>
      ${file
        ? html`<h3 id="share-heading" tabindex="-1">${msg(str`Share “${file.name}”`)}</h3>
            <form novalidate @submit=${this.onSubmit}>
              ${this.team.render({
                loading: () => html`<portico-state-loading rows="3" label=${msg('Loading the care team')}></portico-state-loading>`,
                empty: () => html`<p>${msg('There is no one on your care team to share with yet.')}</p>`,
                content: (members) => this.renderMembers(file, members.filter((m) => !m.hidden)),
              })}
              ${this.failure ? html`<p class="alert" id="share-error" role="alert">${this.failure}</p>` : nothing}
              <div class="dialog-actions">
                <button class="button" type="button" @click=${() => this.close()}>${msg('Cancel')}</button>
                <button class="button" data-variant="primary" type="submit" aria-busy=${this.saving ? 'true' : 'false'}
                  aria-disabled=${this.saving || !this.team.data ? 'true' : 'false'}>${this.saving ? msg('Saving…') : msg('Save sharing')}</button>
              </div>
            </form>`
        : nothing}
    </dialog>`;
  }

  private renderMembers(file: PortalFile, members: TeamMember[]) {
    const names = members.filter((m) => file.sharedWith.includes(m.id)).map((m) => m.name);
    return html`<p id="share-now">
        ${names.length
          ? msg(str`Shared now with: ${new Intl.ListFormat(this.s.format.locale).format(names)}.`)
          : msg('Not shared with anyone on your care team yet.')}
      </p>
      <fieldset aria-describedby=${this.failure ? 'share-now share-error' : 'share-now'}>
        <legend>${msg('Share with')}</legend>
        ${members.map(
          (m) => html`<div>
            <label><input type="checkbox" name="member" value=${m.id} .checked=${this.selected.has(m.id)}
              @change=${(e: Event) => this.toggle(m.id, (e.target as HTMLInputElement).checked)} />
              ${m.name}<span class="muted">, ${m.title}</span></label>
          </div>`,
        )}
      </fieldset>`;
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
    this.failure = '';
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const file = this.file;
    const store = this.team.store;
    const clientId = this.s.clientId;
    if (!file || !store || !clientId || this.saving || !this.team.data) return;
    const visible = new Set(this.team.data.filter((m) => !m.hidden).map((m) => m.id));
    const memberIds = [...this.selected].filter((id) => visible.has(id));
    // The same choice retried after a failure reuses its key, so it is stored once.
    const idempotencyKey = this.attempt.key([file.id, memberIds]);
    this.saving = true;
    this.failure = '';
    try {
      await mutate(store, 'files.share', { clientId, fileId: file.id, body: { memberIds } }, { idempotencyKey, invalidates: [['files', { clientId }]] });
      this.attempt.settle();
      this.saving = false;
      emit(this, 'portico-file-shared', { fileId: file.id, memberIds });
      this.close();
    } catch (error) {
      this.attempt.settle(error);
      this.saving = false;
      this.failure = isPorticoError(error) && error.kind === 'invalid-request' && error.message
        ? error.message
        : `${describeError(error).heading}. ${describeError(error).description}`;
    }
  };

  private readonly onCancel = (event: Event): void => {
    if (this.saving) event.preventDefault();
  };

  private readonly onClose = (): void => {
    const opener = this.opener;
    this.opener = undefined;
    this.file = undefined;
    if (opener?.isConnected) opener.focus();
  };
}

define('portico-files-share', PorticoFilesShare);

declare global {
  interface HTMLElementTagNameMap {
    'portico-files-share': PorticoFilesShare;
  }
  interface HTMLElementEventMap {
    'portico-file-shared': CustomEvent<{ fileId: string; memberIds: string[] }>;
  }
}
