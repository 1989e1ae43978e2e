import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { can, formatTime, isPorticoError, PorticoError, type DataSheet, type DataSheetRecord } from '@portico/core';
import { configContext, sessionContext, type PorticoConfig, type PorticoSessionState } from '../../context.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles } from './clinical.styles.js';
import { outboxEntry, startRun, type OutboxEntry, type SheetRun } from './data-run.js';
import { formatContext } from './shared.js';
import './sheet-run.js';
import type { PorticoClinicalSheetRun } from './sheet-run.js';

interface Sent {
  clientId: string;
  title: string;
  startedAt: string;
  endedAt: string;
}

/**
 * @tagname portico-clinical-data-collection
 * @summary Data collection (CLIN-3): choose a data sheet, run it during a session and submit
 * it as one record. The running sheet lives in this element's memory only (never in browser
 * storage). A record that cannot be sent because the connection dropped is kept as "Waiting to
 * send" and sent again, with the same idempotency key, when the browser is back online or the
 * user presses Retry, so the practice stores it exactly once.
 *
 * @csspart sheets - The list of data sheets to run.
 * @csspart outbox - Records waiting to be sent.
 * @csspart confirmation - The "Data sheet sent" panel.
 *
 * @fires portico-datasheet-submitted - A record was stored by the practice: `detail: { dataSheetId, recordId }`.
 */
@localized()
export class PorticoClinicalDataCollection extends LitElement {
  static override styles = [baseStyles, buttonStyles, clinicalPartStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: PorticoSessionState | undefined;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: PorticoConfig | undefined;

  /** Running sheets by client, so a guardian switching between children loses nothing. */
  @state() private runs = new Map<string, SheetRun>();
  @state() private outbox: OutboxEntry[] = [];
  @state() private sent: Sent | undefined;
  @state() private busy = false;
  @state() private submitError = '';
  @state() private notice = '';

  private readonly sheets = new ResourceController<DataSheet[], { clientId: string }>(this, {
    key: () => {
      const s = this.session;
      return s && can(s.session, s.clientId, 'clinical') && ['clinical.listDataSheets', { clientId: s.clientId }];
    },
    fetch: (adapter, { clientId }, signal) => adapter.clinical.listDataSheets({ clientId }, { signal }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  private get run(): SheetRun | undefined {
    return this.session ? this.runs.get(this.session.clientId) : undefined;
  }

  override render() {
    const run = this.run;
    const sent = this.sent && this.sent.clientId === this.session?.clientId ? this.sent : undefined;
    return html`${this.renderOutbox()}
      <div class="visually-hidden" role="status">${this.notice}</div>
      ${run
        ? html`<portico-clinical-sheet-run
            .run=${run}
            ?busy=${this.busy}
            submit-error=${this.submitError}
            .onSubmitRun=${this.submitRun}
            .onDiscardRun=${this.discardRun}
          ></portico-clinical-sheet-run>`
        : sent
          ? this.renderSent(sent)
          : this.sheets.render({
              loading: () => html`<portico-state-loading rows="3" label=${msg('Loading data sheets')}></portico-state-loading>`,
              empty: () => html`<portico-state-empty
                heading=${msg('No data sheets to run')}
                description=${msg('When the practice asks you to collect data between sessions, the data sheets will be here. Questions? Contact the practice.')}
              ></portico-state-empty>`,
              content: (sheets) => this.renderSheets(sheets),
            })}`;
  }

  private renderSheets(sheets: DataSheet[]) {
    return html`<p class="intro">${msg('Choose a data sheet and start it when the session begins. What you record stays on this page until you submit it.')}</p>
      <ul class="cards" part="sheets">
        ${sheets.map(
          (sheet) => html`<li class="card">
            <h3>${sheet.title}</h3>
            ${sheet.instructions ? html`<p class="muted">${sheet.instructions}</p>` : nothing}
            <p class="muted">${msg(str`${sheet.rows.length} rows`)}</p>
            <div class="actions">
              <button class="button" data-variant="primary" type="button" aria-label=${msg(str`Start ${sheet.title}`)} @click=${() => this.start(sheet)}>
                ${msg('Start')}
              </button>
            </div>
          </li>`,
        )}
      </ul>`;
  }

  private renderSent(sent: Sent) {
    const ctx = formatContext(this.config);
    return html`<section class="confirmation" part="confirmation" aria-labelledby="sent-heading">
      <h3 id="sent-heading" tabindex="-1">${msg('Data sheet sent')}</h3>
      <p>${msg(str`The practice has your record of "${sent.title}", ${formatTime(sent.startedAt, ctx)} to ${formatTime(sent.endedAt, ctx)}.`)}</p>
      <button class="button" type="button" @click=${this.another}>${msg('Run another data sheet')}</button>
    </section>`;
  }

  private renderOutbox() {
    if (this.outbox.length === 0) return nothing;
    const ctx = formatContext(this.config);
    return html`<section class="outbox" part="outbox" aria-labelledby="outbox-heading">
      <h3 id="outbox-heading" tabindex="-1">${msg('Waiting to send')}</h3>
      <ul>
        ${this.outbox.map(
          (entry) => html`<li class="outbox-entry" data-status=${entry.status}>
            <p class="outbox-title">
              ${msg(str`${entry.sheetTitle}, ${formatTime(entry.input.startedAt, ctx)} to ${formatTime(entry.input.endedAt, ctx)}`)}
            </p>
            <p class="muted">
              ${entry.status === 'sending'
                ? msg('Sending…')
                : entry.status === 'waiting'
                  ? msg('Waiting to send. It will be sent when you are back online; keep this page open.')
                  : msg(str`Could not send: ${entry.error ?? ''}`)}
            </p>
            <button
              class="button"
              type="button"
              aria-busy=${entry.status === 'sending' ? 'true' : 'false'}
              aria-disabled=${entry.status === 'sending' ? 'true' : 'false'}
              aria-label=${msg(str`Retry sending ${entry.sheetTitle}`)}
              @click=${() => void this.retry(entry, true)}
            >
              ${msg('Retry')}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private start(sheet: DataSheet): void {
    const s = this.session;
    if (!s) return;
    this.runs = new Map(this.runs).set(s.clientId, startRun(sheet, s.clientId));
    this.sent = undefined;
    this.submitError = '';
    void this.focusRun();
  }

  private async focusRun(): Promise<void> {
    await this.updateComplete;
    const runner = this.renderRoot.querySelector<PorticoClinicalSheetRun>('portico-clinical-sheet-run');
    await runner?.updateComplete;
    runner?.focusHeading();
  }

  private readonly another = (): void => {
    this.sent = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.cards .button')?.focus());
  };

  private readonly discardRun = (): void => {
    const s = this.session;
    if (!s) return;
    const runs = new Map(this.runs);
    runs.delete(s.clientId);
    this.runs = runs;
    this.submitError = '';
    this.notice = msg('Data sheet discarded.');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.cards .button')?.focus());
  };

  private readonly submitRun = async (run: SheetRun): Promise<void> => {
    if (this.busy) return;
    this.busy = true;
    this.submitError = '';
    const entry = outboxEntry(run);
    const result = await this.send(entry);
    this.busy = false;
    if (result instanceof Error) {
      const retryable = result.kind === 'network' || result.kind === 'server';
      if (!retryable) {
        // Nothing was stored: the sheet stays open, as typed, with the reason by Submit.
        this.submitError = result.issues.length ? `${result.message} ${result.issues.map((i) => i.message).join(' ')}` : describeError(result).description;
        return;
      }
      this.outbox = [...this.outbox, entry];
      this.closeRun(run);
      this.notice = msg('The record could not be sent yet. It is kept on this page as "Waiting to send".');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#outbox-heading')?.focus();
      return;
    }
    this.closeRun(run);
    this.sent = { clientId: run.clientId, title: run.sheet.title, startedAt: entry.input.startedAt, endedAt: entry.input.endedAt };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sent-heading')?.focus();
  };

  private closeRun(run: SheetRun): void {
    const runs = new Map(this.runs);
    if (runs.get(run.clientId) === run) runs.delete(run.clientId);
    this.runs = runs;
  }

  /** Sends one record; the entry's idempotency key makes every retry the same request. */
  private async send(entry: OutboxEntry): Promise<DataSheetRecord | PorticoError> {
    const store = this.sheets.store;
    entry.status = 'sending';
    this.requestUpdate();
    try {
      if (!store) throw new Error('No store yet');
      const record = await store.mutate(
        (adapter, { idempotencyKey }) =>
          adapter.clinical.submitDataSheet({ clientId: entry.clientId, dataSheetId: entry.dataSheetId, body: entry.input }, { idempotencyKey }),
        { idempotencyKey: entry.idempotencyKey },
      );
      emit(this, 'portico-datasheet-submitted', { dataSheetId: entry.dataSheetId, recordId: record.id });
      return record;
    } catch (error) {
      const failure = isPorticoError(error) ? error : new PorticoError({ kind: 'server', operation: 'clinical.submitDataSheet', cause: error });
      entry.status = failure.kind === 'network' ? 'waiting' : 'failed';
      entry.error = describeError(failure).description;
      this.requestUpdate();
      return failure;
    }
  }

  private async retry(entry: OutboxEntry, byUser = false): Promise<void> {
    if (entry.status === 'sending') return;
    const result = await this.send(entry);
    if (result instanceof Error) {
      this.notice = entry.status === 'waiting' ? msg('Still offline. The record is kept and will be sent when you are back online.') : msg('The record could not be sent. Try again.');
      return;
    }
    this.outbox = this.outbox.filter((e) => e !== entry);
    this.notice = msg(str`"${entry.sheetTitle}" was sent to the practice.`);
    if (!byUser) return;
    // The Retry button is gone: keep focus in the view rather than losing it to the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#outbox-heading, #sent-heading, .cards .button')?.focus();
  }

  private readonly onOnline = (): void => {
    for (const entry of this.outbox) if (entry.status === 'waiting') void this.retry(entry);
  };
}

define('portico-clinical-data-collection', PorticoClinicalDataCollection);

declare global {
  interface HTMLElementTagNameMap {
    'portico-clinical-data-collection': PorticoClinicalDataCollection;
  }
  interface HTMLElementEventMap {
    'portico-datasheet-submitted': CustomEvent<{ dataSheetId: string; recordId: string }>;
  }
}
