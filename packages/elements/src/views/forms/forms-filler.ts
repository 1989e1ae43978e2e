import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Attempt, formatDate, isPorticoError, type FormAnswers, type FormAssignment, type FormDefinition, type Signature } from '@portico/core';
import { audit } from '../../audit.js';
import { requestOpen } from '../../controllers/intents.js';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import { PressGuard } from '../../ui/press-guard.js';
import '../../ui/state-loading.js';
import { controlId, renderField, type FieldHost } from './form-fields.js';
import { defaultMode, renderSignature, signatureErrors, type SignatureDraft, type SignatureHost } from './form-signature.js';
import { answersToSend, groupItems, labelForPath, validateAnswers, type AnswerLeaf, type FieldError } from './form-validation.js';
import { fillerStyles } from './forms-filler.styles.js';
import { ProgressSaver, type SaveStatus } from './progress-saver.js';

/**
 * @tagname portico-forms-filler
 * @summary One assigned form (FORM-1): its sections and fields, answers saved as the person
 * goes and restored on return, validation next to each field with a summary on submit, the
 * e-signature, and submission. Used by `<portico-forms>`.
 *
 * @csspart form - The form.
 * @csspart location - The practice's location at the head of the form; left out when the practice hides location addresses on forms (`hideLocation`).
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart save-status - "Saved" / "Not saved".
 * @csspart signature - The signature section.
 * @csspart signature-preview - The signer's name and date under the signature.
 * @csspart submit-button - The Submit button.
 *
 * @fires portico-form-submitted - The form was submitted. `detail: { assignmentId, documentId }` (the completed form's document in Files).
 * @fires portico-open-requested - "View in Files" after submitting: the intent `{ view: 'files', item: documentId }`.
 */
@localized()
export class PorticoFormsFiller extends LitElement implements FieldHost, SignatureHost {
  static override styles = [baseStyles, buttonStyles, fillerStyles];

  protected readonly s = new SessionController(this);

  /** The assignment to fill in. */
  @property({ attribute: false }) assignment: FormAssignment | undefined;

  /** Which form to load: none once it is submitted (or before the session and assignment are known). */
  private readonly params = () =>
    this.s.clientId && this.assignment && this.assignment.status !== 'submitted'
      ? { clientId: this.s.clientId, assignmentId: this.assignment.id }
      : undefined;

  protected readonly definition = resource(this, 'forms.getDefinition', this.params, { isEmpty: () => false });

  protected readonly progress = resource(this, 'forms.getProgress', this.params, { isEmpty: () => false });

  @state() answers: FormAnswers = {};
  @state() signature: SignatureDraft = { mode: 'typed', name: '', image: null };
  @state() private errors = new Map<string, string>();
  @state() private summary: FieldError[] = [];
  @state() private attempted = false;
  @state() private saveStatus: SaveStatus = 'idle';
  @state() private saveError: unknown;
  @state() private submitting = false;
  @state() private submitError: unknown;
  @state() private result: FormAssignment | undefined;

  private restored = false;
  /** Blur errors wait for a press (e.g. on Submit) to end, so they cannot move it (#10.16). */
  private readonly press = new PressGuard(this);
  /**
   * The submission's idempotency key: the same while the same answers and signature are sent
   * again after a lost answer (stored once), a new one after the backend answered or refused, or
   * once the person changed an answer (#11).
   */
  private readonly submitAttempt = new Attempt();
  /** When the form was signed, kept with the key it was sent under, so a retry sends the same body. */
  private signed: { key: string; at: string } | undefined;
  private readonly keys = new Map<string, number[]>();
  private nextKey = 0;
  private saver: ProgressSaver | undefined;
  private saverFor = '';

  get today(): string {
    return formatDate(new Date(), this.s.format, 'long');
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onLeave);
  }

  override disconnectedCallback(): void {
    // Leaving the form (back to the list, another view): save what is not saved yet.
    this.onLeave();
    this.submitAttempt.reset();
    window.removeEventListener('pagehide', this.onLeave);
    super.disconnectedCallback();
  }

  private readonly onLeave = (): void => {
    void this.saver?.flush();
  };

  protected override willUpdate(): void {
    const params = this.params();
    if (params) {
      if (!this.saver || this.saverFor !== `${params.clientId}/${params.assignmentId}`) {
        void this.saver?.flush();
        this.saverFor = `${params.clientId}/${params.assignmentId}`;
        this.saver = new ProgressSaver({
          store: () => this.progress.store,
          ...params,
          answers: () => this.answers,
          onStatus: (status, error) => {
            this.saveStatus = status;
            this.saveError = error;
          },
        });
      }
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // Here, not in willUpdate: the resource controllers pick up cached data in their
    // hostUpdate, which runs after willUpdate. Restoring earlier would render empty fields from
    // a warm cache and restore only on the next keystroke, dropping what was typed.
    this.restore();
    super.update(changed);
  }

  /**
   * Restores the answers once: those typed and not saved yet (kept in the store's drafts, e.g.
   * offline), else the saved progress. Later refreshes of the cache must not overwrite typing.
   */
  private restore(): void {
    if (this.restored || !this.progress.data || !this.definition.data) return;
    this.restored = true;
    const unsaved = this.saver?.unsavedDraft();
    this.answers = structuredClone(unsaved ?? this.progress.data.answers);
    // Still not saved: try again now (and say so if it fails).
    if (unsaved) this.saver?.changed();
    if (this.definition.data.signature) this.signature = { ...this.signature, mode: defaultMode(this.definition.data.signature) };
  }

  override render() {
    const assignment = this.assignment;
    if (!assignment) return html`<portico-state-loading rows="6" label=${msg('Loading the form')}></portico-state-loading>`;
    if (this.result || assignment.status === 'submitted') return this.renderSubmitted(this.result ?? assignment);
    return html`
      <h2 tabindex="-1">${assignment.title}</h2>
      ${this.definition.render({
        loading: () => html`<portico-state-loading rows="6" label=${msg('Loading the form')}></portico-state-loading>`,
        content: (definition) =>
          this.progress.render({
            loading: () => html`<portico-state-loading rows="6" label=${msg('Loading your saved answers')}></portico-state-loading>`,
            content: () => this.renderForm(definition),
          }),
      })}
    `;
  }

  private renderSubmitted(assignment: FormAssignment) {
    const ctx = this.s.format;
    return html`<div class="submitted">
      <h2 tabindex="-1">${msg(str`“${assignment.title}” is submitted`)}</h2>
      <p>${msg(str`Submitted ${formatDate(assignment.updatedAt, ctx, 'long')}. Thank you.`)}</p>
      ${assignment.documentId
        ? html`<p>${msg('A copy of the completed form is in your files.')}</p>
            <button class="button" type="button" @click=${() => requestOpen(this, { view: 'files', item: assignment.documentId ?? undefined })}>
              ${msg('View in Files')}
            </button>`
        : nothing}
    </div>`;
  }

  private renderForm(definition: FormDefinition) {
    // The backend leaves the location out when the switch is on; the element checks it too.
    const location = definition.location && this.s.can('forms.location') ? definition.location : undefined;
    return html`
      ${location
        ? html`<address class="intro" part="location">${msg('Practice location:')} ${location.name}, ${location.address}</address>`
        : nothing}
      ${definition.description ? html`<p class="intro">${definition.description}</p>` : nothing}
      <p class="intro">${msg('Questions are required unless marked optional. Your answers are saved as you go.')}</p>
      ${this.renderSummary()}
      <form part="form" novalidate @submit=${(e: Event) => this.submit(e, definition)}>
        ${definition.sections.map(
          (section) => html`<section class="section" aria-labelledby=${`section-${section.id}`}>
            <h3 id=${`section-${section.id}`}>${section.title}</h3>
            ${section.description ? html`<p class="intro">${section.description}</p>` : nothing}
            ${section.fields.map((field) => renderField(field, this))}
          </section>`,
        )}
        ${definition.signature ? renderSignature(definition.signature, this) : nothing}
        <div class="actions">
          ${this.submitError
            ? html`<p class="submit-error" role="alert">
                ${msg(str`Could not submit the form: ${describeError(this.submitError).heading}.`)} ${describeError(this.submitError).description}
                ${msg('Your answers are kept.')}
              </p>`
            : nothing}
          <button class="button" data-variant="primary" part="submit-button" type="submit" aria-busy=${this.submitting ? 'true' : 'false'} aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? msg('Submitting…') : msg('Submit form')}
          </button>
          ${this.renderSaveStatus()}
        </div>
      </form>
    `;
  }

  private renderSaveStatus() {
    const status = this.saveStatus;
    const busy = status === 'pending' || status === 'saving';
    return html`<div class="save-status" part="save-status">
      ${busy ? html`<span class="saving" aria-hidden="true">${msg('Saving…')}</span>` : nothing}
      <span role="status">
        ${status === 'saved' ? msg('Saved') : nothing}
        ${status === 'error'
          ? html`<span class="save-error">${msg(str`Not saved: ${describeError(this.saveError).heading}. Your answers are still here.`)}</span>
              <button class="button" data-size="sm" type="button" @click=${() => void this.saver?.flush()}>${msg('Save now')}</button>`
          : nothing}
      </span>
    </div>`;
  }

  private renderSummary() {
    if (!this.attempted || this.summary.length === 0) return nothing;
    const count = this.summary.length;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${count === 1 ? msg('There is a problem with 1 answer') : msg(str`There are problems with ${count} answers`)}</h3>
      <ul>
        ${this.summary.map(
          (e) => html`<li><a href=${`#${controlId(e.path)}`} @click=${(event: Event) => { event.preventDefault(); this.focusPath(e.path); }}>${`${e.label}: ${e.message}`}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  // --- FieldHost / SignatureHost -------------------------------------------------------------

  errorFor(path: string): string | undefined {
    return this.errors.get(path);
  }

  setValue(path: string, value: AnswerLeaf): void {
    const [groupId, index, sub] = path.split('.');
    if (groupId !== undefined && index !== undefined && sub !== undefined) {
      const items = groupItems(this.answers[groupId]).slice();
      items[Number(index)] = { ...items[Number(index)], [sub]: value };
      this.answers = { ...this.answers, [groupId]: items };
    } else {
      this.answers = { ...this.answers, [path]: value };
    }
    this.changed(path);
  }

  setSignature(change: Partial<SignatureDraft>): void {
    this.signature = { ...this.signature, ...change };
    this.revalidate();
  }

  blurred(path: string): void {
    this.press.afterPress(() => this.showBlurError(path));
  }

  private showBlurError(path: string): void {
    if (this.attempted) return;
    // Before a submit, show format problems as soon as the person leaves a field they filled.
    const error = this.allErrors().find((e) => e.path === path);
    const next = new Map(this.errors);
    if (error && !this.isBlankAt(path)) next.set(path, error.message);
    else next.delete(path);
    this.errors = next;
  }

  itemKeys(groupId: string, count: number): readonly number[] {
    const keys = this.keys.get(groupId) ?? [];
    while (keys.length < count) keys.push(this.nextKey++);
    keys.length = count;
    this.keys.set(groupId, keys);
    return keys;
  }

  async addItem(groupId: string): Promise<void> {
    const items = [...groupItems(this.answers[groupId]), {}];
    this.answers = { ...this.answers, [groupId]: items };
    this.changed(groupId);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[id="item-${CSS.escape(groupId)}-${items.length - 1}"] :is(portico-field, input)`)?.focus();
  }

  async removeItem(groupId: string, index: number): Promise<void> {
    const items = groupItems(this.answers[groupId]).filter((_, i) => i !== index);
    this.keys.get(groupId)?.splice(index, 1);
    this.answers = { ...this.answers, [groupId]: items };
    this.changed(groupId);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(controlId(groupId))}"]`)
      ?? this.renderRoot.querySelector<HTMLElement>(`[id="item-${CSS.escape(groupId)}-${Math.max(0, index - 1)}"] :is(portico-field, input)`);
    target?.focus();
  }

  // --- validation, saving, submitting ---------------------------------------------------------

  private allErrors(): FieldError[] {
    const definition = this.definition.data;
    if (!definition) return [];
    return [...validateAnswers(definition, this.answers, this.s.format.locale), ...signatureErrors(definition.signature, this.signature, this.s.state?.user.name)];
  }

  private isBlankAt(path: string): boolean {
    const [groupId, index, sub] = path.split('.');
    const value = index !== undefined && sub !== undefined ? groupItems(this.answers[groupId!])[Number(index)]?.[sub] : this.answers[path];
    return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  }

  private changed(path: string): void {
    this.saver?.changed();
    if (this.attempted) this.revalidate();
    else if (this.errors.has(path)) this.blurred(path);
  }

  /** After a submit attempt, errors follow the answers: fixed ones go away at once. */
  private revalidate(): void {
    if (!this.attempted) return;
    const errors = this.allErrors();
    this.errors = new Map(errors.map((e) => [e.path, e.message]));
    this.summary = errors;
  }

  private focusPath(path: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(controlId(path))}"]`);
    const focusable = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input:checked, input') : target;
    focusable?.focus();
  }

  private async submit(event: Event, definition: FormDefinition): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;
    this.attempted = true;
    this.submitError = undefined;
    this.revalidate();
    if (this.summary.length > 0) return this.focusSummary();
    const { store } = this.definition;
    const params = this.params();
    if (!store || !params) return;
    this.submitting = true;
    await this.saver?.stop();
    const answers = answersToSend(definition, this.answers);
    const unsigned = this.buildSignature(definition);
    const idempotencyKey = this.submitAttempt.key([params, answers, unsigned]);
    if (this.signed?.key !== idempotencyKey) this.signed = { key: idempotencyKey, at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
    const signature = unsigned && ({ ...unsigned, signedAt: this.signed.at } as Signature);
    try {
      const result = await mutate(store, 'forms.submit', { ...params, body: { answers, signature } }, {
        idempotencyKey,
        invalidates: ['forms', 'files', 'tasks', 'dashboard'],
      });
      this.submitAttempt.settle();
      this.result = result;
      this.saver?.discardDraft();
      emit(this, 'portico-form-submitted', { assignmentId: result.id, documentId: result.documentId });
      if (signature) audit(this, { type: 'form-signed', assignmentId: result.id });
      await this.updateComplete;
      this.focusHeading();
    } catch (error) {
      this.submitAttempt.settle(error);
      this.saver?.resume();
      const issues = isPorticoError(error) ? error.issues.filter((i) => i.path) : [];
      if (isPorticoError(error) && error.kind === 'invalid-request' && issues.length > 0) {
        // The practice's system found problems the form did not: show them like our own.
        const labelOf = (path: string) => (path.startsWith('signature') ? msg('Your full name') : labelForPath(definition, path)) ?? msg('Answer');
        this.summary = issues.map((i) => {
          const path = i.path.replace(/^body\.answers\./, '');
          return { path, label: labelOf(path), message: i.message };
        });
        this.errors = new Map(this.summary.map((e) => [e.path, e.message]));
        await this.focusSummary();
      } else {
        this.submitError = error;
        if (isPorticoError(error) && error.kind === 'conflict') store.invalidate(operationKey('forms.listAssignments', { clientId: params.clientId }));
      }
    } finally {
      this.submitting = false;
    }
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  /** The signature to send, but for when it was signed (that belongs to the attempt). */
  private buildSignature(definition: FormDefinition): Omit<Signature, 'signedAt'> | null {
    if (!definition.signature) return null;
    const { mode, name, image } = this.signature;
    return mode === 'drawn' && image ? { kind: 'drawn', signerName: name.trim(), image } : { kind: 'typed', signerName: name.trim(), text: name.trim() };
  }
}

define('portico-forms-filler', PorticoFormsFiller);

declare global {
  interface HTMLElementTagNameMap {
    'portico-forms-filler': PorticoFormsFiller;
  }
  interface HTMLElementEventMap {
    'portico-form-submitted': CustomEvent<{ assignmentId: string; documentId: string | null }>;
  }
}
