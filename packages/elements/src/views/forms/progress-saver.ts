/**
 * Saves a form's answers as the person goes: a debounced save after each change, one save at
 * a time (changes made meanwhile are saved right after), and `flush()` for leaving the form.
 * Until the backend has them, the answers are also kept in the store's drafts (memory only;
 * nothing is written to browser storage), so answers typed offline survive leaving the form
 * and are shown again, and saved, when it is opened again.
 */
import type { FormAnswers, PorticoStore } from '@portico/core';
import { mutate, operationKey } from '../../controllers/resource.js';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaverOptions {
  store: () => PorticoStore | undefined;
  clientId: string;
  assignmentId: string;
  answers: () => FormAnswers;
  onStatus: (status: SaveStatus, error?: unknown) => void;
  delay?: number;
}

export class ProgressSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private inFlight: Promise<void> | undefined;
  private stopped = false;
  /** The store last seen: leaving the form may run after the element let go of it. */
  private lastStore: PorticoStore | undefined;

  constructor(private readonly options: SaverOptions) {}

  /** Whether there are changes not yet saved. */
  get hasChanges(): boolean {
    return this.dirty;
  }

  /** Where unsaved answers wait in the store's drafts. */
  get draftKey() {
    return ['forms.answers', { clientId: this.options.clientId, assignmentId: this.options.assignmentId }] as const;
  }

  /** Answers typed earlier and not saved yet (e.g. offline), if any. */
  unsavedDraft(): FormAnswers | undefined {
    return (this.options.store() ?? this.lastStore)?.drafts.get<FormAnswers>(this.draftKey);
  }

  /** Forgets the unsaved answers (the form was submitted). */
  discardDraft(): void {
    (this.options.store() ?? this.lastStore)?.drafts.delete(this.draftKey);
  }

  /** Call after each change: saves once the person pauses. */
  changed(): void {
    if (this.stopped) return;
    this.lastStore = this.options.store() ?? this.lastStore;
    this.lastStore?.drafts.set(this.draftKey, this.options.answers());
    this.dirty = true;
    this.options.onStatus('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay ?? 800);
  }

  /** Saves now if anything changed; resolves when the answers on screen are saved (or failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.stopped) return;
    this.inFlight = this.save().finally(() => (this.inFlight = undefined));
    await this.inFlight;
  }

  /** Waits for a save in flight and stops saving (the form was submitted). */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.stopped = true;
    while (this.inFlight) await this.inFlight;
  }

  /** Resumes saving after a failed submit. */
  resume(): void {
    this.stopped = false;
  }

  private async save(): Promise<void> {
    const store = this.options.store() ?? this.lastStore;
    if (!store) return;
    const { clientId, assignmentId } = this.options;
    const answers = this.options.answers();
    this.dirty = false;
    this.options.onStatus('saving');
    try {
      await mutate(store, 'forms.saveProgress', { clientId, assignmentId, body: { answers } }, {
        onSuccess: (progress, s) => {
          // Coming back to the form shows these answers without another request.
          s.setData(operationKey('forms.getProgress', { clientId, assignmentId }), () => progress);
        },
        invalidates: [['forms.listAssignments', { clientId }], 'dashboard'],
      });
      // Saved: the draft can go, unless the person typed more meanwhile.
      if (store.drafts.get(this.draftKey) === answers) store.drafts.delete(this.draftKey);
      this.options.onStatus(this.dirty ? 'pending' : 'saved');
    } catch (error) {
      // Keep the answers marked unsaved, so the next change or leaving tries again.
      this.dirty = true;
      this.options.onStatus('error', error);
    }
  }
}
