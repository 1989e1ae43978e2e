import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { todayIn, type Profile } from '@portico/core';
import { formStyles } from '../../auth/form.styles.js';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { FieldType, PorticoField } from '../../ui/field.js';
import '../../ui/state-loading.js';
import { sectionStyles } from './account.styles.js';
import { SectionSave } from './section-save.js';
import { completionOf, draftOf, profileOf, validateProfile, type ProfileDraft, type ProfileField } from './profile-draft.js';

/** Where unsaved profile changes wait: the signed-in user's own, not a client's. */
const PROFILE_DRAFT_KEY = ['account.profileDraft', {}] as const;
/** The profile's store key (`account.getProfile` takes no input). */
const PROFILE_KEY = operationKey('account.getProfile', {});

interface KeptProfileDraft {
  draft: ProfileDraft;
  /** The profile the changes were made to. */
  source: Profile;
}

/**
 * @tagname portico-account-profile
 * @summary Contact details (ACCT-3) with a profile-completion meter that links to what is
 * missing. Part of `<portico-account>`; usable on its own inside `<portico-provider>`. Changes
 * not saved yet are kept in the store's drafts (memory only), so they survive leaving the view.
 *
 * @csspart completion - The completion meter and its list of missing details.
 * @csspart form - The contact-details form.
 *
 * @fires portico-profile-updated - The profile was saved. `detail: {}`.
 */
@localized()
export class PorticoAccountProfile extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    formStyles,
    sectionStyles,
    css`
      .completion {
        display: grid;
        gap: ${token('space-2')};
        margin: 0 0 ${token('space-5')};
        padding: ${token('space-4')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
        background: ${token('color-surface')};
        max-width: 48rem;
      }
      meter {
        width: 100%;
        height: 1rem;
      }
      .completion ul {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-1')} ${token('space-4')};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .completion p {
        margin: 0;
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  private readonly profile = resource(this, 'account.getProfile', () => ({}));

  /** What the user typed; a plain field (not reactive) so render may adopt fresh data into it. */
  private draft: ProfileDraft | undefined;
  @state() private errors: Partial<Record<ProfileField, string>> = {};
  @state() private submitted = false;
  @state() private saved = false;

  private readonly saving = new SectionSave(this);
  private draftSource: Profile | undefined;

  override render() {
    return html`<h3 tabindex="-1">${msg('Contact details')}</h3>
      ${this.profile.render({
        loading: () => html`<portico-state-loading rows="6" label=${msg('Loading your contact details')}></portico-state-loading>`,
        content: (profile) => this.renderContent(profile),
      })}`;
  }

  private renderContent(profile: Profile) {
    // Changes typed earlier and not saved (kept in the store's drafts, in memory) come back.
    if (!this.draft) {
      const kept = this.profile.store?.drafts.get<KeptProfileDraft>(PROFILE_DRAFT_KEY);
      if (kept) {
        this.draft = kept.draft;
        this.draftSource = kept.source;
      }
    }
    // Fresh data replaces the draft only while the user has not started editing it.
    if (!this.draft || (this.draftSource !== profile && !this.isDirty())) {
      this.draft = draftOf(profile);
      this.draftSource = profile;
    }
    return html`${this.renderCompletion(profile)}${this.renderForm()}`;
  }

  /** Keeps unsaved changes in the store's drafts so they outlive this element (cleared on sign-out). */
  private keepDraft(): void {
    const drafts = this.profile.store?.drafts;
    if (!drafts) return;
    if (this.draft && this.draftSource && this.isDirty()) drafts.set<KeptProfileDraft>(PROFILE_DRAFT_KEY, { draft: this.draft, source: this.draftSource });
    else drafts.delete(PROFILE_DRAFT_KEY);
  }

  private isDirty(): boolean {
    return !!this.draft && !!this.draftSource && JSON.stringify(this.draft) !== JSON.stringify(draftOf(this.draftSource));
  }

  private renderCompletion(profile: Profile) {
    const items = completionOf(profile);
    const done = items.filter((i) => i.done).length;
    const missing = items.filter((i) => !i.done);
    const percent = Math.round((done / items.length) * 100);
    return html`<section class="completion" part="completion" aria-labelledby="completion-label">
      <label id="completion-label" for="completion-meter" class="label">${msg('Profile completion')}</label>
      <meter id="completion-meter" min="0" max=${items.length} value=${done} low=${items.length - 1} optimum=${items.length}>${percent}%</meter>
      <p>${msg(str`${percent}% complete (${done} of ${items.length})`)}</p>
      ${missing.length
        ? html`<p id="missing-label">${msg('Still missing:')}</p>
            <ul aria-labelledby="missing-label">
              ${missing.map((m) => html`<li><a href=${`#profile-${m.field}`} @click=${(e: Event) => this.focusField(e, m.field)}>${m.label}</a></li>`)}
            </ul>`
        : html`<p>${msg('Your profile is complete. Thank you!')}</p>`}
    </section>`;
  }

  private focusField(event: Event, field: ProfileField): void {
    // Same-page link: move focus, never touch the URL (the portal's routes live in the hash).
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLElement>(`#profile-${field}`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }

  private input(field: ProfileField, label: string, options: { type?: FieldType; autocomplete?: string; optional?: boolean; hint?: string } = {}) {
    return html`<portico-field id=${`profile-${field}`} name=${field} type=${options.type ?? 'text'} label=${label} hint=${options.hint ?? ''}
      autocomplete=${options.autocomplete ?? 'off'} ?required=${!options.optional} ?optional=${!!options.optional}
      .error=${(this.submitted && this.errors[field]) || ''} .value=${this.draft?.[field] ?? ''}
      @input=${(e: Event) => this.edit(field, (e.target as PorticoField).value)}></portico-field>`;
  }

  private renderForm() {
    return html`<form part="form" novalidate @submit=${this.save}>
      <fieldset>
        <legend>${msg('Name')}</legend>
        <div class="grid">
          ${this.input('firstName', msg('First name'), { autocomplete: 'given-name' })}
          ${this.input('lastName', msg('Last name'), { autocomplete: 'family-name' })}
          ${this.input('preferredName', msg('Preferred name'), { autocomplete: 'nickname', optional: true, hint: msg('What you like to be called.') })}
          ${this.input('pronouns', msg('Pronouns'), { optional: true, hint: msg('For example she/her, he/him, they/them.') })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('How to reach you')}</legend>
        <div class="grid">
          ${this.input('email', msg('Email'), { type: 'email', autocomplete: 'email' })}
          ${this.input('phone', msg('Phone'), { type: 'tel', autocomplete: 'tel', optional: true })}
          ${this.input('dateOfBirth', msg('Date of birth'), { type: 'date', autocomplete: 'bday', optional: true })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('Home address')}</legend>
        <div class="grid">
          ${this.input('line1', msg('Street address'), { autocomplete: 'address-line1', optional: true })}
          ${this.input('line2', msg('Apartment, suite, etc.'), { autocomplete: 'address-line2', optional: true })}
          ${this.input('city', msg('City'), { autocomplete: 'address-level2', optional: true })}
          ${this.input('region', msg('State or region'), { autocomplete: 'address-level1', optional: true })}
          ${this.input('postalCode', msg('Postal code'), { autocomplete: 'postal-code', optional: true })}
          ${this.input('country', msg('Country'), { autocomplete: 'country-name', optional: true })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('Emergency contact')}</legend>
        <div class="grid">
          ${this.input('ecName', msg('Contact’s name'), { optional: true })}
          ${this.input('ecPhone', msg('Contact’s phone'), { type: 'tel', optional: true })}
          ${this.input('ecRelationship', msg('Relationship to you'), { optional: true })}
        </div>
      </fieldset>
      ${this.saving.alert(msg('Your changes were not saved.'))}
      ${this.saved ? html`<p class="notice" role="status">${msg('Your contact details were saved.')}</p>` : nothing}
      ${this.saving.submit(msg('Save contact details'), msg('Try saving again'))}
    </form>`;
  }

  private today(): string {
    return todayIn(this.s.format);
  }

  private edit(field: ProfileField, value: string): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, [field]: value };
    this.keepDraft();
    this.saved = false;
    this.requestUpdate();
    if (this.submitted) this.errors = validateProfile(this.draft, this.today());
  }

  private readonly save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.saving.busy || !this.draft) return;
    this.submitted = true;
    this.saved = false;
    this.errors = validateProfile(this.draft, this.today());
    const firstBad = Object.keys(this.errors)[0];
    if (firstBad) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#profile-${firstBad}`)?.focus();
      return;
    }
    const store = this.profile.store;
    if (!store) return;
    const body = profileOf(this.draft);
    await this.saving.run(
      body,
      (idempotencyKey) =>
        mutate(store, 'account.updateProfile', { body }, { idempotencyKey, onSuccess: (result, s) => s.setData<Profile>(PROFILE_KEY, () => result) }),
      (saved) => {
        this.draft = draftOf(saved);
        this.draftSource = saved;
        this.keepDraft();
        this.submitted = false;
        this.saved = true;
        emit(this, 'portico-profile-updated', {});
      },
    );
  };
}

define('portico-account-profile', PorticoAccountProfile);

declare global {
  interface HTMLElementTagNameMap {
    'portico-account-profile': PorticoAccountProfile;
  }
  interface HTMLElementEventMap {
    'portico-profile-updated': CustomEvent<Record<string, never>>;
  }
}
