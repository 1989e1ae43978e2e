/**
 * Drives `<portico-files>` the way a person does: choose a kind or a sort, type a search, press
 * Preview / Share, pick or drop files. Assertions stay in the tests.
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/files/files.js';
import type { PorticoFiles } from '../../src/views/files/files.js';
import type { PorticoFilesPreview } from '../../src/views/files/file-preview.js';
import type { PorticoFilesShare } from '../../src/views/files/file-share.js';
import type { PorticoFilesUpload } from '../../src/views/files/file-upload.js';
import { waitFor } from './portal-harness.js';

export interface RenderFilesOptions {
  pageSize?: number;
  item?: string;
}

export class FilesHarness {
  constructor(readonly view: PorticoFiles) {}

  get root(): ShadowRoot {
    return this.view.shadowRoot!;
  }

  /** Waits until the list, an empty state or an error is shown. */
  async settled(): Promise<this> {
    await waitFor(() => this.root.querySelector('ul.files, portico-state-empty, portico-state-error'), { message: 'the files to settle' });
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

  private select(id: string, value: string): void {
    const select = this.root.querySelector<HTMLSelectElement>(`#${id}`)!;
    select.focus();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  chooseKind(kind: string): void {
    this.select('files-kind', kind);
  }

  chooseSort(sort: string): void {
    this.select('files-sort', sort);
  }

  get searchInput(): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>('#files-search')!;
  }

  /** Types into the search box as one input event per character. */
  typeSearch(text: string): void {
    const input = this.searchInput;
    input.focus();
    for (const ch of text) {
      input.value += ch;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch }));
    }
  }

  button(label: string, within: ParentNode = this.root): HTMLButtonElement {
    const button = [...within.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label || b.textContent!.trim() === label,
    );
    if (!button) throw new Error(`No button "${label}"`);
    return button;
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

  /** Answers the upload's "What is it?" (a kind such as `photo`, `report`, `other`). */
  chooseUploadKind(kind: string): void {
    const select = this.uploadRoot.querySelector<HTMLSelectElement>('#upload-kind')!;
    select.value = kind;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Chooses files in the picker (what the browser does after the file dialog). */
  pick(...files: File[]): void {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    const input = this.fileInput;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Drags files over the drop zone and drops them there. */
  drop(...files: File[]): void {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    const zone = this.uploadRoot.querySelector<HTMLElement>('.dropzone')!;
    zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }

  /** The element focused inside the view, following shadow roots. */
  focused(): Element | null {
    let active: Element | null = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }
}

export async function renderFiles(adapter: PortalAdapter, options: RenderFilesOptions = {}): Promise<FilesHarness> {
  const provider = await fixture(
    html`<portico-provider .adapter=${adapter} locale="en-US" time-zone="America/Chicago"
      ><portico-files page-size=${options.pageSize ?? 50} .item=${options.item}></portico-files
    ></portico-provider>`,
  );
  return new FilesHarness(provider.querySelector('portico-files')!);
}

/** A file of `size` bytes (content repeated), like one chosen from disk. */
export function fakeFile(name: string, type: string, size = 2048): File {
  return new File([new Uint8Array(size).fill(65)], name, { type });
}

/** An adapter whose `files` calls go to `adapter` except the ones overridden. */
export function withFiles(adapter: PortalAdapter, overrides: Partial<PortalAdapter['files']>): PortalAdapter {
  const files: PortalAdapter['files'] = {
    list: (input, options) => adapter.files.list(input, options),
    search: (input, options) => adapter.files.search(input, options),
    get: (input, options) => adapter.files.get(input, options),
    download: (input, options) => adapter.files.download(input, options),
    upload: (input, options) => adapter.files.upload(input, options),
    share: (input, options) => adapter.files.share(input, options),
    ...overrides,
  };
  return { ...adapter, files };
}
