/**
 * Drives `<portico-files>` the way a person does: choose a kind or a sort, type a search, press
 * Preview / Share / Upload by their names, pick or drop files.
 *
 * Everything goes through the driver by role and name except choosing and dropping files
 * (`pick`, `drop`): those stay synthetic events, because a browser offers no key presses for its
 * native file chooser and no automation of a drag from the operating system.
 */
import type { PorticoFilesPreview } from '../views/files/files-preview.js';
import type { PorticoFilesShare } from '../views/files/files-share.js';
import type { PorticoFilesUpload } from '../views/files/files-upload.js';
import type { PorticoFiles } from '../views/files/files.js';
import { PorticoHarness } from './harness.js';
import type { Scope, TextMatch } from './queries.js';

export class FilesHarness extends PorticoHarness<PorticoFiles> {
  get view(): PorticoFiles {
    return this.element;
  }

  /** Waits until the list, an empty state or an error is shown. */
  async settled(): Promise<this> {
    await this.waitFor(() => this.root.querySelector('ul.files, portico-state-empty, portico-state-error'), { message: 'the files to settle' });
    return this;
  }

  rows(): HTMLLIElement[] {
    return [...this.root.querySelectorAll<HTMLLIElement>('li.file')];
  }

  names(): string[] {
    return this.rows().map((r) => r.querySelector('h3')!.textContent!.trim());
  }

  kinds(): string[] {
    return this.rows().map((r) => r.querySelector('.kind')!.textContent!.trim());
  }

  row(name: string | RegExp): HTMLLIElement {
    const row = this.rows().find((r) => {
      const text = r.querySelector('h3')!.textContent!.trim();
      return typeof name === 'string' ? text === name : name.test(text);
    });
    if (!row) throw new Error(`No file row "${String(name)}" in [${this.names().join(', ')}]`);
    return row;
  }

  /** The toolbar's "Kind" list box. */
  get kindSelect(): HTMLSelectElement {
    return this.getByLabel<HTMLSelectElement>('Kind');
  }

  /** Chooses a kind (its option value, such as `report`, or its text) with the arrow keys. */
  async chooseKind(kind: string): Promise<void> {
    await this.selectOption(this.kindSelect, kind);
  }

  async chooseSort(sort: string): Promise<void> {
    await this.selectOption(this.getByLabel<HTMLSelectElement>('Sort by'), sort);
  }

  /** The toolbar's search box (role searchbox, "Search files"). */
  get searchInput(): HTMLInputElement {
    return this.getByRole<HTMLInputElement>('searchbox', { name: 'Search files' });
  }

  /** Types into the search box, one key press per character. */
  async typeSearch(text: string): Promise<void> {
    await this.type(this.searchInput, text);
  }

  /** The button whose accessible name is `label` (in `within`: a row, a dialog; the whole view by default). */
  button(label: TextMatch, within: Scope = this.element): HTMLButtonElement {
    return this.getByRole<HTMLButtonElement>('button', { name: label, within });
  }

  /** Presses "Preview <name>" on the file `name` and waits for the preview dialog to open. */
  async openPreview(name: string): Promise<HTMLDialogElement> {
    await this.click(this.button(`Preview ${name}`, this.row(name)));
    return this.waitFor(() => this.previewDialog.open && this.previewDialog, { message: `the preview of ${name}` });
  }

  /** Presses Close in the preview dialog and waits for it to close. */
  async closePreview(): Promise<void> {
    await this.click(this.button('Close', this.previewDialog));
    await this.waitFor(() => !this.previewDialog.open, { message: 'the preview to close' });
  }

  /** Presses "Share <name>" on the file `name` and waits for the share dialog to open. */
  async openShare(name: string): Promise<HTMLDialogElement> {
    await this.click(this.button(`Share ${name}`, this.row(name)));
    return this.waitFor(() => this.shareDialog.open && this.shareDialog, { message: `the share dialog of ${name}` });
  }

  get preview(): PorticoFilesPreview {
    return this.root.querySelector('portico-files-preview')!;
  }

  get previewDialog(): HTMLDialogElement {
    return this.preview.shadowRoot!.querySelector('dialog')!;
  }

  get share(): PorticoFilesShare {
    return this.root.querySelector('portico-files-share')!;
  }

  get shareDialog(): HTMLDialogElement {
    return this.share.shadowRoot!.querySelector('dialog')!;
  }

  get upload(): PorticoFilesUpload {
    return this.root.querySelector('portico-files-upload')!;
  }

  get uploadRoot(): ShadowRoot {
    return this.upload.shadowRoot!;
  }

  get fileInput(): HTMLInputElement {
    return this.uploadRoot.querySelector<HTMLInputElement>('#upload-input')!;
  }

  /** The upload's "What is it?" list box. */
  get uploadKind(): HTMLSelectElement {
    return this.getByLabel<HTMLSelectElement>('What is it?', this.upload);
  }

  /** Answers the upload's "What is it?" (a kind such as `photo`, `report`, `other`). */
  async chooseUploadKind(kind: string): Promise<void> {
    await this.selectOption(this.uploadKind, kind);
  }

  /** Types the upload's "Description (optional)", one key press per character. */
  async describeUpload(text: string): Promise<void> {
    await this.type(this.getByLabel<HTMLTextAreaElement>('Description (optional)', this.upload), text);
  }

  /**
   * Presses "Upload", which sends files that were picked or dropped before "What is it?" was
   * answered (choosing the kind alone never sends them).
   */
  async startUpload(): Promise<void> {
    // Named for what it sends: "Upload School evaluation.pdf".
    await this.click(await this.findByRole('button', { name: /^Upload\b/, within: this.upload }));
  }

  /**
   * Chooses files in the picker: what the browser does after its file dialog closes. Synthetic on
   * purpose (sets `files` and fires `change`): a browser offers no key presses for its native
   * file chooser, so no driver can choose a file the way a person does.
   */
  pick(...files: File[]): void {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    const input = this.fileInput;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * Drags files over the drop zone and drops them there. Synthetic on purpose (`DragEvent`s with a
   * `DataTransfer`): a drag of files from the operating system cannot be automated in a browser.
   */
  drop(...files: File[]): void {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    const zone = this.uploadRoot.querySelector<HTMLElement>('.dropzone')!;
    zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }
}
