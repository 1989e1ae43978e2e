import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { formatDateTime, type MessageTemplate } from '@portico/core';
import { formStyles } from '../../auth/form.styles.js';
import { mutate, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { PorticoField } from '../../ui/field.js';
import '../../ui/state-loading.js';
import { sectionStyles } from './account.styles.js';
import { SectionSave } from './section-save.js';

const SUBJECT_MAX = 200;
const TEXT_MAX = 10_000;

/** Where the message being written waits: the signed-in user's own, not a client's. */
const CONTACT_DRAFT_KEY = ['account.contactDraft', {}] as const;

interface ContactDraft {
  templateId: string | null;
  subject: string;
  text: string;
}

/**
 * @tagname portico-account-contact
 * @summary Contact the practice (ACCT-6): start from a template that prefills the subject and
 * text, edit, send, and see a confirmation. A failed send keeps everything typed, and what is
 * being written is kept in the store's drafts (memory only) so it survives leaving the view.
 *
 * @csspart form - The message form.
 * @csspart confirmation - What is shown after sending.
 *
 * @fires portico-practice-contacted - The message reached the practice. `detail: { messageId }`.
 */
@localized()
export class PorticoAccountContact extends LitElement {
  static override styles = [baseStyles, buttonStyles, formStyles, sectionStyles, css`form { max-width: 40rem; }`];

  protected readonly s = new SessionController(this);

  // No templates is fine: the person writes their own message.
  private readonly templates = resource(this, 'account.listTemplates', () => ({}), { isEmpty: () => false });

  @state() private templateId: string | null = null;
  @state() private subject = '';
  @state() private text = '';
  @state() private errors: { subject?: string; text?: string } = {};
  @state() private sent: { id: string; receivedAt: string; subject: string } | undefined;

  private readonly saving = new SectionSave(this);

  override render() {
    const practice = this.s.state?.organisation.name;
    return html`<h3 tabindex="-1">${msg('Contact the practice')}</h3>
      <p class="intro">
        ${practice ? msg(str`Send a message to the team at ${practice}. For emergencies, call your local emergency number.`) : msg('Send a message to the practice. For emergencies, call your local emergency number.')}
      </p>
      ${this.sent
        ? this.renderSent(this.sent)
        : this.templates.render({
            loading: () => html`<portico-state-loading rows="4" label=${msg('Loading message templates')}></portico-state-loading>`,
            content: (templates) => this.renderForm(templates),
          })}`;
  }

  private renderSent(sent: { receivedAt: string; subject: string }) {
    const when = formatDateTime(sent.receivedAt, this.s.format);
    return html`<div part="confirmation">
      <p class="notice" role="status" tabindex="-1">${msg(str`Your message “${sent.subject}” was sent on ${when}. The practice will reply by email or phone.`)}</p>
      <p><button class="button" type="button" @click=${this.writeAnother}>${msg('Write another message')}</button></p>
    </div>`;
  }

  private renderForm(templates: MessageTemplate[]) {
    const e = this.errors;
    return html`<form part="form" novalidate @submit=${this.send}>
      ${templates.length
        ? html`<portico-field id="template" type="select" label=${msg('Start from a template')} hint=${msg('Choosing one fills in the subject and message; you can change both.')}
            .options=${[{ value: '', label: msg('No template — write my own') }, ...templates.map((t) => ({ value: t.id, label: t.label }))]}
            .value=${this.templateId ?? ''} @change=${(ev: Event) => this.choose(templates, (ev.target as PorticoField).value)}></portico-field>`
        : nothing}
      <portico-field id="subject" name="subject" label=${msg('Subject')} maxlength=${SUBJECT_MAX} required .value=${this.subject} .error=${e.subject ?? ''}
        @input=${(ev: Event) => this.edit({ subject: (ev.target as PorticoField).value })}></portico-field>
      <portico-field id="text" name="text" type="textarea" label=${msg('Your message')} maxlength=${TEXT_MAX} required .value=${this.text} .error=${e.text ?? ''}
        @input=${(ev: Event) => this.edit({ text: (ev.target as PorticoField).value })}></portico-field>
      ${this.saving.alert(msg('Your message was not sent.'), msg('What you wrote is still here.'))}
      ${this.saving.submit(msg('Send message'), msg('Try sending again'))}
    </form>`;
  }

  private choose(templates: MessageTemplate[], id: string): void {
    const template = templates.find((t) => t.id === id);
    this.templateId = template?.id ?? null;
    if (template) this.loadTemplate(template);
    this.errors = {};
    this.keepDraft();
  }

  private loadTemplate(template: MessageTemplate): void {
    this.templateId = template.id;
    this.subject = template.subject;
    this.text = template.text;
  }

  /** The default template is loaded once, into an empty form; afterwards the person's choice stands. */
  private defaultApplied = false;

  private edit(values: { subject?: string; text?: string }): void {
    if (values.subject !== undefined) this.subject = values.subject;
    if (values.text !== undefined) this.text = values.text;
    this.errors = {};
    this.keepDraft();
  }

  private restored = false;

  protected override update(changed: PropertyValues<this>): void {
    // After the controllers' hostUpdate, so the store is known: bring back what was typed before.
    if (!this.restored && this.templates.store) {
      this.restored = true;
      const kept = this.templates.store.drafts.get<ContactDraft>(CONTACT_DRAFT_KEY);
      if (kept) ({ templateId: this.templateId, subject: this.subject, text: this.text } = kept);
    }
    // A fresh message starts from the practice's default template (the header's envelope opens this).
    const templates = this.templates.data;
    if (!this.defaultApplied && templates) {
      this.defaultApplied = true;
      const fallback = templates.find((t) => t.isDefault);
      if (fallback && this.templateId === null && !this.subject && !this.text) this.loadTemplate(fallback);
    }
    super.update(changed);
  }

  /** Keeps the message being written in the store's drafts (memory only) until it is sent. */
  private keepDraft(): void {
    const drafts = this.templates.store?.drafts;
    if (!drafts) return;
    const draft: ContactDraft = { templateId: this.templateId, subject: this.subject, text: this.text };
    drafts.set(CONTACT_DRAFT_KEY, draft.subject || draft.text ? draft : undefined, { unsent: !!draft.text.trim() });
  }

  private readonly writeAnother = async (): Promise<void> => {
    this.sent = undefined;
    this.defaultApplied = false;
    this.templateId = null;
    this.subject = '';
    this.text = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#template, #subject')?.focus();
  };

  private readonly send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const store = this.templates.store;
    if (this.saving.busy || !store) return;
    const subject = this.subject.trim();
    const text = this.text.trim();
    this.errors = {
      ...(subject ? {} : { subject: msg('Enter a subject.') }),
      ...(text ? {} : { text: msg('Write your message.') }),
    };
    if (!subject || !text) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('portico-field[invalid]')?.focus();
      return;
    }
    const body = { templateId: this.templateId, subject, text };
    await this.saving.run(
      body,
      (idempotencyKey) => mutate(store, 'account.contactPractice', { body }, { idempotencyKey }),
      async (result) => {
        store.drafts.delete(CONTACT_DRAFT_KEY);
        this.sent = { id: result.id, receivedAt: result.receivedAt, subject };
        emit(this, 'portico-practice-contacted', { messageId: result.id });
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[role="status"]')?.focus();
      },
    );
  };
}

define('portico-account-contact', PorticoAccountContact);

declare global {
  interface HTMLElementTagNameMap {
    'portico-account-contact': PorticoAccountContact;
  }
  interface HTMLElementEventMap {
    'portico-practice-contacted': CustomEvent<{ messageId: string }>;
  }
}
