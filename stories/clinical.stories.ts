/**
 * `<portico-clinical>` (Care & progress) on the mock. Play functions drive the view with the
 * shipped harness (`ClinicalHarness` from `@portico/elements/testing`), as its tests do: tabs and
 * buttons by their accessible names, clicks through Storybook's userEvent (support/dom.ts).
 */
import { CLIENT } from '@portico/mock';
import '@portico/elements/views/clinical';
import { ClinicalHarness } from '@portico/elements/testing';
import type { PorticoClinical } from '@portico/elements/views/clinical';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { until } from './support/dom.js';
import { FOREVER, portico, porticoOf } from './support/portico.js';

/** `<portico-clinical>` (Care & progress) on its own inside `<portico-provider>`, on the mock. */
const meta: Meta = {
  title: 'Views/Clinical',
  component: 'portico-clinical',
  render: () => html`<portico-clinical></portico-clinical>`,
};
export default meta;

type Story = StoryObj;

/** The harness on the story's view, once its tabs (or its "not available" panel) are shown. */
async function clinicalIn(canvas: HTMLElement): Promise<ClinicalHarness> {
  return new ClinicalHarness(await until(() => canvas.querySelector<PorticoClinical>('portico-clinical'), 'the Care & progress view')).ready();
}

/** Opens the Data collection tab and starts the session data sheet; the harness and the running sheet. */
async function startSheet(canvas: HTMLElement): Promise<ClinicalHarness> {
  const clinical = await clinicalIn(canvas);
  await clinical.openTab('Data collection');
  await clinical.click('Start Session data sheet');
  await clinical.findByRole('region', { name: 'Session data sheet' });
  return clinical;
}

/** Sessions & homework: only the summaries the practice shares; homework to mark done. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    const sessions = await clinical.waitFor(() => clinical.part('portico-clinical-sessions'), { message: 'the sessions' });
    await clinical.waitForText('No notes shared for this session', { within: sessions });
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'clinical.listSessions').latency(FOREVER, 'clinical.listHomework') }),
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    await clinical.waitFor(() => clinical.part('portico-clinical-sessions')?.shadowRoot?.querySelector('portico-state-loading'), { message: 'the sessions skeleton' });
  },
};

/** A new client: no sessions, no homework, no programmes, no data sheets yet. */
export const Empty: Story = {
  parameters: portico({
    setup: (backend) => {
      const d = backend.db.data;
      d.sessions = d.sessions.filter((s) => s.clientId !== CLIENT.avery);
      d.homework = d.homework.filter((h) => h.clientId !== CLIENT.avery);
      d.programmes = d.programmes.filter((p) => p.clientId !== CLIENT.avery);
      d.dataSheets = d.dataSheets.filter((s) => s.clientId !== CLIENT.avery);
    },
  }),
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    await clinical.waitFor(() => clinical.part('portico-clinical-sessions')?.shadowRoot?.querySelector('portico-state-empty'), { message: 'the empty sessions panel' });
  },
};

/** Past sessions fail (500); Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('clinical.listSessions', 1) }),
  play: async (context) => {
    const clinical = await clinicalIn(context.canvasElement);
    const sessions = () => clinical.part('portico-clinical-sessions')?.shadowRoot;
    const error = await clinical.waitFor(() => sessions()?.querySelector('portico-state-error'), { message: 'the sessions error', timeout: 8000 });
    porticoOf(context).backend.faults.clear('clinical.listSessions');
    await clinical.click(await clinical.findByRole('button', { name: 'Try again', within: error }));
    await clinical.waitFor(() => sessions()?.querySelector('li[part="session"]'), { message: 'the sessions after Try again' });
  },
};

/** The sessions payload fails the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('clinical.listSessions') }),
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    await clinical.waitFor(() => clinical.part('portico-clinical-sessions')?.shadowRoot?.querySelector('portico-state-error'), { message: 'the sessions error', timeout: 8000 });
  },
};

/** Learning programmes for a guardian's child, one target opened with its progress chart and table. */
export const Programmes: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    await clinical.openTab('Programmes');
    // The first programme (its disclosure is named by the programme and its progress), then its first target.
    const programme = await clinical.waitFor(() => clinical.queryAllByRole('button', { name: /targets mastered$/ })[0], { message: 'a programme' });
    await clinical.click(programme);
    const targets = await clinical.findByRole('list', { name: /^Targets of / });
    await clinical.click(clinical.queryAllByRole('button', { within: targets })[0]!);
    await clinical.waitFor(() => clinical.queryAllByRole('img', { within: targets }).length > 0, { message: 'the progress chart' });
    await clinical.click('Show data table');
    await clinical.findByRole('button', { name: 'Hide data table' });
  },
};

/** A caregiver in the middle of a session: trials recorded, a count, the timer running. */
export const RunningDataSheet: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const clinical = await startSheet(canvasElement);
    for (const label of ['Correct', 'Correct', 'Prompted', 'Incorrect', 'Correct']) await clinical.click(label);
    await clinical.click(await clinical.findByRole('radio', { name: /^Time on task/ }));
    await clinical.click('Start timer');
    await clinical.findByRole('button', { name: 'Stop timer' });
    await expect(clinical.text()).toContain('5 trials');
  },
};

/** Submitted while offline: the record is kept as "Waiting to send" and goes out when back online. */
export const WaitingToSend: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async (context) => {
    const clinical = await startSheet(context.canvasElement);
    for (const label of ['Correct', 'Incorrect', 'Correct']) await clinical.click(label);
    porticoOf(context).backend.faults.offline(true);
    await clinical.click('Submit data sheet');
    await clinical.waitFor(() => clinical.part('portico-clinical-data-collection')?.shadowRoot?.querySelector('[part="outbox"] [data-status="waiting"]'), { message: 'the record waiting to send' });
  },
};

/** The care plan, shown to the client (and to a guardian). */
export const CarePlan: Story = {
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    await clinical.openTab('Care plan');
    await clinical.waitFor(() => clinical.part('portico-clinical-care-plan')?.shadowRoot?.querySelector('[part="plan"]'), { message: 'the care plan' });
  },
};

/** A contact who is not the guardian: no Care plan section, and the care plan is never requested. */
export const ContactWithoutCarePlan: Story = {
  parameters: portico({
    user: 'guardian',
    setup: (backend) => {
      backend.db.data.users.find((u) => u.key === 'guardian')!.links.forEach((link) => (link.relationship = 'contact'));
    },
  }),
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    await clinical.findByRole('tab', { name: 'Sessions & homework' });
    await expect(clinical.tabs()).not.toContain('Care plan');
  },
};

/** A payer sees calendar and invoices only: the view says so and asks for nothing. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    const clinical = await clinicalIn(canvasElement);
    await clinical.waitFor(() => clinical.root.querySelector('portico-state-empty'), { message: 'the "not available" panel' });
  },
};
