/**
 * `<portico-forms>` (FORM-1) on the mock practice: the four states and a malformed payload, the
 * intake packet and each of its three forms (questionnaire, consent, privacy notice), a form with
 * validation errors, saved progress, signing (typed and drawn) and a submitted form.
 */
import '@portico/elements/views/forms';
import { FormsHarness } from '@portico/elements/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

const meta: Meta = {
  title: 'Views/Forms',
  component: 'portico-forms',
  tags: ['autodocs'],
  render: () => html`<portico-forms></portico-forms>`,
};
export default meta;

type Story = StoryObj;

const view = (canvas: HTMLElement): ShadowRoot => canvas.querySelector('portico-forms')!.shadowRoot!;
const form = (canvas: HTMLElement): ShadowRoot | undefined => view(canvas).querySelector('portico-forms-filler')?.shadowRoot ?? undefined;
const openForm = (item: string) => () => html`<portico-forms item=${item}></portico-forms>`;
const formReady = (canvas: HTMLElement) => waitFor(() => expect(form(canvas)?.querySelector('form, .submitted')).toBeTruthy(), { timeout: 8000 });
/** The shipped harness (the one the elements' tests use), driving the story with user-event. */
const harness = (canvas: HTMLElement) => new FormsHarness(canvas.querySelector('portico-forms')!);

/** The intake packet: not started, in progress and submitted forms with due dates. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(view(canvasElement).querySelector('ul.assignments')).not.toBeNull(), { timeout: 5000 });
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'forms.listAssignments') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(view(canvasElement).querySelector('portico-state-loading')).not.toBeNull(), { timeout: 5000 });
  },
};

export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.assignments = [];
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(view(canvasElement).querySelector('portico-state-empty')).not.toBeNull(), { timeout: 5000 });
  },
};

/** Every `forms.listAssignments` fails; Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('forms.listAssignments', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = () => view(canvasElement).querySelector('portico-state-error');
    await waitFor(() => expect(error()).not.toBeNull(), { timeout: 8000 });
    await error()!.updateComplete;
    porticoOf(context).backend.faults.clear('forms.listAssignments');
    const forms = harness(canvasElement);
    await forms.click('Try again');
    await forms.findByRole('button', { name: 'Start: Intake questionnaire' });
  },
};

/** The assignments fail the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('forms.listAssignments') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(view(canvasElement).querySelector('portico-state-error')).not.toBeNull(), { timeout: 8000 });
  },
};

/** A form whose definition cannot be loaded: an error with Retry, which recovers once the backend does. */
export const FormLoadError: Story = {
  render: openForm('fa-avery-intake'),
  parameters: portico({ faults: (faults) => faults.errorRate('forms.getDefinition', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = () => form(canvasElement)?.querySelector('portico-state-error') ?? null;
    await waitFor(() => expect(error()).not.toBeNull(), { timeout: 8000 });
    await error()!.updateComplete;
    porticoOf(context).backend.faults.clear('forms.getDefinition');
    const forms = harness(canvasElement);
    await forms.click('Try again');
    await forms.ready();
  },
};

/** The intake questionnaire: every field type (text, long text, number, date, choices, yes/no, group). */
export const IntakeQuestionnaire: Story = {
  render: openForm('fa-avery-intake'),
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    await waitFor(() => expect(form(canvasElement)!.querySelector('[part="location"]')).not.toBeNull(), { timeout: 5000 });
  },
};

/** The practice hides location addresses on forms (`hideLocation`): the form's head names no office (#14.4). */
export const LocationHidden: Story = {
  render: openForm('fa-avery-intake'),
  parameters: portico({
    setup: (backend) => {
      backend.db.data.organisation.features.hideLocation = true;
    },
  }),
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    await expect(form(canvasElement)!.querySelector('[part="location"]')).toBeNull();
  },
};

/** Submitted with nothing filled in: the summary at the top takes focus, each field says what is wrong. */
export const ValidationErrors: Story = {
  render: openForm('fa-avery-intake'),
  play: async ({ canvasElement }) => {
    const forms = await harness(canvasElement).ready();
    await forms.click(forms.getByRole('button', { name: 'Submit form' }));
    await waitFor(() => expect(forms.summary().length).toBeGreaterThan(0));
  },
};

/** The consent form (the second of the packet's three), reopened: the answer saved earlier is filled in again. */
export const SavedProgress: Story = {
  render: openForm('fa-avery-consent'),
  play: async ({ canvasElement }) => formReady(canvasElement),
};

/** Saving fails: the answers stay and the status says so, with Save now. */
export const SaveFails: Story = {
  render: openForm('fa-avery-consent'),
  parameters: portico({ faults: (faults) => faults.errorRate('forms.saveProgress', 1) }),
  play: async ({ canvasElement }) => {
    const forms = await harness(canvasElement).ready();
    await forms.choose('Do you consent to telehealth sessions?', 'Yes');
    await forms.waitForText('Not saved', { timeout: 8000 });
  },
};

/** A typed signature: the signer's name, shown with today's date. */
export const SignTyped: Story = {
  render: openForm('fa-avery-consent'),
  play: async ({ canvasElement }) => {
    const forms = await harness(canvasElement).ready();
    await forms.type('Type your full name to sign', 'Avery Example');
    await forms.waitForText('Signed by Avery Example on');
  },
};

/** A drawn signature (pointer or touch); keyboard users choose the typed option. */
export const SignDrawn: Story = {
  render: openForm('fa-avery-consent'),
  play: async ({ canvasElement }) => {
    const forms = await harness(canvasElement).ready();
    await forms.choose('How would you like to sign?', 'Draw your signature');
    await forms.type('Your full name', 'Avery Example');
    await forms.draw([[20, 80], [50, 30], [80, 100], [120, 40], [160, 90], [200, 50]]);
    await forms.waitForText('Signed by Avery Example on');
  },
};

/** The notice of privacy practices (the third form), not yet acknowledged: a statement, a tick box and a typed signature only. */
export const PrivacyNotice: Story = {
  render: openForm('fa-avery-privacy'),
  parameters: portico({
    setup: (backend) => {
      const privacy = backend.db.data.assignments.find((a) => a.id === 'fa-avery-privacy')!;
      privacy.status = 'not-started';
      privacy.documentId = null;
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(form(canvasElement)?.querySelector('form')).toBeTruthy(), { timeout: 8000 });
    await expect(form(canvasElement)!.querySelector('#signature-mode-drawn')).toBeNull();
  },
};

/** A form already submitted: it says so and links to its document in Files. */
export const Submitted: Story = {
  render: openForm('fa-avery-privacy'),
  play: async ({ canvasElement }) => formReady(canvasElement),
};
