/**
 * `<portico-forms>` (FORM-1) on the mock practice: the four states and a malformed payload, the
 * intake packet and each of its three forms (questionnaire, consent, privacy notice), a form with
 * validation errors, saved progress, signing (typed and drawn) and a submitted form. Play
 * functions drive the view with the shipped harness (`FormsHarness` from
 * `@portico/elements/testing`), as its tests do.
 */
import '@portico/elements/views/forms';
import { FormsHarness } from '@portico/elements/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

const meta: Meta = {
  title: 'Views/Forms',
  component: 'portico-forms',
  tags: ['autodocs'],
  render: () => html`<portico-forms></portico-forms>`,
};
export default meta;

type Story = StoryObj;

const openForm = (item: string) => () => html`<portico-forms item=${item}></portico-forms>`;
/** The shipped harness (the one the elements' tests use), driving the story with user-event. */
const harness = (canvas: HTMLElement) => new FormsHarness(canvas.querySelector('portico-forms')!);

/** Waits for the panel `tag` (`portico-state-loading`, `-empty`, `-error`) in the list, or in the open form with `inForm`. */
async function panel(canvas: HTMLElement, tag: string, options: { inForm?: boolean; timeout?: number } = {}): Promise<Element> {
  const forms = harness(canvas);
  return until(() => (options.inForm ? forms.root.querySelector('portico-forms-filler')?.shadowRoot : forms.root)?.querySelector(tag), `<${tag}>`, options.timeout);
}

/** The intake packet: not started, in progress and submitted forms with due dates. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await harness(canvasElement).action('Intake questionnaire');
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'forms.listAssignments') }),
  play: async ({ canvasElement }) => {
    await panel(canvasElement, 'portico-state-loading');
  },
};

export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      backend.db.data.assignments = [];
    },
  }),
  play: async ({ canvasElement }) => {
    await panel(canvasElement, 'portico-state-empty');
  },
};

/** Every `forms.listAssignments` fails; Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('forms.listAssignments', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = await panel(canvasElement, 'portico-state-error');
    porticoOf(context).backend.faults.clear('forms.listAssignments');
    const forms = harness(canvasElement);
    await forms.click(await forms.findByRole('button', { name: 'Try again', within: error }));
    await forms.findByRole('button', { name: 'Start: Intake questionnaire' });
  },
};

/** The assignments fail the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('forms.listAssignments') }),
  play: async ({ canvasElement }) => {
    await panel(canvasElement, 'portico-state-error');
  },
};

/** A form whose definition cannot be loaded: an error with Retry, which recovers once the backend does. */
export const FormLoadError: Story = {
  render: openForm('fa-avery-intake'),
  parameters: portico({ faults: (faults) => faults.errorRate('forms.getDefinition', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = await panel(canvasElement, 'portico-state-error', { inForm: true });
    porticoOf(context).backend.faults.clear('forms.getDefinition');
    const forms = harness(canvasElement);
    await forms.click(await forms.findByRole('button', { name: 'Try again', within: error }));
    await forms.ready();
  },
};

/** The intake questionnaire: every field type (text, long text, number, date, choices, yes/no, group). */
export const IntakeQuestionnaire: Story = {
  render: openForm('fa-avery-intake'),
  play: async ({ canvasElement }) => {
    const forms = await harness(canvasElement).ready();
    await forms.waitForText('Practice location:', { within: forms.form });
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
    const forms = await harness(canvasElement).ready();
    await expect(forms.text(forms.form)).not.toContain('Practice location:');
  },
};

/** Submitted with nothing filled in: the summary at the top takes focus, each field says what is wrong. */
export const ValidationErrors: Story = {
  render: openForm('fa-avery-intake'),
  play: async ({ canvasElement }) => {
    const forms = await harness(canvasElement).ready();
    await forms.submit();
    await forms.waitFor(() => forms.summary().length > 0, { message: 'the error summary' });
  },
};

/** The consent form (the second of the packet's three), reopened: the answer saved earlier is filled in again. */
export const SavedProgress: Story = {
  render: openForm('fa-avery-consent'),
  play: async ({ canvasElement }) => {
    await harness(canvasElement).ready();
  },
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
    const forms = await harness(canvasElement).ready();
    await forms.findByRole('button', { name: 'Submit form', within: forms.form });
    await expect(forms.queryAllByRole('radio', { name: 'Draw your signature', within: forms.form })).toEqual([]);
  },
};

/** A form already submitted: it says so and links to its document in Files. */
export const Submitted: Story = {
  render: openForm('fa-avery-privacy'),
  play: async ({ canvasElement }) => {
    const forms = await harness(canvasElement).ready();
    await forms.waitForText('is submitted', { within: forms.form });
  },
};
