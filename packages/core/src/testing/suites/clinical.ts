/** forms and clinical. */
import type { DataSheetRecordInput } from '../../schemas/clinical.js';
import { can } from '../../policy.js';
import { check, deepEqual, equal, rejects } from '../assert.js';
import { UNKNOWN_ID, answersFor, walkPages, type ContractContext, type SuiteApi } from './context.js';

export function clinicalSuites({ describe, it }: SuiteApi, c: ContractContext): void {
  describe('forms', () => {
    it('forms.listAssignments, getDefinition, getProgress and saveProgress', async () => {
      const clientId = c.clientId();
      const assignments = await c.api().forms.listAssignments({ clientId });
      const open = assignments.find((a) => a.status !== 'submitted');
      check(open, 'forms.listAssignments: a form not yet submitted');
      const definition = await c.api().forms.getDefinition({ clientId, assignmentId: open.id });
      check(definition.sections.length > 0, 'forms.getDefinition: sections');
      // forms.location: no location on a form while the practice hides location addresses.
      if (!can(await c.api().session.get(), clientId, 'forms.location')) {
        check(!definition.location, 'forms.getDefinition: no location while hideLocation is on');
      }
      equal((await c.api().forms.getProgress({ clientId, assignmentId: open.id })).assignmentId, open.id, 'forms.getProgress: the assignment');
      const answers = { [definition.sections[0]!.fields[0]!.id]: 'partial' };
      const saved = await c.api().forms.saveProgress({ clientId, assignmentId: open.id, body: { answers } });
      deepEqual(saved.answers, answers, 'forms.saveProgress: the answers');
      deepEqual((await c.api().forms.getProgress({ clientId, assignmentId: open.id })).answers, answers, 'forms.getProgress after saving');
      await rejects(c.api().forms.getDefinition({ clientId, assignmentId: UNKNOWN_ID }), 'not-found', 'forms.getDefinition of an unknown id');
    });

    it('forms.submit: incomplete answers are refused by field; a complete form becomes a document, once', async () => {
      const clientId = c.clientId();
      const session = await c.api().session.get();
      const open = (await c.api().forms.listAssignments({ clientId })).find((a) => a.status !== 'submitted');
      check(open, 'forms.listAssignments: a form not yet submitted');
      const definition = await c.api().forms.getDefinition({ clientId, assignmentId: open.id });
      const signature = definition.signature
        ? definition.signature.allowTyped
          ? { kind: 'typed' as const, signerName: session.user.name, signedAt: new Date().toISOString(), text: session.user.name }
          : { kind: 'drawn' as const, signerName: session.user.name, signedAt: new Date().toISOString(), image: 'M0 0 L10 10' }
        : null;
      const required = definition.sections.some((s) => s.fields.some((f) => f.required && f.type !== 'statement'));
      if (required) {
        const incomplete = await rejects(c.api().forms.submit({ clientId, assignmentId: open.id, body: { answers: {}, signature } }), 'invalid-request', 'forms.submit with no answers');
        check(incomplete.issues.length > 0, 'forms.submit with no answers: issues name the fields');
      }
      const submitted = await c.api().forms.submit({ clientId, assignmentId: open.id, body: { answers: answersFor(definition, new Date().toISOString().slice(0, 10)), signature } });
      equal(submitted.status, 'submitted', 'forms.submit: the status');
      check(submitted.documentId, 'forms.submit: the completed form\'s document');
      equal((await c.api().files.get({ clientId, fileId: submitted.documentId })).id, submitted.documentId, 'files.get of the completed form');
      await rejects(c.api().forms.submit({ clientId, assignmentId: open.id, body: { answers: {}, signature } }), 'conflict', 'forms.submit twice');
    });
  });

  describe('clinical', () => {
    it('clinical.listSessions pages; listProgrammes has targets', async () => {
      const clientId = c.clientId();
      const { items } = await walkPages('clinical.listSessions', (cursor) => c.api().clinical.listSessions({ clientId, limit: 2, cursor }), 2);
      check(items.length > 0, 'clinical.listSessions: past sessions');
      const programmes = await c.api().clinical.listProgrammes({ clientId });
      check(programmes.every((p) => Array.isArray(p.targets)), 'clinical.listProgrammes: targets');
    });

    it('clinical.listHomework and updateHomework', async () => {
      const clientId = c.clientId();
      const homework = (await c.api().clinical.listHomework({ clientId }))[0];
      check(homework, 'clinical.listHomework: homework');
      const flipped = homework.status === 'done' ? 'assigned' : 'done';
      equal((await c.api().clinical.updateHomework({ clientId, homeworkId: homework.id, body: { status: flipped } })).status, flipped, 'clinical.updateHomework');
      equal((await c.api().clinical.listHomework({ clientId })).find((h) => h.id === homework.id)?.status, flipped, 'clinical.listHomework after the update');
    });

    it('clinical.listDataSheets and submitDataSheet store one run', async () => {
      const clientId = c.clientId();
      const sheet = (await c.api().clinical.listDataSheets({ clientId }))[0];
      check(sheet, 'clinical.listDataSheets: a data sheet');
      const rows: DataSheetRecordInput['rows'] = sheet.rows.map((row) =>
        row.measure === 'trials' ? { rowId: row.id, trials: ['correct', 'prompted'] } : row.measure === 'frequency' ? { rowId: row.id, count: 3 } : { rowId: row.id, durationSeconds: 90 },
      );
      const body = { startedAt: new Date(Date.now() - 600_000).toISOString(), endedAt: new Date().toISOString(), rows, note: 'Contract suite' };
      const record = await c.api().clinical.submitDataSheet({ clientId, dataSheetId: sheet.id, body });
      equal(record.dataSheetId, sheet.id, 'clinical.submitDataSheet: the sheet');
      deepEqual(record.rows, rows, 'clinical.submitDataSheet: the rows');
    });

    it('clinical.getCarePlan for the client and for their guardian', async () => {
      for (const user of ['client', 'guardian'] as const) {
        const plan = await c.api(user).clinical.getCarePlan({ clientId: c.clientId(user) });
        check(plan.title.length > 0 && Array.isArray(plan.goals), `clinical.getCarePlan (${user})`);
      }
    });
  });
}
