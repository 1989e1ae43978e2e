/**
 * Renders `<portico-files>` for a test; the harness that drives it is the shipped one
 * (src/testing/files.ts). Assertions stay in the tests.
 */
import { fixture, html } from '@open-wc/testing';
import type { PortalAdapter } from '@portico/core';
import '../../src/provider/provider.js';
import '../../src/views/files/files.js';
import { FilesHarness } from '../../src/testing/files.js';
import './harness.js';

export { FilesHarness };

export interface RenderFilesOptions {
  pageSize?: number;
  item?: string;
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
