import { localized, msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { formatTime, isPorticoError, PorticoError, type DataSheet, type DataSheetRecord, type OutboxItem, type PorticoStore } from '@portico/core';
import { resource } from '../../controllers/resource.js';
import { SessionController } from '../../controllers/session-controller.js';
import { define } from '../../define.js';
import { emit } from '../../events.js';
import { baseStyles } from '../../theme/base-styles.js';
import { buttonStyles } from '../../ui/button.styles.js';
import { describeError } from '../../ui/error-text.js';
import '../../ui/state-empty.js';
import '../../ui/state-loading.js';
import { clinicalPartStyles } from './clinical.styles.js';
import { outboxEntry, startRun, type OutboxEntry, type SheetRun } from './data-run.js';
import './clinical-sheet-run.js';
import type { PorticoClinicalSheetRun } from './clinical-sheet-run.js';

interface Sent {
  clientId: string;
  title: string;
  startedAt: string;
  endedAt: string;
}

/**
 * @tagname portico-clinical-data-collection
 * @summary Data collection (CLIN-3): choose a data sheet, run it during a session and submit
 * it as one record. The running sheet is kept in the store's drafts, in memory only (never in
 * browser storage), so it survives other views and client switches. A record that cannot be
 * sent because the connection dropped is kept in the store's outbox as "Waiting to send" and
 * sent again, with the same idempotency key, when the browser is back online (wherever the
 * person is in the portal) or the user presses Retry, so the practice stores it exactly once.
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

  protected readonly s = new SessionController(this);

  @state() private sent: Sent | undefined;
  @state() private busy = false;
  @state() private submitError = '';
  @state() private notice = '';

  private readonly sheets = resource(this, 'clinical.listDataSheets', () => this.s.can('clinical') && this.s.clientId && { clientId: this.s.clientId });

  private watchedStore: PorticoStore | undefined;
  private unwatch: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = undefined;
    this.watchedStore = undefined;
  }

  protected override updated(): void {
    // The running sheets and the outbox live in the store (they outlive this element): follow it.
    const store = this.sheets.store;
    if (store === this.watchedStore) return;
    this.unwatch?.();
    this.watchedStore = store;
    this.unwatch = store?.drafts.subscribe(() => this.requestUpdate());
  }

  /** The running sheet of the client in view (one per client, so a guardian switching children loses nothing). */
  private get run(): SheetRun | undefined {
    const s = this.s.state;
    return s ? this.sheets.store?.drafts.get<SheetRun>(runKey(s.clientId)) : undefined;
  }

  private setRun(clientId: string, run: SheetRun | undefined): void {
    this.sheets.store?.drafts.set(runKey(clientId), run);
  }

  /** Records of the client in view waiting to be sent (or failed). */
  private get outbox(): OutboxItem<OutboxEntry>[] {
    const s = this.s.state;
    return s ? (this.sheets.store?.outbox.items<OutboxEntry>(['clinical.dataSheetRecord', { clientId: s.clientId }]) ?? []) : [];
  }

  override render() {
    const run = this.run;
    const sent = this.sent && this.sent.clientId === this.s.state?.clientId ? this.sent : undefined;
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
    const ctx = this.s.format;
    return html`<section class="confirmation" part="confirmation" aria-labelledby="sent-heading">
      <h3 id="sent-heading" tabindex="-1">${msg('Data sheet sent')}</h3>
      <p>${msg(str`The practice has your record of "${sent.title}", ${formatTime(sent.startedAt, ctx)} to ${formatTime(sent.endedAt, ctx)}.`)}</p>
      <button class="button" type="button" @click=${this.another}>${msg('Run another data sheet')}</button>
    </section>`;
  }

  private renderOutbox() {
    if (this.outbox.length === 0) return nothing;
    const ctx = this.s.format;
    return html`<section class="outbox" part="outbox" aria-labelledby="outbox-heading">
      <h3 id="outbox-heading" tabindex="-1">${msg('Waiting to send')}</h3>
      <ul>
        ${this.outbox.map(
          ({ payload: entry, status, error, key }) => html`<li class="outbox-entry" data-status=${status}>
            <p class="outbox-title">
              ${msg(str`${entry.sheetTitle}, ${formatTime(entry.input.startedAt, ctx)} to ${formatTime(entry.input.endedAt, ctx)}`)}
            </p>
            <p class="muted">
              ${status === 'sending'
                ? msg('Sending…')
                : status === 'waiting'
                  ? msg('Waiting to send. It will be sent when you are back online, wherever you are in the portal; keep this page open.')
                  : msg(str`Could not send: ${error ? describeError(error).description : ''}`)}
            </p>
            <button
              class="button"
              type="button"
              aria-busy=${status === 'sending' ? 'true' : 'false'}
              aria-disabled=${status === 'sending' ? 'true' : 'false'}
              aria-label=${msg(str`Retry sending ${entry.sheetTitle}`)}
              @click=${() => void this.retry(key)}
            >
              ${msg('Retry')}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private start(sheet: DataSheet): void {
    const s = this.s.state;
    if (!s) return;
    this.setRun(s.clientId, startRun(sheet, s.clientId));
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
    const s = this.s.state;
    if (!s) return;
    this.setRun(s.clientId, undefined);
    this.submitError = '';
    this.notice = msg('Data sheet discarded.');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.cards .button')?.focus());
  };

  private readonly submitRun = async (run: SheetRun): Promise<void> => {
    if (this.busy) return;
    const store = this.sheets.store;
    if (!store) return;
    this.busy = true;
    this.submitError = '';
    const entry = outboxEntry(run);
    const result = await this.send(store, entry);
    this.busy = false;
    if (result instanceof Error) {
      const retryable = result.kind === 'network' || result.kind === 'server';
      if (!retryable) {
        // Nothing was stored: the sheet stays open, as typed, with the reason by Submit.
        this.submitError = result.issues.length ? `${result.message} ${result.issues.map((i) => i.message).join(' ')}` : describeError(result).description;
        return;
      }
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
    if (this.sheets.store?.drafts.get(runKey(run.clientId)) === run) this.setRun(run.clientId, undefined);
  }

  /**
   * Sends one record through the store's outbox: it stays there (with one idempotency key for
   * every attempt) until the practice has it, and is sent again on reconnect even when this
   * element is gone.
   */
  private async send(store: PorticoStore, entry: OutboxEntry): Promise<DataSheetRecord | PorticoError> {
    const key = ['clinical.dataSheetRecord', { clientId: entry.clientId, localId: entry.localId }] as const;
    try {
      return await store.outbox.send(
        key,
        entry,
        (adapter, { idempotencyKey }, e) => adapter.clinical.submitDataSheet({ clientId: e.clientId, dataSheetId: e.dataSheetId, body: e.input }, { idempotencyKey }),
        { onSent: (record) => this.onSent(entry, record) },
      );
    } catch (error) {
      return isPorticoError(error) ? error : new PorticoError({ kind: 'server', operation: 'clinical.submitDataSheet', cause: error });
    }
  }

  private onSent(entry: OutboxEntry, record: DataSheetRecord): void {
    this.notice = msg(str`"${entry.sheetTitle}" was sent to the practice.`);
    emit(this, 'portico-datasheet-submitted', { dataSheetId: entry.dataSheetId, recordId: record.id });
  }

  private async retry(key: OutboxItem['key']): Promise<void> {
    const store = this.sheets.store;
    if (!store) return;
    try {
      await store.outbox.retry(key);
    } catch {
      const status = store.outbox.items(key)[0]?.status;
      this.notice = status === 'waiting' ? msg('Still offline. The record is kept and will be sent when you are back online.') : msg('The record could not be sent. Try again.');
      return;
    }
    // The Retry button is gone: keep focus in the view rather than losing it to the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#outbox-heading, #sent-heading, .cards .button')?.focus();
  }
}

/** Where a client's running sheet is kept in the store's drafts. */
function runKey(clientId: string) {
  return ['clinical.dataSheetRun', { clientId }] as const;
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
