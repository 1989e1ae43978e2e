import { localized, msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SessionController } from '../../controllers/session-controller.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { tabList, tabStyles, viewHeaderStyles } from '../../ui/view-frame.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles, clinicalStyles } from './clinical.styles.js';
import './clinical-care-plan.js';
import './clinical-data-collection.js';
import './clinical-homework.js';
import './clinical-programmes.js';
import './clinical-sessions.js';

export type ClinicalSection = 'sessions' | 'programmes' | 'data' | 'care-plan';

/**
 * @tagname portico-clinical
 * @summary Care & progress (CLIN-1..4): past sessions with only what the practice shares and
 * homework to mark done; learning programmes with targets, steps and progress charts; data
 * sheets a caregiver runs during a session (kept in memory, sent exactly once even across a
 * dropped connection); and the care plan, for the client and their guardian only. Only the
 * sections the session may see are shown; a hidden section makes no request.
 *
 * This module exports the class without registering it (subclass it for a brand); `clinical.js`
 * registers `<portico-clinical>`.
 *
 * Deep link: set `item` to a homework id (e.g. from a task) to open Sessions & homework and
 * focus that homework.
 *
 * ```html
 * <portico-provider><portico-clinical></portico-clinical></portico-provider>
 * ```
 *
 * @csspart heading - The view's heading.
 * @csspart tabs - The section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The panel of the selected section.
 *
 * @cssprop --portico-color-primary - Selected tab, buttons, chart line.
 * @cssprop --portico-color-success - Correct trials and done homework.
 * @cssprop --portico-color-danger - Incorrect trials and errors.
 * @cssprop --portico-color-warning - Prompted trials and records waiting to send.
 * @cssprop --portico-radius-lg - Card corner radius.
 *
 * @fires portico-datasheet-submitted - A data sheet record was stored by the practice: `detail: { dataSheetId, recordId }`.
 */
@localized()
export class PorticoClinical extends LitElement {
  static override styles = [baseStyles, buttonStyles, viewHeaderStyles, clinicalPartStyles, clinicalStyles, tabStyles];

  /** A homework id to show and focus (opaque), or none. */
  @property() item: string | undefined;

  private readonly s = new SessionController(this);

  @state() private section: ClinicalSection = 'sessions';
  /** Sections shown once stay rendered (hidden), so a running data sheet survives a tab change. */
  @state() private visited = new Set<ClinicalSection>(['sessions']);

  /** Moves focus to the view's heading, or to the deep-linked homework (the portal calls this after navigation). */
  focusHeading(): void {
    const homework = this.item ? this.renderRoot.querySelector('portico-clinical-homework') : null;
    if (homework) homework.refocus();
    else this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private sections(): { id: ClinicalSection; label: string }[] {
    if (!this.s.can('clinical')) return [];
    const all: { id: ClinicalSection; label: string; allowed: boolean }[] = [
      { id: 'sessions', label: msg('Sessions & homework'), allowed: true },
      { id: 'programmes', label: msg('Programmes'), allowed: true },
      { id: 'data', label: msg('Data collection'), allowed: true },
      { id: 'care-plan', label: msg('Care plan'), allowed: this.s.can('clinical.carePlan') },
    ];
    return all.filter((t) => t.allowed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item') && this.item) this.select('sessions');
    const sections = this.sections();
    if (sections.length && !sections.some((t) => t.id === this.section)) this.select('sessions');
  }

  override render() {
    const session = this.s.state;
    const sections = this.sections();
    return html`
      <h2 part="heading" tabindex="-1">${msg('Care & progress')}</h2>
      ${!session
        ? html`<portico-state-loading rows="4" label=${msg('Loading care and progress')}></portico-state-loading>`
        : sections.length === 0
          ? html`<portico-state-empty
              heading=${msg('Not available for this client')}
              description=${msg('Sessions, programmes and care plans are shared with the client and the people caring for them. If you think you should see them, contact the practice.')}
            ></portico-state-empty>`
          : html`${tabList(this, { label: msg('Care & progress sections'), tabs: sections, selected: this.section, select: (id) => this.select(id) })}
              ${sections.map((t) =>
                this.visited.has(t.id) || t.id === this.section
                  ? html`<section class="panel" part="panel" id=${`panel-${t.id}`} role="tabpanel" aria-labelledby=${`tab-${t.id}`} ?hidden=${t.id !== this.section}>
                      ${this.renderPanel(t.id)}
                    </section>`
                  : nothing,
              )}`}
    `;
  }

  private renderPanel(section: ClinicalSection) {
    switch (section) {
      case 'sessions':
        return html`<section class="section" aria-labelledby="homework-heading">
            <h3 id="homework-heading">${msg('Homework')}</h3>
            <portico-clinical-homework focus-item=${this.item ?? nothing}></portico-clinical-homework>
          </section>
          <section class="section" aria-labelledby="sessions-heading">
            <h3 id="sessions-heading">${msg('Past sessions')}</h3>
            <portico-clinical-sessions></portico-clinical-sessions>
          </section>`;
      case 'programmes':
        return html`<portico-clinical-programmes></portico-clinical-programmes>`;
      case 'data':
        return html`<portico-clinical-data-collection></portico-clinical-data-collection>`;
      case 'care-plan':
        return html`<portico-clinical-care-plan></portico-clinical-care-plan>`;
    }
  }

  private select(section: ClinicalSection): void {
    this.section = section;
    if (!this.visited.has(section)) this.visited = new Set(this.visited).add(section);
  }
}
