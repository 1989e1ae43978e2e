import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CLIENT } from '@portico/mock';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { renderFiles, withFiles } from '../helpers/files-harness.js';
import { adapterFor, mockBackend, renderPortal, visibleText, waitFor } from '../helpers/portal-harness.js';
import type { PorticoFiles } from '../../src/views/files/files.js';
import { FilesHarness, fakeFile } from '../helpers/files-harness.js';
import { documentButton, documentLabel, requestedPaths, watchDownloads } from '../helpers/downloads.js';

const KIND_LABELS = ['Session note', 'Form', 'Report', 'Insurance authorisation', 'Video', 'Photo', 'Invoice', 'Other'];

describe('<portico-files> list', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('lists every file shared with the client with kind, size, date and uploader', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const expected = backend.db.data.files.filter((f) => f.clientId === CLIENT.avery);
    expect(files.rows().length).to.equal(expected.length);
    expect(new Set(files.kinds())).to.deep.equal(new Set(KIND_LABELS));
    // Newest first by default.
    const newest = [...expected].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
    expect(files.names()[0]).to.equal(newest.name);
    const row = files.row(newest.name);
    const meta = visibleText(row.querySelector('.meta')!);
    expect(meta).to.match(/\d+(\.\d)? (kB|MB|byte)/);
    expect(row.querySelector('time')!.getAttribute('datetime')).to.equal(newest.createdAt);
    expect(meta).to.contain(newest.uploadedBy.id === 'u-avery' ? 'Uploaded by you' : `Uploaded by ${newest.uploadedBy.name}`);
    // Download is a button that fetches through the adapter, never a link to the backend's URL.
    expect(row.querySelector('a[href]')).to.equal(null);
    expect(documentLabel(documentButton(row, `Download ${newest.name}`))).to.equal('Download');
    // A file Avery uploaded says so.
    const own = expected.find((f) => f.uploadedBy.id === 'u-avery')!;
    expect(visibleText(files.row(own.name))).to.contain('Uploaded by you');
    await expectNoAxeViolations(files.view);
  });

  it('filters by kind and sorts by name and by size', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    await files.chooseKind('photo');
    await waitFor(() => files.kinds().length > 0 && files.kinds().every((k) => k === 'Photo'), { message: 'only photos' });
    expect(files.rows().length).to.equal(backend.db.data.files.filter((f) => f.clientId === CLIENT.avery && f.kind === 'photo').length);

    await files.chooseKind('');
    await files.chooseSort('name');
    await waitFor(() => new Set(files.kinds()).size === KIND_LABELS.length && isSorted(files.names(), (a, b) => a.localeCompare(b)), { message: 'sorted by name' });

    await files.chooseSort('size');
    const sizes = () => backend.db.data.files.filter((f) => f.clientId === CLIENT.avery).sort((a, b) => b.size - a.size).map((f) => f.name);
    await waitFor(() => files.names().join('|') === sizes().join('|'), { message: 'sorted by size' });

    await files.chooseSort('oldest');
    const oldest = backend.db.data.files.filter((f) => f.clientId === CLIENT.avery).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]!;
    await waitFor(() => files.names()[0] === oldest.name, { message: 'oldest first' });
  });

  it('searches by name after typing stops, with the query in the request body only', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    performance.clearResourceTimings();
    await files.typeSearch('report');
    await waitFor(() => files.rows().length > 0 && files.names().every((n) => n.startsWith('Progress report')), { message: 'search results' });
    expect(files.rows().length).to.equal(2);
    expect(visibleText(files.root.querySelector('.summary')!)).to.equal('2 files match “report”');
    const urls = performance.getEntriesByType('resource').map((e) => e.name);
    expect(urls.some((u) => u.includes('/files/search'))).to.equal(true);
    expect(urls.filter((u) => u.includes('report'))).to.deep.equal([]);
    // Debounced: one search for the whole word, not one per letter.
    expect(urls.filter((u) => u.includes('/files/search')).length).to.equal(1);

    await files.click(files.button('Clear search'));
    await waitFor(() => files.rows().length === 20, { message: 'the full list again' });
    expect(files.searchInput.value).to.equal('');
    expect(files.focused()).to.equal(files.searchInput);
  });

  it('searches at once on Enter in the search box, which stays a labelled searchbox', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const search = files.getByRole<HTMLInputElement>('searchbox', { name: 'Search files' });
    expect(search.maxLength).to.equal(200);
    await files.typeSearch('report');
    await files.press('Enter');
    await waitFor(() => visibleText(files.root.querySelector('.summary')!) === '2 files match “report”', { message: 'search results' });
    expect(files.focused()).to.equal(search);
    await expectNoAxeViolations(files.view);
  });

  it('says when nothing matches and clears the filters', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    await files.chooseKind('video');
    await files.typeSearch('zebra');
    const empty = await waitFor(() => files.root.querySelector('portico-state-empty'), { message: 'the no-match state' });
    expect(visibleText(empty)).to.contain('No files match');
    await expectNoAxeViolations(files.view);
    await files.click(files.button('Clear filters', empty));
    await waitFor(() => files.rows().length === 20, { message: 'every file again' });
    expect(files.kindSelect.value).to.equal('');
  });

  it('says what to do when nothing is shared yet', async () => {
    const adapter = withFiles(await adapterFor('client'), { list: async () => ({ items: [], nextCursor: null }) });
    const files = await (await renderFiles(adapter)).settled();
    const empty = files.root.querySelector('portico-state-empty')!;
    expect(visibleText(empty)).to.contain('No files yet');
    expect(visibleText(empty)).to.contain('You can also upload a file above');
    expect(files.root.querySelector('portico-files-upload')).not.to.equal(null);
    await expectNoAxeViolations(files.view);
  });

  it('shows a skeleton while loading', async () => {
    (await mockBackend()).faults.latency(800, 'files.list');
    const files = await renderFiles(await adapterFor('client'));
    // The session is there (the view is shown) while the files are still on their way.
    await waitFor(() => files.view.checkVisibility(), { message: 'the session' });
    const loading = await waitFor(() => files.root.querySelector('portico-state-loading'), { message: 'the skeleton' });
    expect(loading.getAttribute('label')).to.equal('Loading files');
    await expectNoAxeViolations(files.view);
  });

  it('shows a failure with a Retry that recovers', async () => {
    const backend = await mockBackend();
    backend.faults.errorRate('files.list', 1);
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const error = files.root.querySelector('portico-state-error')!;
    expect(visibleText(error)).to.contain('Try again');
    await expectNoAxeViolations(files.view);
    backend.faults.reset();
    await files.click(await files.findByRole('button', { name: 'Try again' }));
    await waitFor(() => files.rows().length === 20, { message: 'the list after retry' });
  });

  it('shows a bad payload as a clear error in the view, the rest still working', async () => {
    const backend = await mockBackend();
    backend.faults.malformed('files.list');
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const error = files.root.querySelector('portico-state-error')!;
    expect(visibleText(error)).to.contain('sent something unexpected');
    // The upload panel and the toolbar are still there.
    expect(files.root.querySelector('portico-files-upload')).not.to.equal(null);
    expect(files.searchInput).not.to.equal(null);
  });

  it('loads more files page by page', async () => {
    const files = await (await renderFiles(await adapterFor('client'), { pageSize: 8 })).settled();
    expect(files.rows().length).to.equal(8);
    await files.click(files.button('Load more files'));
    await waitFor(() => files.rows().length === 16, { message: 'the second page' });
    // Focus moves to the first new file.
    expect(files.focused()?.closest('li')).to.equal(files.rows()[8]);
    expect(visibleText(files.root.querySelector('[role="status"][aria-live="polite"]')!)).to.equal('8 more shown');
    await files.click(files.button('Load more files'));
    await waitFor(() => files.rows().length === 20, { message: 'the last page' });
    expect(files.queryAllByRole('button', { name: 'Load more files' })).to.deep.equal([]);
    expect(new Set(files.names()).size).to.equal(20);
  });

  it('a page that fails to load says so beside the button, and Try again loads it', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'), { pageSize: 8 })).settled();
    backend.faults.errorRate('files.list', 1, { status: 503, times: 1 });
    await files.click(files.button('Load more files'));
    const alert = await waitFor(() => files.root.querySelector('.more[role="alert"]'), { message: 'the failure beside the button' });
    expect(visibleText(alert)).to.not.equal('');
    expect(files.rows().length).to.equal(8);
    await expectNoAxeViolations(files.view);
    await files.click(files.button('Try again'));
    await waitFor(() => files.rows().length === 16, { message: 'the second page after Try again' });
    expect(files.root.querySelector('.more[role="alert"]')).to.equal(null);
    expect(files.focused()).to.equal(files.rows()[8]);
  });

  it('after an upload, loads the pages below the first again, so no file drops out of the list', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'), { pageSize: 8 })).settled();
    await files.click(files.button('Load more files'));
    await waitFor(() => files.rows().length === 16, { message: 'the second page' });
    await files.click(files.button('Load more files'));
    await waitFor(() => files.rows().length === 20, { message: 'the last page' });
    await files.chooseUploadKind('report');
    files.pick(fakeFile('Evaluation.pdf', 'application/pdf'));
    // Newest first: the new file heads the first page and pushes one file onto the second.
    const all = () => backend.db.data.files.filter((f) => f.clientId === CLIENT.avery).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((f) => f.name);
    await waitFor(() => files.names()[0] === 'Evaluation.pdf' && files.names().join('|') === all().join('|'), { message: 'all 21 files in order' });
    expect(files.rows().length).to.equal(21);
  });

  it('shows user content as text, never as markup', async () => {
    const adapter = await adapterFor('client');
    const hostile = withFiles(adapter, {
      list: async () => ({
        items: [{
          id: 'f-x', name: '<img src=x onerror="window.__pwned=1">.pdf', kind: 'other', mimeType: 'text/plain', size: 10,
          createdAt: '2024-01-01T00:00:00Z', uploadedBy: { id: 'm', kind: 'team', name: '<b>Boss</b>' }, sharedWith: [], url: '/api/downloads/f-x', description: '<script>x</script>',
        }],
        nextCursor: null,
      }),
    });
    const files = await (await renderFiles(hostile)).settled();
    expect(files.root.querySelector('img[src="x"]')).to.equal(null);
    expect(files.root.querySelector('b')).to.equal(null);
    expect(visibleText(files.rows()[0]!)).to.contain('Uploaded by <b>Boss</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<portico-files> preview', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('previews an image in a modal dialog; Escape closes it and focus returns', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const row = files.row(/^Activity photo/);
    const name = row.querySelector('h3')!.textContent!.trim();
    const button = files.button(`Preview ${name}`, row);
    const opening = oneEvent(files.view, 'portico-open-requested');
    await files.click(button);
    const opened = await opening;
    expect(opened.detail).to.deep.equal({ view: 'files', item: row.dataset.fileId });
    await waitFor(() => files.previewDialog.open, { message: 'the dialog' });
    expect(files.previewDialog.matches(':modal')).to.equal(true);
    const img = await waitFor(() => files.previewDialog.querySelector('img'), { message: 'the picture' });
    expect(img.getAttribute('alt')).to.equal(name);
    expect(img.getAttribute('src')).to.match(/^blob:/);
    documentButton(files.previewDialog, `Download ${name}`);
    // Focus is inside the dialog.
    expect(files.preview.shadowRoot!.activeElement).not.to.equal(null);
    await expectNoAxeViolations(files.view);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !files.previewDialog.open, { message: 'the dialog to close' });
    expect(files.focused()).to.equal(button);
  });

  it('previews a PDF in a titled frame and a video with controls', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const pdfRow = files.row(/^Progress report/);
    const pdfName = pdfRow.querySelector('h3')!.textContent!.trim();
    await files.click(files.button(`Preview ${pdfName}`, pdfRow));
    await waitFor(() => files.previewDialog.open, { message: 'the PDF dialog' });
    const frame = await waitFor(() => files.previewDialog.querySelector('iframe'), { message: 'the PDF frame' });
    // The bytes came through the adapter, shown from a blob: URL typed as a PDF.
    expect(frame.getAttribute('src')).to.match(/^blob:/);
    expect(frame.getAttribute('title')).to.equal(`Preview of ${pdfName}`);
    expect((await (await fetch(frame.src)).blob()).type).to.equal('application/pdf');
    // The bytes are only reachable through Portico's own blob: URL, not a link to the backend.
    expect(files.previewDialog.querySelector('a[href]')).to.equal(null);
    await expectNoAxeViolations(files.view);
    await files.click(files.button('Close', files.previewDialog));
    await waitFor(() => !files.previewDialog.open);

    const videoRow = files.row(/^Practice video/);
    const videoName = videoRow.querySelector('h3')!.textContent!.trim();
    const videoButton = files.button(`Preview ${videoName}`, videoRow);
    await files.click(videoButton);
    await waitFor(() => files.previewDialog.open, { message: 'the video dialog' });
    const video = await waitFor(() => files.previewDialog.querySelector('video'), { message: 'the video' });
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('aria-label')).to.equal(videoName);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !files.previewDialog.open);
    expect(files.focused()).to.equal(videoButton);
  });

  it('offers only the download for files that cannot be shown inline', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const row = files.row(/^Reading list/);
    expect(row.querySelector('[data-action="preview"]')).to.equal(null);
    documentButton(row, /^Download Reading list/);
  });

  it('the open preview has one writer: a host that takes the request decides when it opens', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const requests: (string | undefined)[] = [];
    // A host using the view on its own, taking its requests (as the portal does).
    const host = files.view.parentElement!;
    host.addEventListener('portico-open-requested', (event) => {
      event.preventDefault();
      requests.push(event.detail.item);
    });
    const row = files.row(/^Activity photo/);
    const name = row.querySelector('h3')!.textContent!.trim();
    const button = files.button(`Preview ${name}`, row);
    await files.click(button);
    expect(requests).to.deep.equal([row.dataset.fileId]);
    await files.view.updateComplete;
    expect(files.previewDialog.open).to.equal(false);
    // The host writes the item: now the preview opens, from the file that was pressed (no fetch).
    performance.clearResourceTimings();
    files.view.item = row.dataset.fileId;
    await waitFor(() => files.previewDialog.open && files.previewDialog.querySelector('img'), { message: 'the preview' });
    expect(performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith(`/files/${row.dataset.fileId}`))).to.deep.equal([]);
    // Close asks too; the preview is closed and focus is back on Preview.
    await files.press('Escape');
    await waitFor(() => !files.previewDialog.open, { message: 'the preview to close' });
    expect(requests).to.deep.equal([row.dataset.fileId, undefined]);
    expect(files.focused()).to.equal(button);
    files.view.item = undefined;
    await files.view.updateComplete;
    expect(files.previewDialog.open).to.equal(false);
  });

  it('opens the preview of the file named by `item` (a deep link)', async () => {
    const backend = await mockBackend();
    const file = backend.db.data.files.find((f) => f.clientId === CLIENT.avery && f.mimeType === 'image/png')!;
    const files = await renderFiles(await adapterFor('client'), { item: file.id });
    await waitFor(() => files.previewDialog?.open, { message: 'the linked preview' });
    expect(files.previewDialog.querySelector('h3')!.textContent).to.equal(file.name);
    const img = await waitFor(() => files.previewDialog.querySelector('img'), { message: 'the picture' });
    expect(img.getAttribute('alt')).to.equal(file.name);
    await files.settled();
    // Close is pressed where a person sees it: once the picture has loaded and the dialog has its size.
    await waitFor(() => img.complete, { message: 'the picture to load' });
    const closing = oneEvent(files.view, 'portico-open-requested');
    await files.click(files.button('Close', files.previewDialog));
    const closed = await closing;
    expect(closed.detail).to.deep.equal({ view: 'files', item: undefined });
    expect(files.previewDialog.open).to.equal(false);
  });

  it('follows #/files/<id> in the portal, and the URL follows the preview (ids only)', async () => {
    const backend = await mockBackend();
    const file = backend.db.data.files.find((f) => f.clientId === CLIENT.avery && f.mimeType === 'video/mp4')!;
    location.hash = `#/files/${file.id}`;
    try {
      const portal = await renderPortal({ routing: 'hash' });
      const files = new FilesHarness(await portal.settled('portico-files') as PorticoFiles);
      await waitFor(() => files.previewDialog?.open && files.previewDialog.querySelector('video'), { message: 'the linked video' });
      files.button('Close', files.previewDialog).click();
      await waitFor(() => location.hash === '#/files', { message: 'the URL without the item' });
      await files.settled();
      const row = files.row(/^Activity photo/);
      files.button(`Preview ${row.querySelector('h3')!.textContent!.trim()}`, row).click();
      await waitFor(() => location.hash === `#/files/${row.dataset.fileId}`, { message: 'the URL with the file id' });
      await waitFor(() => files.previewDialog.open, { message: 'the preview' });
      await waitFor(() => files.previewDialog.querySelector('img'), { message: 'the picture' });
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('closes the preview when browser Back takes the file out of the URL (#10.17)', async function () {
    try {
      const portal = await renderPortal({ routing: 'hash' });
      await portal.open('Files');
      const files = new FilesHarness(await portal.settled('portico-files') as PorticoFiles);
      await files.settled();
      const row = files.row(/^Activity photo/);
      files.button(`Preview ${row.querySelector('h3')!.textContent!.trim()}`, row).click();
      await waitFor(() => files.previewDialog.open && location.hash === `#/files/${row.dataset.fileId}`, { message: 'the preview and its URL' });
      history.back();
      await waitFor(() => location.hash === '#/files', { message: 'the URL without the item' });
      await waitFor(() => !files.previewDialog.open, { message: 'the preview to close' });
      expect(portal.currentLabel()).to.equal('Files');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('says so when a linked file cannot be found', async () => {
    const files = await (await renderFiles(await adapterFor('client'), { item: 'file-nope' })).settled();
    const alert = await waitFor(() => files.root.querySelector('.alert[role="alert"]'), { message: 'the alert' });
    expect(visibleText(alert)).to.contain('could not be opened');
    expect(files.rows().length).to.equal(20);
  });
});

function isSorted<T>(values: T[], compare: (a: T, b: T) => number): boolean {
  return values.every((v, i) => i === 0 || compare(values[i - 1]!, v) <= 0);
}

describe('<portico-files> downloads and media (issue #10.1, #10.10)', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('Download saves the file\'s own bytes, fetched through the adapter with the bearer token', async () => {
    const adapter = await adapterFor('client');
    const content = 'Harbor Lane sleep diary, week 3.\n';
    const uploaded = await adapter.files.upload({ clientId: CLIENT.avery, body: { file: new File([content], 'sleep-diary.txt', { type: 'text/plain' }), kind: 'other' } });
    const files = await (await renderFiles(adapter)).settled();
    const watch = watchDownloads();
    try {
      performance.clearResourceTimings();
      await files.click(documentButton(files.row('sleep-diary.txt'), 'Download sleep-diary.txt'));
      const saved = await watch.next();
      expect(saved.fileName).to.equal('sleep-diary.txt');
      expect(saved.href).to.match(/^blob:/);
      expect(await saved.blob.text()).to.equal(content);
      // The bytes came from the contract's operation (which answers 401 without the token).
      expect(requestedPaths()).to.include(`/api/clients/${CLIENT.avery}/files/${uploaded.id}/content`);
      expect(requestedPaths().some((p) => p.includes('/downloads/'))).to.equal(false);
    } finally {
      watch.stop();
    }
  });

  it('a download that fails says so beside the button, and the next click tries again', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const name = files.names()[0]!;
    const watch = watchDownloads();
    try {
      backend.faults.errorRate('files.download', 1, { status: 503, times: 1 });
      const button = documentButton(files.row(name), `Download ${name}`);
      await files.click(button);
      const host = button.getRootNode() as ShadowRoot;
      const alert = await waitFor(() => host.querySelector('[role="alert"]'), { message: 'the failure message' });
      expect(alert.textContent).to.contain('The download failed.');
      await expectNoAxeViolations(files.view);
      await files.click(button);
      const saved = await watch.next();
      expect(saved.blob.size).to.be.greaterThan(0);
      await waitFor(() => !host.querySelector('[role="alert"]'), { message: 'the message to go' });
    } finally {
      watch.stop();
    }
  });

  it('previews a video the mock serves: it loads with a duration', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    await files.chooseKind('video');
    await waitFor(() => files.kinds().length > 0 && files.kinds().every((k) => k === 'Video'), { message: 'only videos' });
    const name = files.names()[0]!;
    await files.click(files.button(`Preview ${name}`, files.row(name)));
    const video = await waitFor(() => files.previewDialog.querySelector('video'), { message: 'the video' });
    expect(video.getAttribute('src')).to.match(/^blob:/);
    await waitFor(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, { message: 'the video metadata' });
    expect(video.duration).to.be.greaterThan(0);
    expect(video.videoWidth).to.be.greaterThan(0);
    expect(files.previewDialog.querySelector('[part="media-error"]')).to.equal(null);
  });

  it('a video the browser cannot play shows a message and a working Download', async () => {
    const adapter = await adapterFor('client');
    await adapter.files.upload({ clientId: CLIENT.avery, body: { file: fakeFile('broken-clip.mp4', 'video/mp4', 4096), kind: 'video' } });
    const files = await (await renderFiles(adapter)).settled();
    await files.click(files.button('Preview broken-clip.mp4', files.row('broken-clip.mp4')));
    const message = await waitFor(() => files.previewDialog.querySelector('[part="media-error"]'), { message: 'the media error' });
    expect(message.textContent).to.contain('This file cannot be shown here. Download it to open it on your device.');
    expect(files.previewDialog.querySelector('video')).to.equal(null);
    await expectNoAxeViolations(files.view);
    const watch = watchDownloads();
    try {
      await files.click(documentButton(files.previewDialog, 'Download broken-clip.mp4'));
      const saved = await watch.next();
      expect(saved.blob.size).to.equal(4096);
    } finally {
      watch.stop();
    }
  });
});
