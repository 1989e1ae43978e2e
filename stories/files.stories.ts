/**
 * `<portico-files>` (FILE-1, FILE-2) on the mock practice: the four states, plus a filter that
 * matches nothing, an upload in progress, a refused file type and the preview dialog. Play
 * functions drive the view with the shipped harness (`FilesHarness` from `@portico/elements/testing`),
 * as its tests do.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FilesHarness } from '@portico/elements/testing';
import '../packages/elements/src/views/files/files.js';
import type { PorticoFiles } from '../packages/elements/src/views/files/files.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';
import { until } from './support/dom.js';

const meta: Meta = {
  title: 'Views/Files',
  component: 'portico-files',
  tags: ['autodocs'],
  render: () => html`<portico-files></portico-files>`,
};
export default meta;

type Story = StoryObj;

/** The harness on the story's view (driven through Storybook's userEvent, see support/dom.ts). */
async function filesIn(canvas: HTMLElement): Promise<FilesHarness> {
  return new FilesHarness(await until(() => canvas.querySelector<PorticoFiles>('portico-files'), 'the Files view'));
}

/** Which state the list settled in: `list`, `portico-state-empty` or `portico-state-error`. */
async function settledAs(canvas: HTMLElement): Promise<string> {
  const files = await (await filesIn(canvas)).settled();
  const shown = files.root.querySelector('ul.files, portico-state-empty, portico-state-error')!;
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
    const files = await filesIn(canvasElement);
    await files.waitFor(() => files.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
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
    const files = await filesIn(canvasElement);
    porticoOf(context).backend.faults.clear('files.list');
    await files.click('Try again');
    await files.waitFor(() => files.rows().length > 0, { message: 'the files after Try again' });
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
    const files = await (await filesIn(canvasElement)).settled();
    await files.typeSearch('zebra');
    await files.waitForText('No files match');
  },
};

export const ManyPages: Story = {
  name: 'Load more (5 per page)',
  parameters: portico({}),
  render: () => html`<portico-files page-size="5"></portico-files>`,
};

/** The next page fails: the failure shows beside the button, which becomes "Try again". */
export const MoreFailed: Story = {
  name: 'Load more: a page that fails',
  parameters: portico({}),
  render: () => html`<portico-files page-size="5"></portico-files>`,
  play: async (context) => {
    const files = await (await filesIn(context.canvasElement)).settled();
    porticoOf(context).backend.faults.errorRate('files.list', 1);
    await files.click(files.button('Load more files'));
    await files.findByRole('button', { name: 'Try again' });
  },
};

export const UploadInProgress: Story = {
  name: 'Upload in progress',
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'files.upload') }),
  play: async ({ canvasElement }) => {
    const files = await (await filesIn(canvasElement)).settled();
    files.pick(new File([new Uint8Array(250_000)], 'School evaluation.pdf', { type: 'application/pdf' }));
    // The file waits for "What is it?"; choosing the kind alone sends nothing (WCAG 3.2.2), "Upload" does.
    await files.chooseUploadKind('report');
    await files.startUpload();
    await files.findByRole('progressbar', { name: 'Uploading School evaluation.pdf', within: files.upload });
  },
};

export const RejectedType: Story = {
  name: 'Upload: refused file type',
  parameters: portico({}),
  play: async ({ canvasElement }) => {
    const files = await (await filesIn(canvasElement)).settled();
    files.pick(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    await files.findByText(/“setup\.exe” is not a file type the practice accepts/, { within: files.uploadRoot });
  },
};

export const UploadFailed: Story = {
  name: 'Upload failed (with Try again)',
  parameters: portico({ faults: (faults) => faults.errorRate('files.upload', 1, { status: 500 }) }),
  play: async ({ canvasElement }) => {
    const files = await (await filesIn(canvasElement)).settled();
    await files.chooseUploadKind('other');
    files.pick(new File(['hello'], 'Notes.txt', { type: 'text/plain' }));
    await files.findByRole('button', { name: 'Try again to upload Notes.txt', within: files.uploadRoot });
  },
};

export const PreviewDialog: Story = {
  name: 'Preview dialog (image)',
  parameters: portico({}),
  play: async ({ canvasElement }) => {
    const files = await (await filesIn(canvasElement)).settled();
    const name = files.names().find((n) => n.startsWith('Activity photo'))!;
    await files.openPreview(name);
    await files.findByRole('img', { name, within: files.previewDialog });
  },
};

export const Guardian: Story = {
  name: 'Guardian (Milo’s files)',
  parameters: portico({ user: 'guardian' }),
};
