/** Audit events from Files (#12.2): upload, preview and download, each once, ids only. */
import { expect } from '@open-wc/testing';
import { CLIENT } from '@portico/mock';
import { auditsPerTest, expectOneAudit } from '../helpers/audit.js';
import { documentButton, watchDownloads } from '../helpers/downloads.js';
import { fakeFile, renderFiles } from '../helpers/files-harness.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

describe('audit events: files', () => {
  const log = auditsPerTest();

  it('an upload fires file-uploaded with the new file id, not its name', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    await files.chooseUploadKind('report');
    await files.upload.updateComplete;
    files.pick(fakeFile('Private evaluation.pdf', 'application/pdf', 5_000));
    await waitFor(() => files.names().includes('Private evaluation.pdf'), { message: 'the uploaded file in the list' });
    const stored = (await mockBackend()).db.data.files.find((f) => f.clientId === CLIENT.avery && f.name === 'Private evaluation.pdf')!;
    expectOneAudit(log, { type: 'file-uploaded', fileId: stored.id }, ['Private evaluation']);
    expect(log.events.map((e) => e.type)).to.deep.equal(['file-uploaded']);
  });

  it('opening a preview fires document-viewed once with the file id', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const row = files.row(/^Activity photo/);
    const name = row.querySelector('h3')!.textContent!.trim();
    files.button(`Preview ${name}`, row).click();
    await waitFor(() => files.previewDialog.open, { message: 'the preview' });
    expectOneAudit(log, { type: 'document-viewed', document: 'file', documentId: row.dataset.fileId! }, [name]);
  });

  it('Download fires file-downloaded once the bytes are saved, with the file id', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const row = files.row(/^Activity photo/);
    const name = row.querySelector('h3')!.textContent!.trim();
    const watch = watchDownloads();
    try {
      documentButton(row, `Download ${name}`).click();
      await watch.next();
      await waitFor(() => log.of('file-downloaded').length > 0, { message: 'the audit event' });
    } finally {
      watch.stop();
    }
    expectOneAudit(log, { type: 'file-downloaded', document: 'file', documentId: row.dataset.fileId! }, [name]);
    expect(log.of('document-viewed')).to.have.length(0);
  });
});
