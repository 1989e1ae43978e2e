/**
 * Spanish, assembled from one catalogue per area (`es/<area>.ts`). Keys are the English source
 * text exactly as written in `msg()`; `${0}`… stand for the expressions of a `msg(str`…`)` call.
 * See `../README.md`.
 */
import { translations } from '../catalog.js';
import { ui } from './es/ui.js';
import { shell } from './es/shell.js';
import { team } from './es/team.js';
import { dashboard } from './es/dashboard.js';
import { messages } from './es/messages.js';
import { files } from './es/files.js';
import { billing } from './es/billing.js';
import { schedule } from './es/schedule.js';
import { tasks } from './es/tasks.js';
import { forms } from './es/forms.js';
import { clinical } from './es/clinical.js';
import { account } from './es/account.js';
import { idle } from './es/idle.js';
import { guest } from './es/guest.js';
import { header } from './es/header.js';
import { recovery } from './es/recovery.js';
import { signInMethods } from './es/sign-in-methods.js';
import { registration } from './es/registration.js';

export const templates = translations({
  ...ui,
  ...shell,
  ...team,
  ...dashboard,
  ...messages,
  ...files,
  ...billing,
  ...schedule,
  ...tasks,
  ...forms,
  ...clinical,
  ...account,
  ...idle,
  ...guest,
  ...header,
  ...recovery,
  ...signInMethods,
  ...registration,
});
