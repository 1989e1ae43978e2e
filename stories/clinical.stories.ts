import { CLIENT } from '@portico/mock';
import '@portico/elements/views/clinical';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FOREVER, portico, porticoOf } from './support/portico.js';

/** `<portico-clinical>` (Care & progress) on its own inside `<portico-provider>`, on the mock. */
const meta: Meta = {
  title: 'Views/Clinical',
  component: 'portico-clinical',
  render: () => html`<portico-clinical></portico-clinical>`,
};
export default meta;

type Story = StoryObj;

const view = (canvasElement: HTMLElement): ShadowRoot => canvasElement.querySelector('portico-clinical')!.shadowRoot!;
const inner = (canvasElement: HTMLElement, tag: string): ShadowRoot | null => view(canvasElement).querySelector(tag)?.shadowRoot ?? null;

async function openTab(canvasElement: HTMLElement, label: string): Promise<void> {
  await waitFor(() => expect(view(canvasElement).querySelector('[role="tab"]')).not.toBeNull(), { timeout: 5000 });
  const tab = [...view(canvasElement).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent?.trim() === label)!;
  await userEvent.click(tab);
}

function buttonIn(root: ShadowRoot | null, text: string): HTMLButtonElement {
  const found = [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (b) => b.textContent?.replace(/\s+/g, ' ').trim() === text || b.getAttribute('aria-label') === text,
  );
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

async function startSheet(canvasElement: HTMLElement): Promise<ShadowRoot> {
  await openTab(canvasElement, 'Data collection');
  await waitFor(() => expect(inner(canvasElement, 'portico-clinical-data-collection')?.querySelector('.cards')).toBeTruthy(), { timeout: 5000 });
  await userEvent.click(buttonIn(inner(canvasElement, 'portico-clinical-data-collection'), 'Start Session data sheet'));
  const data = inner(canvasElement, 'portico-clinical-data-collection')!;
  await waitFor(() => expect(data.querySelector('portico-clinical-sheet-run')).not.toBeNull());
  return data.querySelector('portico-clinical-sheet-run')!.shadowRoot!;
}

/** Sessions & homework: only the summaries the practice shares; homework to mark done. */
export const Content: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'portico-clinical-sessions')?.querySelector('li[part="session"]')).toBeTruthy(), { timeout: 5000 });
    await expect(inner(canvasElement, 'portico-clinical-sessions')!.textContent).toContain('No notes shared for this session');
  },
};

export const Loading: Story = {
  parameters: portico({ faults: (faults) => faults.latency(FOREVER, 'clinical.listSessions').latency(FOREVER, 'clinical.listHomework') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'portico-clinical-sessions')?.querySelector('portico-state-loading')).toBeTruthy(), { timeout: 5000 });
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
    await waitFor(() => expect(inner(canvasElement, 'portico-clinical-sessions')?.querySelector('portico-state-empty')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Past sessions fail (500); Retry recovers once the backend does. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: portico({ faults: (faults) => faults.errorRate('clinical.listSessions', 1) }),
  play: async (context) => {
    const { canvasElement } = context;
    const error = () => inner(canvasElement, 'portico-clinical-sessions')?.querySelector('portico-state-error') ?? null;
    await waitFor(() => expect(error()).not.toBeNull(), { timeout: 8000 });
    porticoOf(context).backend.faults.clear('clinical.listSessions');
    await userEvent.click(error()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await waitFor(() => expect(inner(canvasElement, 'portico-clinical-sessions')?.querySelector('li[part="session"]')).toBeTruthy(), { timeout: 5000 });
  },
};

/** The sessions payload fails the adapter's schema check: an `invalid-response` error, not a half-drawn list. */
export const InvalidResponse: Story = {
  parameters: portico({ faults: (faults) => faults.malformed('clinical.listSessions') }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'portico-clinical-sessions')?.querySelector('portico-state-error')).toBeTruthy(), { timeout: 8000 });
  },
};

/** Learning programmes for a guardian's child, one target opened with its progress chart and table. */
export const Programmes: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    await openTab(canvasElement, 'Programmes');
    const root = () => inner(canvasElement, 'portico-clinical-programmes');
    await waitFor(() => expect(root()?.querySelector('button.disclosure')).toBeTruthy(), { timeout: 5000 });
    await userEvent.click(root()!.querySelector<HTMLButtonElement>('button.disclosure')!);
    await userEvent.click(root()!.querySelector<HTMLButtonElement>('.target button.disclosure')!);
    const progress = root()!.querySelector('portico-clinical-progress')!;
    await waitFor(() => expect(progress.shadowRoot?.querySelector('svg[role="img"]')).toBeTruthy());
    await userEvent.click(progress.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-button"]')!);
  },
};

/** A caregiver in the middle of a session: trials recorded, a count, the timer running. */
export const RunningDataSheet: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async ({ canvasElement }) => {
    const run = await startSheet(canvasElement);
    for (const label of ['Correct', 'Correct', 'Prompted', 'Incorrect', 'Correct']) await userEvent.click(buttonIn(run, label));
    await userEvent.click(run.querySelectorAll<HTMLInputElement>('input[type="radio"]')[3]!);
    await userEvent.click(buttonIn(run, 'Start timer'));
    await expect(run.textContent).toContain('5 trials');
  },
};

/** Submitted while offline: the record is kept as "Waiting to send" and goes out when back online. */
export const WaitingToSend: Story = {
  parameters: portico({ user: 'guardian' }),
  play: async (context) => {
    const { canvasElement } = context;
    const run = await startSheet(canvasElement);
    for (const label of ['Correct', 'Incorrect', 'Correct']) await userEvent.click(buttonIn(run, label));
    porticoOf(context).backend.faults.offline(true);
    await userEvent.click(buttonIn(run, 'Submit data sheet'));
    await waitFor(() => expect(inner(canvasElement, 'portico-clinical-data-collection')?.querySelector('[part="outbox"] [data-status="waiting"]')).toBeTruthy(), { timeout: 5000 });
  },
};

/** The care plan, shown to the client (and to a guardian). */
export const CarePlan: Story = {
  play: async ({ canvasElement }) => {
    await openTab(canvasElement, 'Care plan');
    await waitFor(() => expect(inner(canvasElement, 'portico-clinical-care-plan')?.querySelector('[part="plan"]')).toBeTruthy(), { timeout: 5000 });
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
    await waitFor(() => expect(view(canvasElement).querySelector('[role="tab"]')).not.toBeNull(), { timeout: 5000 });
    const labels = [...view(canvasElement).querySelectorAll('[role="tab"]')].map((t) => t.textContent?.trim());
    await expect(labels).not.toContain('Care plan');
  },
};

/** A payer sees calendar and invoices only: the view says so and asks for nothing. */
export const Payer: Story = {
  parameters: portico({ user: 'payer' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(view(canvasElement).querySelector('portico-state-empty')).not.toBeNull(), { timeout: 5000 });
  },
};
