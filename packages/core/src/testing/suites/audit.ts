/** audit: the optional access-log operation. */
import { equal, rejects } from '../assert.js';
import type { ContractContext, SuiteApi } from './context.js';

export function auditSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('audit', () => {
    it('audit.record takes a batch of events (ids only) and answers no content; an empty batch is refused', async () => {
      const api = c.api();
      const at = new Date().toISOString();
      const events = [
        { type: 'signed-in', at },
        { type: 'document-viewed', at, document: 'file', documentId: c.unique('file') },
        { type: 'message-sent', at, threadId: c.unique('thread'), messageId: c.unique('message') },
      ] as const;
      equal(await api.audit.record({ body: { clientId: c.clientId(), events: [...events] } }), undefined, 'audit.record answers no content');
      await rejects(api.audit.record({ body: { clientId: c.clientId(), events: [] } }), 'invalid-request', 'audit.record with no events');
    });
  });
}
