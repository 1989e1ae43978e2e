/** Sessions, homework, ABA programmes, data sheets and care plans (CLIN-1..4). */
import type { Programme, Target } from '@portico/core';
import type { AppointmentRecord, MockData } from '../db/types.js';
import { DAY, utcDate } from '../time.js';
import { CLIENT, type SeedContext } from './context.js';

const SUMMARIES = [
  'We reviewed the week and practised two coping strategies.',
  'Good engagement. We agreed on a small goal for the coming week.',
  'Worked on requesting with a full verbal prompt faded to a partial prompt.',
  'Discussed sleep routines; a tracking sheet was shared in Files.',
  'Practised turn-taking in play; independent on 7 of 10 trials.',
];

/** Each client's services and who provides them, as the care plan lists them. */
const PROVIDERS: Record<string, [string, string][]> = {
  [CLIENT.avery]: [['Dr. Riley Demo', 'Individual therapy'], ['Morgan Mockwell', 'Telehealth therapy']],
  [CLIENT.milo]: [['Jamie Testwell', 'ABA direct therapy'], ['Casey Placeholder', 'Parent training']],
  [CLIENT.nora]: [['Morgan Mockwell', 'Individual therapy'], ['Alex Specimen', 'Speech therapy']],
};

function target(ctx: SeedContext, id: string, name: string, status: Target['status']): Target {
  let percent = ctx.rng.int(10, 40);
  return {
    id, name, status, masteryCriterion: '80% correct across 3 consecutive sessions',
    steps: ['Full prompt', 'Partial prompt', 'Independent'].map((step, i) => ({
      id: `${id}-s${i + 1}`, name: step,
      status: status === 'mastered' || i === 0 ? 'mastered' : i === 1 && status === 'in-progress' ? 'in-progress' : 'not-started',
    })),
    progress: Array.from({ length: 10 }, (_, i) => {
      percent = Math.min(100, Math.max(0, percent + ctx.rng.int(-5, status === 'mastered' ? 14 : 8)));
      return { date: utcDate(ctx.now - (10 - i) * 7 * DAY), percentCorrect: percent };
    }),
  };
}

export function seedClinical(ctx: SeedContext, appointments: readonly AppointmentRecord[]): Pick<MockData, 'sessions' | 'homework' | 'programmes' | 'dataSheets' | 'carePlans'> {
  const out: Pick<MockData, 'sessions' | 'homework' | 'programmes' | 'dataSheets' | 'carePlans'> = {
    sessions: [], homework: [], programmes: [], dataSheets: [], carePlans: [],
  };
  for (const clientId of [CLIENT.avery, CLIENT.milo, CLIENT.nora]) {
    const short = clientId.slice(3);
    for (let i = 1; i <= 3; i++) {
      out.homework.push({
        id: `hw-${short}-${i}`, clientId, title: ['Daily mood log', 'Practise requesting at meals', 'Read the sleep hygiene sheet'][i - 1]!,
        instructions: 'Spend ten minutes a day on this and note anything that stands out.',
        assignedOn: utcDate(ctx.now - i * 7 * DAY), dueOn: i === 3 ? null : utcDate(ctx.now + (4 - i * 3) * DAY), status: i === 2 ? 'done' : 'assigned',
      });
    }
    // One session per appointment the schedule shows as completed, at its time, with its
    // provider and service: never on a day the schedule shows cancelled or with someone else.
    const completed = appointments
      .filter((a) => a.clientId === clientId && a.visibleToClient && a.status === 'completed' && Date.parse(a.start) < ctx.now)
      .sort((a, b) => b.start.localeCompare(a.start));
    for (const [index, appointment] of completed.entries()) {
      const i = index + 1;
      out.sessions.push({
        id: `ses-${short}-${i}`, clientId, date: appointment.start, providerName: appointment.provider.name, serviceName: appointment.service.name,
        // Some sessions have nothing shared: the clinical note itself never leaves the practice.
        sharedSummary: i % 5 === 0 ? null : ctx.rng.pick(SUMMARIES),
        homeworkIds: i <= 3 ? [`hw-${short}-${i}`] : [],
      });
    }
    const programmes: Programme[] = [
      {
        id: `prog-${short}-comm`, name: 'Functional communication', domain: 'Communication', description: 'Requesting wants and needs.',
        targets: [target(ctx, `tgt-${short}-1`, 'Requests preferred items', 'in-progress'), target(ctx, `tgt-${short}-2`, 'Requests help', 'mastered'), target(ctx, `tgt-${short}-3`, 'Requests a break', 'baseline')],
      },
      {
        id: `prog-${short}-social`, name: 'Social play', domain: 'Social skills',
        targets: [target(ctx, `tgt-${short}-4`, 'Takes turns in a game', 'in-progress'), target(ctx, `tgt-${short}-5`, 'Greets peers', 'on-hold')],
      },
    ];
    out.programmes.push(...programmes.map((p) => ({ ...p, clientId })));
    out.dataSheets.push({
      id: `ds-${short}-session`, clientId, title: 'Session data sheet', instructions: 'Record each trial as it happens; start the timer for the duration row.',
      rows: [
        { id: `ds-${short}-r1`, targetId: `tgt-${short}-1`, label: 'Requests preferred items', measure: 'trials' },
        { id: `ds-${short}-r2`, targetId: `tgt-${short}-4`, label: 'Takes turns in a game', measure: 'trials' },
        { id: `ds-${short}-r3`, targetId: null, label: 'Spontaneous greetings', measure: 'frequency' },
        { id: `ds-${short}-r4`, targetId: null, label: 'Time on task', measure: 'duration' },
      ],
    });
    out.carePlans.push({
      id: `cp-${short}`, clientId, title: clientId === CLIENT.avery ? 'Individual care plan' : 'Behavioural service plan',
      effectiveFrom: utcDate(ctx.now - 120 * DAY), reviewOn: utcDate(ctx.now + 60 * DAY),
      summary: 'Weekly sessions focused on the goals below, reviewed every six months with the family.',
      goals: [
        { id: `cp-${short}-g1`, description: 'Use a coping strategy in four of five difficult moments.', measure: 'Self-report log', status: 'active' },
        { id: `cp-${short}-g2`, description: 'Request help independently across settings.', measure: 'Data sheet trials', status: 'met' },
        { id: `cp-${short}-g3`, description: 'Attend school full days.', measure: 'Attendance record', status: 'discontinued' },
      ],
      services: [
        { name: PROVIDERS[clientId]![0]![1], frequency: 'Weekly', provider: PROVIDERS[clientId]![0]![0] },
        { name: PROVIDERS[clientId]![1]![1], frequency: 'Twice a month', provider: PROVIDERS[clientId]![1]![0] },
      ],
    });
  }
  return out;
}
