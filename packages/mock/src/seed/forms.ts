/** The three standard intake forms (FORM-1) and their assignments, plus tasks (TASK-1). */
import type { FormDefinition, FormProgress, Task } from '@portico/core';
import { PRIVACY_SIGNED_DAYS_AGO, privacyDocumentId } from './files.js';
import type { MockData, Owned } from '../db/types.js';
import { DAY, iso, utcDate } from '../time.js';
import { CLIENT, type SeedContext } from './context.js';

const yesNo = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

export const INTAKE_FORM: FormDefinition = {
  id: 'form-intake', version: 3, title: 'Intake questionnaire',
  description: 'Tell us about yourself so we can prepare for the first session.',
  sections: [
    {
      id: 'about', title: 'About you', fields: [
        { id: 'preferredName', type: 'text', label: 'Preferred name', required: false, maxLength: 80 },
        { id: 'dateOfBirth', type: 'date', label: 'Date of birth', required: true, min: '1900-01-01' },
        { id: 'phone', type: 'text', label: 'Mobile phone', required: true, help: 'We use it only to reach you about your care.', pattern: '^[0-9 +()-]{7,20}$', patternMessage: 'Enter a phone number, digits and spaces only.' },
        { id: 'contactMethod', type: 'single-choice', label: 'How should we contact you?', required: true, options: [{ value: 'phone', label: 'Phone' }, { value: 'email', label: 'Email' }, { value: 'portal', label: 'Portal message' }] },
      ],
    },
    {
      id: 'health', title: 'Health history', fields: [
        { id: 'reason', type: 'long-text', label: 'What brings you to the practice?', required: true, maxLength: 2000 },
        { id: 'concerns', type: 'multi-choice', label: 'Which of these apply?', required: false, minSelected: 0, options: [
          { value: 'sleep', label: 'Sleep' }, { value: 'anxiety', label: 'Anxiety' }, { value: 'mood', label: 'Mood' },
          { value: 'attention', label: 'Attention' }, { value: 'communication', label: 'Communication' },
        ] },
        { id: 'stress', type: 'number', label: 'Stress this week, 0 to 10', required: true, min: 0, max: 10, step: 1 },
        { id: 'takesMedication', type: 'yes-no', label: 'Do you take any medication?', required: true, followUp: [
          { id: 'medicationList', type: 'long-text', label: 'Which medication, and how much?', required: true },
          { id: 'medicationSince', type: 'date', label: 'Since when?', required: false },
        ] },
        { id: 'previousProviders', type: 'group', label: 'Previous providers', required: false, minItems: 0, maxItems: 5, addLabel: 'Add a provider', fields: [
          { id: 'name', type: 'text', label: 'Provider name', required: true },
          { id: 'role', type: 'single-choice', label: 'Kind of provider', required: false, options: [{ value: 'therapist', label: 'Therapist' }, { value: 'doctor', label: 'Doctor' }, { value: 'other', label: 'Other' }] },
          { id: 'until', type: 'date', label: 'Seen until', required: false },
        ] },
      ],
    },
  ],
  signature: { statement: 'I confirm that the information above is accurate to the best of my knowledge.', allowDrawn: true, allowTyped: true },
};

export const CONSENT_FORM: FormDefinition = {
  id: 'form-consent', version: 2, title: 'Informed consent for treatment',
  sections: [{
    id: 'consent', title: 'Consent', fields: [
      { id: 'intro', type: 'statement', label: 'About treatment', required: false, text: 'Therapy involves talking about personal matters. You may stop at any time. Sessions are confidential within the limits of the law, explained below.' },
      { id: 'limits', type: 'statement', label: 'Limits of confidentiality', required: false, text: 'We must share information when someone is at risk of serious harm, or when a court orders it.' },
      { id: 'understands', type: 'single-choice', label: 'I have read and understood the above', required: true, options: yesNo },
      { id: 'telehealthOk', type: 'yes-no', label: 'Do you consent to telehealth sessions?', required: true, followUp: [
        { id: 'telehealthLocation', type: 'text', label: 'Where will you usually join from?', required: false },
      ] },
    ],
  }],
  signature: { statement: 'I consent to treatment under the terms above.', allowDrawn: true, allowTyped: true },
};

export const PRIVACY_FORM: FormDefinition = {
  id: 'form-privacy', version: 1, title: 'Notice of privacy practices',
  sections: [{
    id: 'notice', title: 'Notice', fields: [
      { id: 'notice', type: 'statement', label: 'How we use your information', required: false, text: 'This notice describes how health information about you may be used and disclosed and how you can get access to it.' },
      { id: 'acknowledged', type: 'multi-choice', label: 'Acknowledgement', required: true, minSelected: 1, options: [{ value: 'received', label: 'I received the notice of privacy practices' }] },
    ],
  }],
  signature: { statement: 'I acknowledge receipt of the notice of privacy practices.', allowDrawn: false, allowTyped: true },
};

export function seedForms(ctx: SeedContext): Pick<MockData, 'formDefinitions' | 'assignments' | 'progress' | 'tasks'> {
  const assignments: MockData['assignments'] = [];
  const progress: Record<string, FormProgress> = {};
  const tasks: Owned<Task>[] = [];
  for (const clientId of [CLIENT.avery, CLIENT.milo, CLIENT.nora]) {
    const short = clientId.slice(3);
    const packet = 'New client intake';
    const due = utcDate(ctx.now + 5 * DAY);
    assignments.push(
      { id: `fa-${short}-intake`, clientId, formId: INTAKE_FORM.id, title: INTAKE_FORM.title, packet, status: 'not-started', dueOn: due, updatedAt: iso(ctx.now - 3 * DAY), documentId: null },
      { id: `fa-${short}-consent`, clientId, formId: CONSENT_FORM.id, title: CONSENT_FORM.title, packet, status: 'in-progress', dueOn: due, updatedAt: iso(ctx.now - DAY), documentId: null },
      { id: `fa-${short}-privacy`, clientId, formId: PRIVACY_FORM.id, title: PRIVACY_FORM.title, packet, status: 'submitted', dueOn: null, updatedAt: iso(ctx.now - PRIVACY_SIGNED_DAYS_AGO * DAY), documentId: privacyDocumentId(clientId) },
    );
    progress[`fa-${short}-consent`] = { assignmentId: `fa-${short}-consent`, answers: { understands: 'yes' }, savedAt: iso(ctx.now - DAY) };
    const task = (n: number, t: Omit<Task, 'id' | 'completedAt'> & { completedAt?: string | null }): Owned<Task> => ({ id: `task-${short}-${n}`, clientId, completedAt: null, ...t });
    tasks.push(
      task(1, { title: 'Complete the intake questionnaire', dueOn: due, status: 'open', link: { kind: 'form', assignmentId: `fa-${short}-intake` } }),
      task(2, { title: 'Sign the informed consent', dueOn: utcDate(ctx.now - 2 * DAY), status: 'open', link: { kind: 'form', assignmentId: `fa-${short}-consent` } }),
      task(3, { title: 'Bring your insurance card to the next visit', description: 'The front desk will scan it.', dueOn: utcDate(ctx.now - 6 * DAY), status: 'open', link: null }),
      task(4, { title: 'Answer the satisfaction survey', dueOn: utcDate(ctx.now + 14 * DAY), status: 'open', link: { kind: 'url', url: 'https://survey.harborlane.example/s/demo', label: 'Open the survey' } }),
      task(5, { title: 'Practise the homework', dueOn: utcDate(ctx.now + 3 * DAY), status: 'open', link: { kind: 'homework', homeworkId: `hw-${short}-1` } }),
      task(6, { title: 'Read the welcome letter', dueOn: null, status: 'done', completedAt: iso(ctx.now - 30 * DAY), link: null }),
    );
  }
  return { formDefinitions: [INTAKE_FORM, CONSENT_FORM, PRIVACY_FORM], assignments, progress, tasks };
}
