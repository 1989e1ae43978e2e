import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { NotificationEvent, NotificationPreferences } from '@portico/core';
import { formStyles } from '../../auth/form.styles.js';
import { mutate, operationKey, resource } from '../../controllers/resource.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { getPorticoLocale, setPorticoLocale } from '../../i18n/localization.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/field.js';
import type { FieldOption, PorticoField } from '../../ui/field.js';
import '../../ui/state-loading.js';
import { sectionStyles } from './account.styles.js';
import { SectionSave } from './section-save.js';
import { timeZoneGroups } from './time-zone-options.js';

type EventName = NotificationEvent;
type Channel = 'email' | 'sms';

// A record, so the compiler insists on every event of the contract's enum (in table order).
const EVENT_ORDER: Record<EventName, number> = {
  'appointment-created': 0, 'appointment-cancelled': 1, 'appointment-rescheduled': 2, 'appointment-deleted': 3,
  'request-confirmed': 4, 'request-declined': 5, 'request-decision-undone': 6, 'new-message': 7, 'new-document': 8,
  'invoice-due': 9,
};
const EVENTS = (Object.keys(EVENT_ORDER) as EventName[]).sort((a, b) => EVENT_ORDER[a] - EVENT_ORDER[b]);
const REMINDER_HOURS = [1, 2, 4, 24, 48] as const;

function eventLabel(event: EventName): string {
  switch (event) {
    case 'appointment-created': return msg('Appointment booked');
    case 'appointment-cancelled': return msg('Appointment cancelled');
    case 'appointment-rescheduled': return msg('Appointment rescheduled');
    case 'appointment-deleted': return msg('Appointment removed');
    case 'request-confirmed': return msg('Appointment request confirmed');
    case 'request-declined': return msg('Appointment request declined');
    case 'request-decision-undone': return msg('Appointment request confirmation or decline undone');
    case 'new-message': return msg('New message');
    case 'new-document': return msg('New document');
    case 'invoice-due': return msg('Invoice due');
  }
}

function channelLabel(channel: Channel): string {
  return channel === 'email' ? msg('Email') : msg('Text message (SMS)');
}

/** The languages messages can be sent in, each named in itself. */
const LANGUAGES: readonly FieldOption[] = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'es', label: 'Español', lang: 'es' },
];

/**
 * @tagname portico-account-notifications
 * @summary Notification preferences (ACCT-4): email / SMS per event, appointment reminders,
 * time zone and language. Changing the language switches Portico's text at once with
 * `setPorticoLocale()` and reloads the session, so the portal's formatting follows.
 *
 * @csspart table - The events × channels table.
 * @csspart form - The preferences form.
 *
 * @fires portico-preferences-updated - Preferences were saved. `detail: { language, timeZone }`.
 */
@localized()
export class PorticoAccountNotifications extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    formStyles,
    sectionStyles,
    css`
      .table-wrap {
        max-width: 100%;
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        min-width: min(100%, 28rem);
      }
      th,
      td {
        padding: ${token('space-2')} ${token('space-3')};
        border-bottom: 1px solid ${token('color-border')};
        text-align: start;
      }
      td {
        text-align: center;
      }
      thead th {
        font-size: ${token('font-size-sm')};
      }
      caption {
        text-align: start;
        font-weight: ${token('font-weight-strong')};
        padding-bottom: ${token('space-2')};
      }
      .hours-group {
        padding: 0;
        border: 0;
      }
      .hours {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')} ${token('space-4')};
      }
    `,
  ];

  /** The form's copy of the preferences (not reactive; render adopts fresh data into it). */
  private draft: NotificationPreferences | undefined;
  private draftSource: NotificationPreferences | undefined;

  @state() private saved = false;
  @state() private hoursError = false;

  private readonly saving = new SectionSave(this);

  private readonly preferences = resource(this, 'account.getPreferences', () => ({}));

  override render() {
    return html`<h3 tabindex="-1">${msg('Notifications and language')}</h3>
      <p class="intro">${msg('Choose how the practice lets you know when something happens.')}</p>
      ${this.preferences.render({
        loading: () => html`<portico-state-loading rows="6" label=${msg('Loading your preferences')}></portico-state-loading>`,
        content: (prefs) => {
          const dirty = this.draft && this.draftSource && JSON.stringify(this.draft) !== JSON.stringify(this.draftSource);
          if (!this.draft || (this.draftSource !== prefs && !dirty)) {
            this.draft = structuredClone(prefs);
            this.draftSource = prefs;
          }
          return this.renderForm(this.draft);
        },
      })}`;
  }

  private change(update: (draft: NotificationPreferences) => void): void {
    if (!this.draft) return;
    const next = structuredClone(this.draft);
    update(next);
    this.draft = next;
    this.saved = false;
    this.hoursError = false;
    this.requestUpdate();
  }

  private renderForm(d: NotificationPreferences) {
    const channels: Channel[] = ['email', 'sms'];
    return html`<form part="form" novalidate @submit=${this.save}>
      <div class="table-wrap">
        <table part="table">
          <caption>${msg('Tell me about')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Event')}</th>
              ${channels.map((c) => html`<th scope="col">${channelLabel(c)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${EVENTS.map(
              (event) => html`<tr>
                <th scope="row">${eventLabel(event)}</th>
                ${channels.map(
                  (channel) => html`<td>
                    <input type="checkbox" name=${`${event}-${channel}`}
                      aria-label=${msg(str`${eventLabel(event)}: ${channelLabel(channel)}`)}
                      .checked=${d.events[event]?.[channel] ?? false}
                      @change=${(e: Event) => this.change((draft) => {
                        const current = draft.events[event] ?? { email: false, sms: false };
                        draft.events[event] = { ...current, [channel]: (e.target as HTMLInputElement).checked };
                      })} />
                  </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend>${msg('Appointment reminders')}</legend>
        <div class="check">
          <input id="reminders" type="checkbox" .checked=${d.reminders.enabled}
            @change=${(e: Event) => this.change((draft) => (draft.reminders.enabled = (e.target as HTMLInputElement).checked))} />
          <label for="reminders">${msg('Remind me before appointments')}</label>
        </div>
        ${d.reminders.enabled ? this.renderHours(d) : nothing}
      </fieldset>
      <div class="grid">
        <portico-field id="time-zone" type="select" label=${msg('Time zone')} autocomplete="off" .value=${d.timeZone}
          .options=${timeZoneGroups(d.timeZone, getPorticoLocale()).flatMap((group) => group.zones.map((z) => ({ value: z.id, label: z.label, group: group.label })))}
          @change=${(e: Event) => this.change((draft) => (draft.timeZone = (e.target as PorticoField).value))}></portico-field>
        <portico-field id="language" type="select" label=${msg('Language')} .value=${d.language} .options=${LANGUAGES}
          @change=${(e: Event) => this.change((draft) => (draft.language = (e.target as PorticoField).value as NotificationPreferences['language']))}></portico-field>
      </div>
      ${this.saving.alert(msg('Your preferences were not saved.'))}
      ${this.saved ? html`<p class="notice" role="status">${msg('Your preferences were saved.')}</p>` : nothing}
      ${this.saving.submit(msg('Save preferences'), msg('Try saving again'))}
    </form>`;
  }

  private renderHours(d: NotificationPreferences) {
    const options = [...new Set([...REMINDER_HOURS, ...d.reminders.hoursBefore])].sort((a, b) => a - b);
    // A group of boxes is a fieldset named by its legend; its error is tied to the group and shown in it.
    return html`<fieldset class="hours-group" aria-describedby=${this.hoursError ? 'hours-error' : nothing}>
      <legend>${msg('How long before')}</legend>
      <div class="hours">
        ${options.map(
          (h) => html`<div class="check">
            <input id=${`hours-${h}`} type="checkbox" .checked=${d.reminders.hoursBefore.includes(h)} aria-invalid=${this.hoursError ? 'true' : 'false'}
              @change=${(e: Event) => this.change((draft) => {
                const on = (e.target as HTMLInputElement).checked;
                const rest = draft.reminders.hoursBefore.filter((x) => x !== h);
                draft.reminders.hoursBefore = (on ? [...rest, h] : rest).sort((a, b) => b - a);
              })} />
            <label for=${`hours-${h}`}>${h === 1 ? msg('1 hour') : msg(str`${h} hours`)}</label>
          </div>`,
        )}
      </div>
      ${this.hoursError ? html`<p class="field-error" id="hours-error">${msg('Choose at least one reminder time, or turn reminders off.')}</p>` : nothing}
    </fieldset>`;
  }

  private readonly save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const draft = this.draft;
    const store = this.preferences.store;
    if (this.saving.busy || !draft || !store) return;
    if (draft.reminders.enabled && draft.reminders.hoursBefore.length === 0) {
      this.hoursError = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[id^="hours-"]')?.focus();
      return;
    }
    const body = structuredClone(draft);
    const languageChanged = body.language !== this.draftSource?.language;
    const zoneChanged = body.timeZone !== this.draftSource?.timeZone;
    this.saved = false;
    await this.saving.run(
      body,
      (idempotencyKey) =>
        mutate(store, 'account.updatePreferences', { body }, {
          idempotencyKey,
          onSuccess: (r, s) => s.setData<NotificationPreferences>(operationKey('account.getPreferences', {}), () => r),
          // The session carries the user's language and zone, which the portal's config follows.
          invalidates: languageChanged || zoneChanged ? ['session.get'] : [],
        }),
      async (result) => {
        this.draft = structuredClone(result);
        this.draftSource = result;
        this.saved = true;
        if (languageChanged) await setPorticoLocale(result.language);
        emit(this, 'portico-preferences-updated', { language: result.language, timeZone: result.timeZone });
      },
    );
  };
}

define('portico-account-notifications', PorticoAccountNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'portico-account-notifications': PorticoAccountNotifications;
  }
  interface HTMLElementEventMap {
    'portico-preferences-updated': CustomEvent<{ language: 'en' | 'es'; timeZone: string }>;
  }
}
