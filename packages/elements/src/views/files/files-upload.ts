import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Attempt, formatFileSize, isPorticoError, type FileKind } from '@portico/core';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { audit } from '../../audit.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/field.js';
import type { FieldOption, PorticoField } from '../../ui/field.js';
import { filesStyles } from './files.styles.js';
import { FILE_KINDS, kindLabel } from './kinds.js';
import { acceptedTypesText, checkFile } from './upload-rules.js';

interface UploadItem {
  /** Local id of this row (not the file's id on the server). */
  id: number;
  file: File;
  kind: FileKind;
  description: string;
  /** Care-team members it is shared with as it is uploaded (#14.7). */
  shareWith: string[];
  /**
   * This row's write attempt: "Try again" after a lost answer reuses its key (stored once); after
   * a refusal nothing was stored, so the retry is a new attempt with a new key.
   */
  attempt: Attempt;
  status: 'uploading' | 'failed' | 'done';
  fraction: number;
  error: string;
}

let nextItemId = 1;

/**
 * @tagname portico-files-upload
 * @summary Part of `<portico-files>`: uploads files (FILE-2) by drag and drop onto the drop zone
 * or with the "Choose files" picker, with a kind and an optional description. Each file is
 * checked against the practice's accepted types and size limit before anything is sent; each
 * upload shows its progress, and a failed one can be tried again without picking it again.
 * "Share with" chooses care-team members the files are shared with as they are uploaded.
 * Files that come before "What is it?" is answered wait next to it; they go only when the person
 * presses "Upload", never on a change of the answer (WCAG 3.2.2: arrowing through the closed list
 * must not send a file under the first kind passed).
 *
 * @csspart dropzone - The drop zone around the picker.
 * @csspart queue - The list of uploads in progress, failed or done.
 * @csspart share-with - The "Share with" choice of care-team members for the next upload.
 *
 * @fires portico-file-uploaded - A file was uploaded. `detail: { fileId, kind }`.
 */
@localized()
export class PorticoFilesUpload extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    filesStyles,
    css`
      .form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
        gap: ${token('space-3')};
        margin-bottom: ${token('space-3')};
      }
      fieldset.share-with {
        margin: 0;
        padding: 0;
        border: 0;
      }
      .share-with .check {
        display: flex;
        align-items: center;
        gap: ${token('space-2')};
      }
      .share-with .check label {
        font-weight: normal;
        font-size: ${token('font-size-md')};
      }
      .share-with input {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0;
      }
      .dropzone {
        display: grid;
        justify-items: center;
        gap: ${token('space-2')};
        padding: ${token('space-5')} ${token('space-4')};
        border: 2px dashed ${token('color-border-strong')};
        border-radius: ${token('radius-lg')};
        background: ${token('color-surface-alt')};
        text-align: center;
      }
      .dropzone[data-dragging] {
        border-color: ${token('color-primary-text')};
        border-style: solid;
      }
      .dropzone[data-invalid] {
        border-color: ${token('color-danger')};
      }
      .dropzone p {
        margin: 0;
      }
      input[type='file']:focus-visible + label {
        outline: ${token('focus-width')} solid ${token('color-focus')};
        outline-offset: ${token('focus-offset')};
      }
      .hint {
        font-size: ${token('font-size-sm')};
        color: ${token('color-muted')};
      }
      .field-error {
        margin-top: ${token('space-2')};
        white-space: pre-line;
      }
      ul.queue {
        display: grid;
        gap: ${token('space-2')};
        margin: ${token('space-3')} 0 0;
        padding: 0;
        list-style: none;
      }
      .queue li {
        display: grid;
        gap: ${token('space-1')};
        padding: ${token('space-3')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
      }
      .queue .name {
        font-weight: ${token('font-weight-strong')};
        overflow-wrap: anywhere;
      }
      progress {
        width: 100%;
        accent-color: ${token('color-primary-text')};
      }
      @media (forced-colors: active) {
        .dropzone[data-dragging] {
          border-color: Highlight;
        }
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  /** The care team, for "Share with" (the same key as the Team view's, so fetched once). */
  private readonly team = resource(this, 'team.list', () => this.s.clientId && { clientId: this.s.clientId }, {
    isEmpty: (members) => members.every((m) => m.hidden),
  });

  /** What the person says the file is; required (a guess from the file type filed most as Other). */
  @state() private kind: FileKind | '' = '';
  /** Files picked or dropped before "What is it?" was answered: they go when "Upload" is pressed. */
  @state() private waiting: File[] = [];
  @state() private description = '';
  /** Members the next files are shared with as they go (#14.7). */
  @state() private shareWith = new Set<string>();
  @state() private rejections: string[] = [];
  @state() private items: UploadItem[] = [];
  @state() private dragging = false;
  @state() private announcement = '';

  override render() {
    const rules = this.s.state?.organisation.rules;
    const locale = this.s.format.locale;
    const invalid = this.rejections.length > 0;
    const describedBy = ['upload-hint', ...(invalid ? ['upload-error'] : [])].join(' ');
    const waiting = this.waiting.map((f) => f.name).join(', ');
    const kindInvalid = this.waiting.length > 0 && !this.kind;
    const kinds: FieldOption[] = [{ value: '', label: msg('Choose what the file is') }, ...FILE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))];
    return html`<div class="form">
        <div class="field">
          <portico-field id="upload-kind" type="select" label=${msg('What is it?')} required .options=${kinds} .value=${this.kind}
            hint=${this.waiting.length && this.kind ? msg(str`${waiting} will be uploaded as ${kindLabel(this.kind as FileKind)} when you press Upload.`) : ''}
            .error=${kindInvalid ? msg(str`Choose what ${waiting} is, then press Upload.`) : ''} @change=${this.onKind}></portico-field>
          ${this.waiting.length
            ? html`<div class="actions">
                <button id="upload-start" class="button" data-variant="primary" type="button"
                  aria-label=${msg(str`Upload ${waiting}`)} @click=${this.onStart}>${msg('Upload')}</button>
              </div>`
            : nothing}
        </div>
        <portico-field id="upload-description" type="textarea" label=${msg('Description (optional)')} maxlength="500" rows="2" .value=${this.description}
          @input=${(e: Event) => (this.description = (e.target as PorticoField).value)}></portico-field>
        ${this.renderShareWith()}
      </div>
      <div class="dropzone" part="dropzone" ?data-dragging=${this.dragging} ?data-invalid=${invalid}
        @dragenter=${this.onDragOver} @dragover=${this.onDragOver} @dragleave=${this.onDragLeave} @drop=${this.onDrop}>
        <p>${msg('Drag files here, or')}</p>
        <input id="upload-input" class="visually-hidden" type="file" multiple accept=${rules?.acceptedUploadTypes.join(',') ?? ''}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @change=${this.onPick} />
        <label for="upload-input" class="button" data-variant="primary">${msg('Choose files')}</label>
        <p id="upload-hint" class="hint">
          ${rules
            ? this.hint(rules.acceptedUploadTypes, rules.maxUploadBytes, locale)
            : nothing}
        </p>
      </div>
      ${invalid ? html`<p id="upload-error" class="field-error" role="alert">${this.rejections.join('\n')}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.items.length ? this.renderQueue() : nothing}`;
  }

  /** Checkboxes for the care team; nothing while it loads or if it cannot (sharing later still works). */
  private renderShareWith() {
    const members = (this.team.data ?? []).filter((m) => !m.hidden);
    if (members.length === 0) return nothing;
    return html`<fieldset class="field share-with" part="share-with">
      <legend>${msg('Share with (optional)')}</legend>
      ${members.map(
        (m) => html`<div class="check">
          <input type="checkbox" id=${`upload-share-${m.id}`} value=${m.id} .checked=${this.shareWith.has(m.id)}
            @change=${(e: Event) => {
              const next = new Set(this.shareWith);
              if ((e.target as HTMLInputElement).checked) next.add(m.id);
              else next.delete(m.id);
              this.shareWith = next;
            }} />
          <label for=${`upload-share-${m.id}`}>${m.name}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private sharedNames(ids: readonly string[]): string {
    const team = this.team.data ?? [];
    return ids.map((id) => team.find((m) => m.id === id)?.name ?? '').filter(Boolean).join(', ');
  }

  private hint(acceptedTypes: readonly string[], maxBytes: number, locale: string): string {
    const accepted = acceptedTypesText(acceptedTypes, locale);
    const limit = formatFileSize(maxBytes, { locale });
    return msg(str`Accepted: ${accepted}. Up to ${limit} each.`);
  }

  private renderQueue() {
    return html`<ul class="queue" part="queue" aria-label=${msg('Uploads')}>
      ${this.items.map((item) => {
        const name = item.file.name;
        return html`<li data-status=${item.status}>
          <span class="name">${name}</span>
          <span class="muted">${kindLabel(item.kind)}</span>
          ${item.shareWith.length ? html`<span class="muted">${msg(str`Shared with ${this.sharedNames(item.shareWith)}`)}</span>` : nothing}
          ${item.status === 'uploading'
            ? html`<progress max="1" .value=${item.fraction} aria-label=${msg(str`Uploading ${name}`)}></progress>
                <span class="muted">${msg(str`${Math.round(item.fraction * 100)}% sent`)}</span>`
            : nothing}
          ${item.status === 'done' ? html`<span>${msg('Uploaded')}</span>` : nothing}
          ${item.status === 'failed'
            ? html`<p class="field-error">${item.error}</p>
                <div class="actions">
                  <button class="button" data-size="sm" type="button" aria-label=${msg(str`Try again to upload ${name}`)} @click=${() => void this.send(item.id)}>${msg('Try again')}</button>
                  <button class="button" data-variant="ghost" data-size="sm" type="button" aria-label=${msg(str`Remove ${name} from the list`)} @click=${() => this.dismiss(item.id)}>${msg('Remove')}</button>
                </div>`
            : nothing}
          ${item.status === 'done'
            ? html`<div class="actions"><button class="button" data-variant="ghost" data-size="sm" type="button" aria-label=${msg(str`Remove ${name} from the list`)} @click=${() => this.dismiss(item.id)}>${msg('Remove')}</button></div>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /**
   * Checks and uploads files (what the picker and the drop zone both call). Files that come while
   * "What is it?" is unanswered, or while others wait for "Upload", join the waiting ones instead.
   */
  addFiles(files: readonly File[], start = false): void {
    const rules = this.s.state?.organisation.rules;
    if (!rules || files.length === 0) return;
    const locale = this.s.format.locale;
    const rejections: string[] = [];
    const accepted: UploadItem[] = [];
    for (const file of files) {
      const problem = checkFile(file, rules, locale);
      if (problem) {
        rejections.push(problem);
        continue;
      }
      const description = this.description.trim();
      accepted.push({
        id: nextItemId++, file, kind: this.kind || 'other', description, shareWith: [...this.shareWith],
        attempt: new Attempt(), status: 'uploading', fraction: 0, error: '',
      });
    }
    this.rejections = rejections;
    if (accepted.length === 0) return;
    if (!this.kind || (this.waiting.length > 0 && !start)) {
      // Ask rather than guess: the files wait next to the question, which takes focus.
      this.waiting = [...(start ? [] : this.waiting), ...accepted.map((a) => a.file)];
      if (!this.kind) void this.updateComplete.then(() => this.renderRoot.querySelector<PorticoField>('#upload-kind')?.focus());
      return;
    }
    this.waiting = [];
    // The kind and description went with these files; the next ones start afresh.
    this.description = '';
    this.kind = '';
    this.shareWith = new Set();
    this.items = [...this.items, ...accepted];
    for (const item of accepted) void this.send(item.id);
  }

  /** Only records the answer: a change of a list box must not start anything (WCAG 3.2.2). */
  private readonly onKind = (event: Event): void => {
    this.kind = (event.target as PorticoField).value as FileKind | '';
  };

  /** "Upload": sends the waiting files under the kind chosen, or asks for it again. */
  private readonly onStart = (): void => {
    const select = this.renderRoot.querySelector<PorticoField>('#upload-kind');
    if (!this.kind) {
      select?.focus();
      return;
    }
    this.addFiles(this.waiting, true);
    // The button goes with the files; focus returns to the picker for the next ones.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#upload-input')?.focus());
  };

  private patch(id: number, change: Partial<UploadItem>): void {
    this.items = this.items.map((i) => (i.id === id ? { ...i, ...change } : i));
  }

  private dismiss(id: number): void {
    this.items = this.items.filter((i) => i.id !== id);
    this.renderRoot.querySelector<HTMLElement>('#upload-input')?.focus();
  }

  private async send(id: number): Promise<void> {
    const item = this.items.find((i) => i.id === id);
    const store = this.team.store;
    const clientId = this.s.clientId;
    if (!item || !store || !clientId) return;
    this.patch(id, { status: 'uploading', fraction: 0, error: '' });
    try {
      const body = {
        file: item.file, fileName: item.file.name, kind: item.kind,
        ...(item.description ? { description: item.description } : {}),
        ...(item.shareWith.length ? { shareWith: item.shareWith.join(',') } : {}),
      };
      const uploaded = await mutate(store, 'files.upload', { clientId, body }, {
        // One attempt per row, so the row is the intent. A stored upload is never retried (its row
        // offers only Remove), so only a failure needs settling.
        idempotencyKey: item.attempt.key(),
        onUploadProgress: ({ fraction }) => this.patch(id, { fraction }),
        invalidates: [['files', { clientId }]],
      });
      this.patch(id, { status: 'done', fraction: 1 });
      this.announcement = msg(str`Uploaded ${item.file.name}.`);
      emit(this, 'portico-file-uploaded', { fileId: uploaded.id, kind: uploaded.kind });
      audit(this, { type: 'file-uploaded', fileId: uploaded.id });
    } catch (error) {
      item.attempt.settle(error);
      const message = this.describeFailure(error, item.file);
      this.patch(id, { status: 'failed', error: message });
      this.announcement = message;
    }
  }

  private describeFailure(error: unknown, file: File): string {
    const rules = this.s.state?.organisation.rules;
    const locale = this.s.format.locale;
    if (isPorticoError(error) && error.kind === 'invalid-request') {
      if (rules && (error.code === 'unsupported-file-type' || error.code === 'file-too-large')) {
        const accepted = acceptedTypesText(rules.acceptedUploadTypes, locale);
        const limit = formatFileSize(rules.maxUploadBytes, { locale });
        return error.code === 'unsupported-file-type'
          ? msg(str`The practice did not accept “${file.name}”: this file type is not allowed. Accepted: ${accepted}.`)
          : msg(str`The practice did not accept “${file.name}”: it is larger than the ${limit} limit.`);
      }
      return msg(str`The practice did not accept “${file.name}”: ${error.message}`);
    }
    const { heading, description } = describeError(error);
    return msg(str`“${file.name}” was not uploaded. ${heading}. ${description}`);
  }

  private readonly onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so picking the same file again fires `change` again.
    input.value = '';
    this.addFiles(files);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging = false;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    this.addFiles([...(event.dataTransfer?.files ?? [])]);
  };
}

define('portico-files-upload', PorticoFilesUpload);

declare global {
  interface HTMLElementTagNameMap {
    'portico-files-upload': PorticoFilesUpload;
  }
  interface HTMLElementEventMap {
    'portico-file-uploaded': CustomEvent<{ fileId: string; kind: FileKind }>;
  }
}
