/** Sessions, homework, programmes, data sheets and the care plan (CLIN-1..4). */
import type { DataSheetRecord } from '@portico/core';
import { badRequest, found, type Issue } from '../errors.js';
import type { Owned } from '../db/types.js';
import { paginate } from '../paging.js';
import { iso } from '../time.js';
import type { ImplFor } from './types.js';

export const clinicalImpl: ImplFor<'clinical'> = {
  clinical: {
    listSessions: ({ clientId, cursor, limit }, ctx) =>
      paginate(ctx.data.sessions.filter((s) => s.clientId === clientId).sort((a, b) => b.date.localeCompare(a.date)), { cursor, limit }),
    listHomework: ({ clientId }, ctx) => ctx.data.homework.filter((h) => h.clientId === clientId),
    updateHomework: ({ clientId, homeworkId, body }, ctx) => {
      const homework = found(ctx.data.homework.find((h) => h.id === homeworkId && h.clientId === clientId), 'This homework');
      homework.status = body.status;
      return homework;
    },
    listProgrammes: ({ clientId }, ctx) => ctx.data.programmes.filter((p) => p.clientId === clientId),
    listDataSheets: ({ clientId }, ctx) => ctx.data.dataSheets.filter((d) => d.clientId === clientId),
    submitDataSheet: ({ clientId, dataSheetId, body }, ctx) => {
      const sheet = found(ctx.data.dataSheets.find((d) => d.id === dataSheetId && d.clientId === clientId), 'This data sheet');
      const issues: Issue[] = [];
      if (body.endedAt < body.startedAt) issues.push({ path: 'endedAt', message: 'The end is before the start.' });
      body.rows.forEach((row, i) => {
        const def = sheet.rows.find((r) => r.id === row.rowId);
        if (!def) issues.push({ path: `rows.${i}.rowId`, message: 'Not a row of this data sheet.' });
        else if (def.measure === 'trials' && row.trials === undefined) issues.push({ path: `rows.${i}.trials`, message: 'Record the trials for this row.' });
        else if (def.measure === 'frequency' && row.count === undefined) issues.push({ path: `rows.${i}.count`, message: 'Record the count for this row.' });
        else if (def.measure === 'duration' && row.durationSeconds === undefined) issues.push({ path: `rows.${i}.durationSeconds`, message: 'Record the duration for this row.' });
      });
      if (issues.length) throw badRequest('invalid-data-sheet', 'Some rows of the data sheet are not valid.', issues);
      const record: Owned<DataSheetRecord> = { ...body, id: ctx.db.id('dsr'), dataSheetId, clientId, submittedAt: iso(ctx.now) };
      ctx.data.dataSheetRecords.push(record);
      return record;
    },
    getCarePlan: ({ clientId }, ctx) => found(ctx.data.carePlans.find((c) => c.clientId === clientId), 'The care plan'),
  },
};
