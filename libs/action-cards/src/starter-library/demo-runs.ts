import { openLoaderStore, StoreOpener } from '@vigil/command-handling';
import { CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { RUN_STREAM, runStreamId, TEMPLATE_STREAM, templateStreamId } from '../action-card-streams';
import { decide as complete } from '../complete-step/complete-step.decide';
import { RunEvent } from '../domain/run.events';
import { RunState } from '../domain/run.state';
import { decide as skip } from '../skip-step/skip-step.decide';
import { decide as start } from '../start-run/start-run.decide';

const MINUTE = 60_000;
type Act = [minutesAfterStart: number, stepId: string, how: { note?: string; skip?: string }];
interface DemoRun {
  templateId: string;
  area: string;
  institution: string | null;
  minutesAgo: number;
  acts: Act[];
}

const DEMO_RUNS: DemoRun[] = [
  {
    templateId: 'violence-against-employee',
    area: 'syddanmark',
    institution: 'nyborg',
    minutesAgo: 3 * 1440,
    acts: [
      [10, 'person-safety', {}],
      [40, 'contact-manager', { note: 'Nærmeste leder ST-4K9P2Q orienteret.' }],
      [180, 'psychological-first-aid', {}],
      [1200, 'register-incident', {}],
      [1500, 'police-report', { skip: 'Medarbejderen ønskede efter samtale ikke at anmelde.' }],
    ],
  },
  {
    templateId: 'threats-against-employee-off-duty',
    area: 'hovedstaden',
    institution: null,
    minutesAgo: 2 * 1440,
    acts: [
      [180, 'contact-employee', {}],
      [300, 'advice-1-app-112', {}],
      [320, 'advice-7-uniform', {}],
      [900, 'advice-9-facebook', {}],
    ],
  },
  {
    templateId: 'security-cell-placement',
    area: 'midt-nord',
    institution: 'oestjylland',
    minutesAgo: 6 * 60,
    acts: [
      [5, 'decision-and-legal-basis', { note: 'Besluttet af vagthavende ST-8H2K4M; hjemmel og begrundelse i rapporten.' }],
      [12, 'alternatives-considered', { note: 'Samtale og afsondring forsøgt uden effekt.' }],
      [30, 'notify-management', {}],
    ],
  },
  { templateId: 'crisis-it-outage', area: 'midt-nord', institution: 'kif-aarhus', minutesAgo: 20, acts: [] },
  {
    templateId: 'threat-against-employee',
    area: 'sjaelland',
    institution: 'storstroem',
    minutesAgo: 40 * 1440,
    acts: [
      [20, 'immediate-safety', {}],
      [90, 'contact-manager', {}],
      [3 * 1440, 'risk-assessment', { note: 'SARA-SV: moderat risiko.' }],
      [6 * 1440, 'safety-plan', { note: 'Overfaldsalarm udleveret; revurdering hver 4. uge.' }],
      [2 * 1440, 'police-report', { note: 'J.nr. 0900-80123-00045-26' }],
      [29 * 1440, 'reassessment', { note: 'Uændret risiko.' }],
    ],
  },
];

/**
 * A handful of runs in various states for the demo board and figures, recorded through the kernel's
 * command runner and the same decide functions, on a store whose clock is each step's (past) time.
 * Returns how many it started (0 when they exist).
 */
export async function seedActionCardDemoRuns(databaseUrl: string, end = new Date(), openStore?: StoreOpener): Promise<number> {
  let now = end;
  const clock = { now: () => now };
  const store = openLoaderStore(databaseUrl, { clock }, openStore);
  const runner = new CommandRunner(store, clock);
  let started = 0;
  try {
    for (const [index, demo] of DEMO_RUNS.entries()) {
      const runId = deterministicUuid('vigil-demo-action-card-run', String(index));
      const streamId = runStreamId(runId);
      if ((await store.streamRevision(streamId)) !== null) continue;
      const { state: template } = await runner.load(templateStreamId(demo.templateId), TEMPLATE_STREAM.model);
      const startedAt = new Date(end.getTime() - demo.minutesAgo * MINUTE);
      const actor = 'ST-DEMO01';
      let revision: number | null = null;
      // Event ids fixed by run and position, as they were before the kernel.
      const record = async (at: Date, decide: (state: RunState, at: Date) => RunEvent[]) => {
        now = at;
        const after = String(revision ?? -1);
        const meta = { actor, correlationId: runId, eventIds: (i: number) => deterministicUuid('vigil-demo-action-card-event', runId, after, String(i)) };
        revision = (await runner.run({ streamId, model: RUN_STREAM.model, namespace: RUN_STREAM.namespace, decide }, meta)).revision;
      };
      const trigger = { type: 'manual' as const };
      await record(startedAt, (state, at) =>
        start(
          { runId, templateId: demo.templateId, template, area: demo.area, institution: demo.institution, startedAt: startedAt.toISOString(), trigger, actor },
          state,
          at,
        ),
      );
      for (const [minutes, stepId, how] of [...demo.acts].sort((a, b) => a[0] - b[0])) {
        const at = new Date(startedAt.getTime() + minutes * MINUTE);
        await record(at, (state) =>
          how.skip ? skip({ runId, stepId, justification: how.skip, actor }, state, at) : complete({ runId, stepId, note: how.note, actor }, state, at),
        );
      }
      started++;
    }
    return started;
  } finally {
    await store.close();
  }
}
