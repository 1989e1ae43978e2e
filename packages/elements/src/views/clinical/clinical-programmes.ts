import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { type Programme, type Target } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { baseStyles } from '../../theme/base-styles.js';
import { token } from '../../theme/tokens.js';
import { buttonStyles } from '../../ui/button.styles.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles } from './clinical.styles.js';
import { stepStatusLabel, targetStatusLabel } from './status-labels.js';
import './clinical-progress.js';

/**
 * @tagname portico-clinical-programmes
 * @summary Learning programmes (CLIN-2, ABA "learning trees"): programme → targets → steps,
 * each with its status in words, the mastery criterion, and progress over time. Programmes and
 * targets expand and collapse (disclosure buttons with `aria-expanded`).
 *
 * @csspart programme - One programme.
 * @csspart target - One target.
 * @csspart steps - A target's steps.
 */
@localized()
export class PorticoClinicalProgrammes extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    clinicalPartStyles,
    css`
      .targets,
      .steps {
        display: grid;
        gap: ${token('space-3')};
        margin: ${token('space-2')} 0 0;
        padding: 0;
        list-style: none;
      }
      .target {
        display: grid;
        gap: ${token('space-2')};
        padding: ${token('space-3')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
      }
      .target-body {
        display: grid;
        gap: ${token('space-3')};
        padding-inline-start: ${token('space-4')};
      }
      .steps {
        gap: ${token('space-1')};
        counter-reset: step;
      }
      .steps li {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
        justify-content: space-between;
      }
      .status {
        color: ${token('color-muted')};
        font-size: ${token('font-size-sm')};
        font-weight: normal;
      }
      .disclosure .status {
        margin-inline-start: auto;
      }
      h3,
      h4 {
        margin: 0;
      }
      h5 {
        margin: 0;
        font-size: ${token('font-size-sm')};
      }
    `,
  ];

  protected readonly s = new SessionController(this);

  /** Expanded programme and target ids. */
  @state() private open = new Set<string>();

  private readonly programmes = resource(this, 'clinical.listProgrammes', () => this.s.can('clinical') && this.s.clientId && { clientId: this.s.clientId });

  override render() {
    return this.programmes.render({
      loading: () => html`<portico-state-loading rows="4" label=${msg('Loading learning programmes')}></portico-state-loading>`,
      empty: () => html`<portico-state-empty
        heading=${msg('No learning programmes yet')}
        description=${msg('When the practice sets up a learning programme, its targets and progress will be shown here.')}
      ></portico-state-empty>`,
      content: (programmes) => html`<ul class="cards">${programmes.map((p) => this.renderProgramme(p))}</ul>`,
    });
  }

  private renderProgramme(p: Programme) {
    const expanded = this.open.has(p.id);
    const mastered = p.targets.filter((t) => t.status === 'mastered').length;
    return html`<li class="card" part="programme">
      <h3>
        <button class="disclosure" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`prog-${p.id}`} @click=${() => this.toggle(p.id)}>
          <span>${p.name}</span>
          <span class="status">${msg(str`${mastered} of ${p.targets.length} targets mastered`)}</span>
        </button>
      </h3>
      <p class="muted">${p.domain}${p.description ? html` · ${p.description}` : nothing}</p>
      <div id=${`prog-${p.id}`} ?hidden=${!expanded}>
        ${expanded
          ? p.targets.length
            ? html`<ul class="targets" aria-label=${msg(str`Targets of ${p.name}`)}>${p.targets.map((t) => this.renderTarget(t))}</ul>`
            : html`<p class="muted">${msg('No targets in this programme yet.')}</p>`
          : nothing}
      </div>
    </li>`;
  }

  private renderTarget(t: Target) {
    const expanded = this.open.has(t.id);
    return html`<li class="target" part="target" data-target=${t.id}>
      <h4>
        <button class="disclosure" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`tgt-${t.id}`} @click=${() => this.toggle(t.id)}>
          <span>${t.name}</span>
          <span class="status">${targetStatusLabel(t.status)}</span>
        </button>
      </h4>
      <div class="target-body" id=${`tgt-${t.id}`} ?hidden=${!expanded}>
        ${expanded
          ? html`<p><strong>${msg('Mastery criterion:')}</strong> ${t.masteryCriterion}</p>
              <div>
                <h5>${msg('Steps')}</h5>
                <ol class="steps" part="steps">
                  ${t.steps.map((s) => html`<li><span>${s.name}</span><span class="status">${stepStatusLabel(s.status)}</span></li>`)}
                </ol>
              </div>
              <div>
                <h5>${msg('Progress')}</h5>
                <portico-clinical-progress .progress=${t.progress} name=${t.name}></portico-clinical-progress>
              </div>`
          : nothing}
      </div>
    </li>`;
  }

  private toggle(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }
}

define('portico-clinical-programmes', PorticoClinicalProgrammes);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-programmes': PorticoClinicalProgrammes;
  }
}
