import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PortalAdapter } from '@portico/core';
import { CLIENT, HIDDEN_MEMBER_ID } from '@portico/mock';
import { descriptionOf } from '../../src/testing/queries.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { fakeFile, renderFiles, withFiles } from '../helpers/files-harness.js';
import { adapterFor, mockBackend, visibleText, waitFor } from '../helpers/portal-harness.js';

const averyFiles = async () => (await mockBackend()).db.data.files.filter((f) => f.clientId === CLIENT.avery);

/** Records upload progress and holds the answer briefly so the finished bar can be seen. */
function slowUploads(adapter: PortalAdapter, calls: number[][], holdMs = 400): PortalAdapter {
  return withFiles(adapter, {
    upload: async (input, options) => {
      const fractions: number[] = [];
      calls.push(fractions);
      const result = await adapter.files.upload(input, {
        ...options,
        onUploadProgress: (p) => {
          fractions.push(p.fraction);
          options?.onUploadProgress?.(p);
        },
      });
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      return result;
    },
  });
}

describe('<portico-files> upload', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('uploads a PDF chosen with the picker, with progress to 100%, and lists it', async () => {
    const calls: number[][] = [];
    const files = await (await renderFiles(slowUploads(await adapterFor('client'), calls))).settled();
    const before = (await averyFiles()).length;
    await files.chooseUploadKind('report');
    await files.describeUpload('School evaluation');
    await files.upload.updateComplete;

    const event = oneEvent(files.view, 'portico-file-uploaded');
    files.pick(fakeFile('Evaluation.pdf', 'application/pdf', 50_000));
    // While the answer is on its way back, the bar shows the whole file sent.
    const progress = await waitFor(() => files.uploadRoot.querySelector('progress'), { message: 'the progress bar' });
    expect(progress.getAttribute('aria-label')).to.equal('Uploading Evaluation.pdf');
    await waitFor(() => progress.value === 1 && visibleText(files.uploadRoot.querySelector('.queue')!).includes('100% sent'), { message: 'progress at 100%' });
    const uploaded = await event;
    expect(calls[0]!.at(-1)).to.equal(1);
    expect(uploaded.detail.kind).to.equal('report');
    expect(Object.keys(uploaded.detail).sort()).to.deep.equal(['fileId', 'kind']);

    await waitFor(() => files.names().includes('Evaluation.pdf'), { message: 'the new file in the list' });
    expect(visibleText(files.row('Evaluation.pdf'))).to.contain('Uploaded by you');
    expect(visibleText(files.row('Evaluation.pdf'))).to.contain('School evaluation');
    const stored = (await averyFiles()).find((f) => f.id === uploaded.detail.fileId)!;
    expect(stored).to.include({ name: 'Evaluation.pdf', kind: 'report', mimeType: 'application/pdf', size: 50_000, description: 'School evaluation' });
    expect((await averyFiles()).length).to.equal(before + 1);
    expect(visibleText(files.uploadRoot.querySelector('.queue')!)).to.contain('Uploaded');
    // The kind and description went with this file: the next one starts afresh, as the fields show.
    await waitFor(() => files.uploadKind.selectedOptions[0]?.textContent === 'Choose what the file is', { message: '"What is it?" cleared' });
    expect(files.uploadKind.value).to.equal('');
    expect(files.getByLabel<HTMLTextAreaElement>('Description (optional)', files.upload).value).to.equal('');
    await expectNoAxeViolations(files.view);
  });

  it('shares the file with the chosen care-team members as part of the upload (#14.7)', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const group = await files.findByRole<HTMLFieldSetElement>('group', { name: 'Share with (optional)', within: files.upload });
    expect(group.querySelector('legend')!.textContent!.trim()).to.equal('Share with (optional)');
    // Hidden members are never offered (TEAM-2).
    expect(group.querySelector(`input[value="${HIDDEN_MEMBER_ID}"]`)).to.equal(null);
    const box = files.queryAllByRole<HTMLInputElement>('checkbox', { within: group })[0]!;
    const name = group.querySelector(`label[for="${box.id}"]`)!.textContent!.trim();
    box.focus();
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.equal(true);
    await expectNoAxeViolations(files.view);

    await files.chooseUploadKind('report');
    const event = oneEvent(files.view, 'portico-file-uploaded');
    files.pick(fakeFile('Letter.pdf', 'application/pdf', 4_000));
    const uploaded = await event;
    expect(backend.db.data.files.find((f) => f.id === uploaded.detail.fileId)!.sharedWith).to.deep.equal([box.value]);
    await waitFor(() => visibleText(files.uploadRoot.querySelector('.queue')!).includes(`Shared with ${name}`), { message: 'the queue naming who it is shared with' });
    // The choice went with that file; the next upload starts unshared.
    await waitFor(() => !files.uploadRoot.querySelector<HTMLInputElement>(`#${CSS.escape(box.id)}`)!.checked, { message: 'the choice cleared' });
    // The list shows the sharing too.
    await waitFor(() => files.names().includes('Letter.pdf'), { message: 'the file listed' });
    expect(visibleText(files.row('Letter.pdf'))).to.contain('Shared with 1 team member');
  });

  it('a hidden or unknown member refuses the whole upload and stores nothing (#14.7)', async () => {
    const backend = await mockBackend();
    const before = (await averyFiles()).length;
    const adapter = await adapterFor('client');
    const refused = await adapter.files
      .upload({ clientId: CLIENT.avery, body: { file: fakeFile('X.pdf', 'application/pdf'), fileName: 'X.pdf', kind: 'other', shareWith: HIDDEN_MEMBER_ID } })
      .catch((e: unknown) => e as { kind?: string; code?: string });
    expect(refused).to.include({ kind: 'invalid-request', code: 'invalid-share-target' });
    expect((await averyFiles()).length).to.equal(before);
    expect(backend.db.data.files.some((f) => f.name === 'X.pdf')).to.equal(false);
  });

  it('shows the progress bar while a file is on its way', async () => {
    (await mockBackend()).faults.latency(1500, 'files.upload');
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    await files.chooseUploadKind('photo');
    files.pick(fakeFile('Photo.png', 'image/png', 10_000));
    const progress = await waitFor(() => files.uploadRoot.querySelector('progress'), { message: 'the progress bar' });
    expect(progress.getAttribute('aria-label')).to.equal('Uploading Photo.png');
    expect(visibleText(files.uploadRoot.querySelector('.queue')!)).to.match(/\d+% sent/);
    await expectNoAxeViolations(files.view);
    await waitFor(() => files.names().includes('Photo.png'), { message: 'the photo listed' });
    expect(visibleText(files.row('Photo.png').querySelector('.kind')!)).to.equal('Photo');
  });

  it('refuses a type the practice does not accept, next to the field, without a request', async () => {
    const calls: number[][] = [];
    const files = await (await renderFiles(slowUploads(await adapterFor('client'), calls))).settled();
    const before = (await averyFiles()).length;
    files.pick(fakeFile('setup.exe', 'application/x-msdownload'));
    const error = await waitFor(() => files.uploadRoot.querySelector('#upload-error'), { message: 'the type error' });
    expect(visibleText(error)).to.contain('“setup.exe” is not a file type the practice accepts');
    expect(visibleText(error)).to.contain('PDF, images, MP4 video');
    expect(files.fileInput.getAttribute('aria-invalid')).to.equal('true');
    expect(files.fileInput.getAttribute('aria-describedby')).to.contain('upload-error');
    expect(calls.length).to.equal(0);
    expect((await averyFiles()).length).to.equal(before);
    await expectNoAxeViolations(files.view);
  });

  it('refuses a file over the size limit, naming the file and the limit', async () => {
    const backend = await mockBackend();
    const calls: number[][] = [];
    const files = await (await renderFiles(slowUploads(await adapterFor('client'), calls))).settled();
    const limit = backend.db.data.organisation.rules.maxUploadBytes;
    files.pick(fakeFile('Huge video.mp4', 'video/mp4', limit + 1));
    const error = await waitFor(() => files.uploadRoot.querySelector('#upload-error'), { message: 'the size error' });
    expect(visibleText(error)).to.match(/“Huge video\.mp4” is 10\.\d MB, larger than the 10\.\d MB limit/);
    expect(calls.length).to.equal(0);
    // A good file afterwards clears the message.
    files.pick(fakeFile('Small.pdf', 'application/pdf'));
    await waitFor(() => !files.uploadRoot.querySelector('#upload-error'), { message: 'the message to clear' });
    expect(files.fileInput.getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows the practice’s refusal and retries the same file without picking it again', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    // The practice tightened its rules after the page loaded: the backend refuses PDFs now.
    const rules = backend.db.data.organisation.rules;
    const accepted = rules.acceptedUploadTypes;
    rules.acceptedUploadTypes = ['image/*'];
    await files.chooseUploadKind('other');
    files.pick(fakeFile('Letter.pdf', 'application/pdf'));
    const failed = await waitFor(() => files.uploadRoot.querySelector('li[data-status="failed"]'), { message: 'the refusal' });
    expect(visibleText(failed)).to.contain('The practice did not accept “Letter.pdf”: this file type is not allowed');
    await expectNoAxeViolations(files.view);

    rules.acceptedUploadTypes = accepted;
    await files.click(files.button('Try again to upload Letter.pdf', failed));
    await waitFor(() => files.names().includes('Letter.pdf'), { message: 'the retried file listed' });
    expect((await averyFiles()).filter((f) => f.name === 'Letter.pdf').length).to.equal(1);
  });

  it('retries after a network failure with the same idempotency key, stored once', async () => {
    const backend = await mockBackend();
    backend.faults.dropResponse('files.upload', { times: 1 });
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    await files.chooseUploadKind('other');
    files.pick(fakeFile('Notes.txt', 'text/plain'));
    const failed = await waitFor(() => files.uploadRoot.querySelector('li[data-status="failed"]'), { message: 'the dropped upload' });
    expect(visibleText(failed)).to.contain('“Notes.txt” was not uploaded');
    await files.click(files.button('Try again to upload Notes.txt', failed));
    await waitFor(() => files.uploadRoot.querySelector('li[data-status="done"]'), { message: 'the retry' });
    expect((await averyFiles()).filter((f) => f.name === 'Notes.txt').length).to.equal(1);
  });

  it('"Try again" after a lost answer reuses the Idempotency-Key; after a refusal it sends a new one (#11)', async () => {
    const backend = await mockBackend();
    const keys: (string | undefined)[] = [];
    const base = await adapterFor('client');
    // Uploads travel by XMLHttpRequest (for progress), so the key is read where the view hands it over.
    const adapter = withFiles(base, { upload: (input, options) => (keys.push(options?.idempotencyKey), base.files.upload(input, options)) });
    const files = await (await renderFiles(adapter)).settled();

    // A lost answer: the file may be stored, so the retry must carry the same key (stored once).
    backend.faults.dropResponse('files.upload', { times: 1 });
    await files.chooseUploadKind('other');
    files.pick(fakeFile('Notes.txt', 'text/plain'));
    let failed = await waitFor(() => files.uploadRoot.querySelector('li[data-status="failed"]'), { message: 'the lost answer' });
    await files.click(files.button('Try again to upload Notes.txt', failed));
    await waitFor(() => files.uploadRoot.querySelector('li[data-status="done"]'), { message: 'the retry stored' });
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
    expect((await averyFiles()).filter((f) => f.name === 'Notes.txt').length).to.equal(1);

    // A refusal: nothing was stored, so "Try again" is a new attempt with a new key.
    const rules = backend.db.data.organisation.rules;
    const accepted = rules.acceptedUploadTypes;
    rules.acceptedUploadTypes = ['image/*'];
    await files.chooseUploadKind('other');
    files.pick(fakeFile('Letter.pdf', 'application/pdf'));
    failed = await waitFor(() => files.uploadRoot.querySelector('li[data-status="failed"]'), { message: 'the refusal' });
    expect(visibleText(failed)).to.contain('The practice did not accept “Letter.pdf”');
    rules.acceptedUploadTypes = accepted;
    await files.click(files.button('Try again to upload Letter.pdf', failed));
    await waitFor(() => files.names().includes('Letter.pdf'), { message: 'the retried file listed' });
    expect(keys).to.have.length(4);
    expect(keys[3]).to.be.a('string');
    expect(keys[3]).not.to.equal(keys[2]);
    expect(keys[2]).not.to.equal(keys[0]);
    expect((await averyFiles()).filter((f) => f.name === 'Letter.pdf').length).to.equal(1);
  });

  it('asks "What is it?" when a file comes without an answer, then uploads it as chosen (#10)', async () => {
    const calls: number[][] = [];
    const files = await (await renderFiles(slowUploads(await adapterFor('client'), calls, 0))).settled();
    const before = (await averyFiles()).length;
    files.drop(fakeFile('Scan.pdf', 'application/pdf', 2048));
    const question = files.uploadKind;
    await waitFor(() => descriptionOf(question) === 'Choose what Scan.pdf is, then press Upload.', { message: 'the question next to the field' });
    expect(files.getByText('Choose what Scan.pdf is, then press Upload.', files.upload)).to.exist;
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    await waitFor(() => files.focused() === question, { message: 'focus on "What is it?"' });
    // Nothing was filed as Other behind the person's back.
    expect(calls.length).to.equal(0);
    expect((await averyFiles()).length).to.equal(before);
    await expectNoAxeViolations(files.view);

    // "Upload" without an answer asks again rather than filing the scan as Other.
    await files.startUpload();
    await waitFor(() => files.focused() === question, { message: 'focus back on "What is it?"' });
    expect(calls.length).to.equal(0);

    const uploaded = oneEvent(files.view, 'portico-file-uploaded');
    await files.chooseUploadKind('report');
    await files.startUpload();
    expect((await uploaded).detail.kind).to.equal('report');
    await waitFor(() => descriptionOf(files.uploadKind) === '', { message: 'the question answered' });
    expect((await averyFiles()).find((f) => f.name === 'Scan.pdf')!.kind).to.equal('report');
  });

  it('does not upload while the person arrows through "What is it?", only when Upload is pressed (WCAG 3.2.2)', async () => {
    const calls: number[][] = [];
    const files = await (await renderFiles(slowUploads(await adapterFor('client'), calls, 0))).settled();
    const before = (await averyFiles()).length;
    files.pick(fakeFile('Intake.pdf', 'application/pdf', 2048));
    const question = files.uploadKind;
    await waitFor(() => files.focused() === question, { message: 'focus on "What is it?"' });

    // The closed list box changes its value on each arrow key; neither change sends the file.
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => question.value === 'session-note', { message: 'the first kind passed' });
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => question.value === 'form', { message: 'the second kind passed' });
    await files.upload.updateComplete;
    expect(calls.length, 'no upload started by the arrow keys').to.equal(0);
    await waitFor(() => descriptionOf(question) === 'Intake.pdf will be uploaded as Form when you press Upload.', { message: 'the note on the waiting file' });
    expect(files.getByText('Intake.pdf will be uploaded as Form when you press Upload.', files.upload)).to.exist;
    expect(question.getAttribute('aria-invalid')).to.equal('false');
    const start = files.uploadRoot.querySelector<HTMLButtonElement>('#upload-start')!;
    expect(start.getAttribute('aria-label')).to.equal('Upload Intake.pdf');
    expect(start.textContent!.trim()).to.equal('Upload');
    expect(calls.length, 'no upload started').to.equal(0);
    expect(files.uploadRoot.querySelector('.queue')).to.equal(null);
    expect((await averyFiles()).length).to.equal(before);
    await expectNoAxeViolations(files.view);

    // Tab to Upload and press it by keyboard: the file goes with the kind chosen last.
    const uploaded = oneEvent(files.view, 'portico-file-uploaded');
    await sendKeys({ press: 'Tab' });
    await waitFor(() => files.focused() === start, { message: 'focus on Upload' });
    await sendKeys({ press: 'Enter' });
    expect((await uploaded).detail.kind).to.equal('form');
    expect(calls.length).to.equal(1);
    expect((await averyFiles()).find((f) => f.name === 'Intake.pdf')!.kind).to.equal('form');
    expect((await averyFiles()).length).to.equal(before + 1);
    await waitFor(() => files.focused() === files.fileInput, { message: 'focus back on the picker' });
    expect(files.uploadRoot.querySelector('#upload-start')).to.equal(null);
  });

  it('uploads files dropped on the drop zone', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    await files.chooseUploadKind('photo');
    setTimeout(() => files.drop(fakeFile('Dropped.jpg', 'image/jpeg', 4096)));
    const uploaded = await oneEvent(files.view, 'portico-file-uploaded');
    expect(uploaded.detail.kind).to.equal('photo');
    await waitFor(() => files.names().includes('Dropped.jpg'), { message: 'the dropped file listed' });
    expect((await averyFiles()).some((f) => f.id === uploaded.detail.fileId && f.name === 'Dropped.jpg')).to.equal(true);
  });
});

describe('<portico-files> share', () => {
  beforeEach(async () => (await mockBackend()).reset());

  it('shares a file with a chosen member, never offering a hidden one', async () => {
    const backend = await mockBackend();
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const row = files.rows()[0]!;
    const fileId = row.dataset.fileId!;
    const name = row.querySelector('h3')!.textContent!.trim();
    const opener = files.button(`Share ${name}`, row);
    await files.click(opener);
    await waitFor(() => files.shareDialog.open && files.shareDialog.querySelector('input[type="checkbox"]'), { message: 'the share dialog' });
    const dialog = files.shareDialog;
    expect(visibleText(dialog)).not.to.contain('Robin Example');
    expect(dialog.innerHTML).not.to.contain(HIDDEN_MEMBER_ID);
    const record = backend.db.data.files.find((f) => f.id === fileId)!;
    const boxes = [...dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.filter((b) => b.checked).map((b) => b.value).sort()).to.deep.equal([...record.sharedWith].sort());
    expect(visibleText(dialog.querySelector('#share-now')!)).to.match(/^(Shared now with: |Not shared)/);
    await expectNoAxeViolations(files.view);

    const box = boxes.find((b) => !b.checked)!;
    await files.check(box);
    const expected = [...record.sharedWith, box.value].sort();
    const sharing = oneEvent(files.view, 'portico-file-shared');
    await files.click(files.button('Save sharing', dialog));
    const shared = await sharing;
    expect(shared.detail.fileId).to.equal(fileId);
    expect([...shared.detail.memberIds].sort()).to.deep.equal(expected);
    await waitFor(() => !files.shareDialog.open, { message: 'the dialog to close' });
    expect(files.focused()).to.equal(opener);
    expect([...backend.db.data.files.find((f) => f.id === fileId)!.sharedWith].sort()).to.deep.equal(expected);
  });

  it('never offers a hidden member even if the backend sends one; Escape cancels', async () => {
    const adapter = await adapterFor('client');
    const leaky: PortalAdapter = {
      ...adapter,
      team: {
        list: async (input, options) => [
          ...(await adapter.team.list(input, options)),
          { id: 'm-secret', name: 'Secret Person', title: 'Director', photoUrl: null, email: null, phone: null, messageable: false, hidden: true },
        ],
      },
    };
    const files = await (await renderFiles(leaky)).settled();
    const row = files.rows()[0]!;
    const opener = files.button(`Share ${row.querySelector('h3')!.textContent!.trim()}`, row);
    await files.click(opener);
    await waitFor(() => files.shareDialog.open && files.shareDialog.querySelector('input[type="checkbox"]'), { message: 'the share dialog' });
    expect(visibleText(files.shareDialog)).not.to.contain('Secret Person');
    expect(files.shareDialog.querySelector('input[value="m-secret"]')).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !files.shareDialog.open, { message: 'the dialog to close' });
    expect(files.focused()).to.equal(opener);
  });
});
