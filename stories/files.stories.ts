/**
 * `<portico-files>` (FILE-1, FILE-2) on the mock practice: the four states, plus a filter that
 * matches nothing, an upload in progress, a refused file type and the preview dialog.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/views/files/files.js';
import type { PorticoFiles } from '../packages/elements/src/views/files/files.js';
import { userEvent } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';
import { buttonNamed, typeInto } from './support/dom.js';

const meta: Meta = {
  title: 'Views/Files',
  component: 'portico-files',
  tags: ['autodocs'],
  render: () => html`<portico-files></portico-files>`,
};
export default meta;

type Story = StoryObj;

/** Polls until `find` returns something (stories' play functions wait for the mock). */
async function until<T>(find: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeout) throw new Error('Timed out waiting in the story');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function filesView(canvas: HTMLElement): Promise<ShadowRoot> {
  const view = await until(() => canvas.querySelector<PorticoFiles>('portico-files'));
  return until(() => view.shadowRoot?.querySelector('ul.files, portico-state-empty, portico-state-error') && view.shadowRoot);
}

/** Chooses files in the upload picker, as the browser does after its file dialog. */
async function pick(canvas: HTMLElement, ...files: File[]): Promise<void> {
  const root = await filesView(canvas);
  const upload = await until(() => root.querySelector('portico-files-upload')?.shadowRoot);
  const input = await until(() => upload.querySelector<HTMLInputElement>('#upload-input'));
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Which state the list settled in: `ul.files`, `portico-state-empty` or `portico-state-error`. */
async function settledAs(canvas: HTMLElement): Promise<string> {
  const root = await filesView(canvas);
  const shown = root.querySelector('ul.files, portico-state-empty, portico-state-error')!;
  return shown.localName === 'ul' ? 'list' : shown.localName;
}

export const Content: Story = {
  parameters: portico({}),
  play: async ({ canvasElement }) => {
    if ((await settledAs(canvasElement)) !== 'list') throw new Error('Expected the list of files');
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'files.list') }),
  play: async ({ canvasElement }) => {
    await until(() => canvasElement.querySelector('portico-files')?.shadowRoot?.querySelector('portico-state-loading'));
  },
};

export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.files = [];
    },
  }),
  play: async ({ canvasElement }) => {
    if ((await settledAs(canvasElement)) !== 'portico-state-empty') throw new Error('Expected the empty state');
  },
};

/** Every `files.list` fails (500); Retry shows the files once the backend recovers. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('files.list', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    if ((await settledAs(canvasElement)) !== 'portico-state-error') throw new Error('Expected the error state');
    const error = (await filesView(canvasElement)).querySelector('portico-state-error')!;
    await error.updateComplete;
    porticoOf(context).backend.faults.clear('files.list');
    (await until(() => error.shadowRoot?.querySelector<HTMLButtonElement>('[part="retry-button"]'))).click();
    await until(() => canvasElement.querySelector('portico-files')?.shadowRoot?.querySelector('ul.files'));
  },
};

export const BadPayload: Story = {
  name: 'Error: a bad payload',
  parameters: portico({ faults: (faults) => faults.malformed('files.list') }),
  play: async ({ canvasElement }) => {
    if ((await settledAs(canvasElement)) !== 'portico-state-error') throw new Error('Expected the error state');
  },
};

export const NothingMatches: Story = {
  name: 'Filtered to nothing',
  parameters: portico({}),
  play: async ({ canvasElement }) => {
    const root = await filesView(canvasElement);
    const search = await until(() => root.querySelector<HTMLInputElement>('#files-search'));
    search.value = 'zebra';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  },
};

export const ManyPages: Story = {
  name: 'Load more (5 per page)',
  parameters: portico({}),
  render: () => html`<portico-files page-size="5"></portico-files>`,
};

export const UploadInProgress: Story = {
  name: 'Upload in progress',
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'files.upload') }),
  play: async ({ canvasElement }) => {
    await pick(canvasElement, new File([new Uint8Array(250_000)], 'School evaluation.pdf', { type: 'application/pdf' }));
    // The file waits for "What is it?"; choosing the kind alone sends nothing (WCAG 3.2.2), "Upload" does.
    const upload = await until(() => canvasElement.querySelector('portico-files')?.shadowRoot?.querySelector('portico-files-upload')?.shadowRoot);
    await typeInto(await until(() => upload.querySelector<HTMLSelectElement>('#upload-kind')), 'report');
    await userEvent.click(await until(() => buttonNamed(upload, 'Upload School evaluation.pdf')));
    await until(() => upload.querySelector('progress'));
  },
};

export const RejectedType: Story = {
  name: 'Upload: refused file type',
  parameters: portico({}),
  play: async ({ canvasElement }) => {
    await pick(canvasElement, new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
  },
};

export const UploadFailed: Story = {
  name: 'Upload failed (with Try again)',
  parameters: portico({ faults: (faults) => faults.errorRate('files.upload', 1, { status: 500 }) }),
  play: async ({ canvasElement }) => {
    await pick(canvasElement, new File(['hello'], 'Notes.txt', { type: 'text/plain' }));
  },
};

export const PreviewDialog: Story = {
  name: 'Preview dialog (image)',
  parameters: portico({}),
  play: async ({ canvasElement }) => {
    const root = await filesView(canvasElement);
    const row = await until(() => [...root.querySelectorAll('li.file')].find((li) => li.querySelector('.kind')?.textContent?.trim() === 'Photo'));
    (await until(() => row.querySelector<HTMLButtonElement>('[data-action="preview"]'))).click();
  },
};

export const Guardian: Story = {
  name: 'Guardian (Milo’s files)',
  parameters: portico({ user: 'guardian' }),
};
