/**
 * Issue #13.8: the PDF preview works under a strict CSP with `object-src 'none'` (what the
 * example promises): it uses a frame from a blob: URL, which `frame-src blob:` allows.
 * This file runs in its own page, so the policy set here touches no other test.
 */
import { expect } from '@open-wc/testing';
import { createObjectUrl, revokeObjectUrl } from '@portico/core';
import { renderFiles } from '../helpers/files-harness.js';
import { adapterFor, mockBackend, waitFor } from '../helpers/portal-harness.js';

const POLICY = "object-src 'none'; frame-src 'self' blob:; img-src 'self' data: blob:; media-src 'self' blob:";

describe('<portico-files> PDF preview under a strict CSP (issue #13.8)', () => {
  const violations: string[] = [];
  const record = (e: SecurityPolicyViolationEvent) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));
  beforeEach(async () => (await mockBackend()).reset());

  it('the policy is in force: a blob: <object> is refused', async () => {
    const url = createObjectUrl(new Blob(['%PDF-1.4'], { type: 'application/pdf' }));
    const object = Object.assign(document.createElement('object'), { type: 'application/pdf', data: url });
    document.body.append(object);
    await waitFor(() => violations.some((v) => v.startsWith('object-src')), { message: 'the object-src violation' });
    object.remove();
    revokeObjectUrl(url);
    violations.length = 0;
  });

  it('shows the PDF in a frame with no violation', async () => {
    const files = await (await renderFiles(await adapterFor('client'))).settled();
    const row = files.row(/^Progress report/);
    await files.click(files.button(`Preview ${row.querySelector('h3')!.textContent!.trim()}`, row));
    const frame = await waitFor(() => files.previewDialog.querySelector('iframe'), { message: 'the PDF frame' });
    // Loaded (a violation is reported while loading, before the load event), then one frame more.
    await new Promise((resolve) => (frame.contentDocument?.readyState === 'complete' ? resolve(undefined) : frame.addEventListener('load', resolve, { once: true })));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(frame.getAttribute('src')).to.match(/^blob:/);
    expect(violations).to.deep.equal([]);
  });
});
