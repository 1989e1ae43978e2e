/** Profile, preferences, availability, contacting the practice and the dashboard (ACCT-3..6, DASH-1..2). */
import { found } from '../errors.js';
import { paginate } from '../paging.js';
import { iso } from '../time.js';
import type { ImplFor } from './types.js';

export const accountImpl: ImplFor<'account' | 'dashboard'> = {
  account: {
    getProfile: (_input, ctx) => found(ctx.data.profiles[ctx.user.id], 'Your profile'),
    updateProfile: ({ body }, ctx) => {
      const profile = { ...found(ctx.data.profiles[ctx.user.id], 'Your profile'), ...body };
      ctx.data.profiles[ctx.user.id] = profile;
      return profile;
    },
    getPreferences: (_input, ctx) => found(ctx.data.preferences[ctx.user.id], 'Your preferences'),
    updatePreferences: ({ body }, ctx) => {
      ctx.data.preferences[ctx.user.id] = body;
      ctx.user.language = body.language;
      ctx.user.timeZone = body.timeZone;
      return body;
    },
    getAvailability: ({ clientId }, ctx) => ctx.data.availability[clientId] ?? { timeZone: ctx.data.organisation.timeZone, windows: [] },
    updateAvailability: ({ clientId, body }, ctx) => {
      ctx.data.availability[clientId] = body;
      return body;
    },
    listTemplates: (_input, ctx) => ctx.data.templates,
    contactPractice: ({ body }, ctx) => {
      const message = { id: ctx.db.id('pm'), userId: ctx.user.id, templateId: body.templateId, subject: body.subject, text: body.text, receivedAt: iso(ctx.now) };
      ctx.data.practiceMessages.push(message);
      return { id: message.id, receivedAt: message.receivedAt };
    },
  },
  dashboard: {
    getLayout: (_input, ctx) => ctx.data.layouts[ctx.user.id] ?? ctx.data.defaultLayout,
    saveLayout: ({ body }, ctx) => {
      ctx.data.layouts[ctx.user.id] = body;
      return body;
    },
    resetLayout: (_input, ctx) => {
      delete ctx.data.layouts[ctx.user.id];
      return ctx.data.defaultLayout;
    },
    listActivity: ({ clientId, cursor, limit }, ctx) =>
      paginate(ctx.data.activity.filter((a) => a.clientId === clientId).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)), { cursor, limit }),
  },
};
