import { openLoaderStore, StoreOpener } from '@vigil/command-handling';
import { CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { Clock } from '@vigil/event-store';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Pool } from 'pg';
import { decide as close } from '../close-incident/close-incident.decide';
import { decide as correct } from '../correct-incident/correct-incident.decide';
import { IncidentEvent } from '../domain/incident.events';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM, incidentStreamId } from '../incident-stream';
import { decide as markDuplicate } from '../mark-duplicate/mark-duplicate.decide';
import { decide as notReportable } from '../mark-not-reportable/mark-not-reportable.decide';
import { decide as reclassify } from '../reclassify-incident/reclassify-incident.decide';
import { decide as police } from '../record-police-report/record-police-report.decide';
import { decide as reopen } from '../reopen-incident/reopen-incident.decide';
import { decide as report } from '../report-incident/report-incident.decide';
import { demoYears } from './demo-incidents';

type AnyDecide = (command: never, state: IncidentState, now: Date) => IncidentEvent[];

/** The decide function of each demo step's command. */
export const DECIDERS: Record<string, AnyDecide> = {
  report,
  correct,
  reclassify,
  police,
  'mark-duplicate': markDuplicate,
  'not-reportable': notReportable,
  close,
  reopen,
} as Record<string, AnyDecide>;

/** Commands of different incidents in flight at once; one incident's steps still go in order. */
const CONCURRENCY = 8;

/**
 * Loads the demo years into an empty store, through the same decide functions the API uses. The
 * store's clock is each step's time, so "as known on a date" works on the demo data.
 * Returns how many incidents it loaded (0 when the store already holds incidents).
 */
export async function seedDemoData(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  end = new Date(),
  openStore?: StoreOpener,
): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query(`SELECT EXISTS (SELECT 1 FROM event_store.events WHERE category = 'incident') AS present`);
  await pool.end();
  if (rows[0].present) return 0;
  // Each step runs with its own time as "now", also while other incidents' steps are in flight.
  const stepTime = new AsyncLocalStorage<Date>();
  const clock: Clock = { now: () => stepTime.getStore() ?? end };
  const store = openLoaderStore(databaseUrl, { clock, pool: { max: CONCURRENCY } }, openStore);
  const analyze = new Pool({ connectionString: databaseUrl, max: 1 });
  // The same command runner the API uses, on a store whose clock is each step's time.
  const runner = new CommandRunner(store, clock);
  try {
    const incidents = demoYears(end);
    // Appended in recording order, as they would have arrived (different incidents' steps a few at a time).
    const steps = incidents.flatMap((steps) => steps.map((step, index) => ({ step, index, incidentId: steps[0].fields.incidentId as string })));
    steps.sort((a, b) => a.step.at.getTime() - b.step.at.getTime());
    log(`Loading ${incidents.length} demo incidents (${steps.length} steps)…`);
    const run = async ({ step, index, incidentId }: (typeof steps)[number]) => {
      const command = { ...step.fields, incidentId, actor: step.actor } as never;
      const spec = {
        streamId: incidentStreamId(incidentId),
        model: INCIDENT_STREAM.model,
        namespace: INCIDENT_STREAM.namespace,
        decide: (state: IncidentState, at: Date) => DECIDERS[step.command](command, state, at),
      };
      await stepTime.run(step.at, () =>
        runner.run(spec, {
          actor: step.actor,
          correlationId: deterministicUuid('vigil-demo-incident', incidentId, String(index)),
          eventIds: (i) => deterministicUuid('vigil-demo-incident-event', incidentId, String(index), String(i)),
        }),
      );
    };
    const last = new Map<string, Promise<void>>(); // each incident's latest step
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | null = null;
    let nextAnalyze = 256;
    for (const [i, item] of steps.entries()) {
      while (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
      if (failure) break;
      if (i === nextAnalyze) {
        // Planned while the table was (nearly) empty, the append function's lookups keep scanning the whole table,
        // each append reading every event before it (45-50 s one at a time, 14 s with this). Fresh statistics replan them.
        nextAnalyze *= 2;
        await analyze.query('ANALYZE event_store.events').catch(() => undefined);
      }
      const task = (last.get(item.incidentId) ?? Promise.resolve()).then(() => run(item));
      last.set(item.incidentId, task);
      const settled: Promise<void> = task.then(
        () => void inFlight.delete(settled),
        (error: unknown) => {
          failure ??= { error };
          inFlight.delete(settled);
        },
      );
      inFlight.add(settled);
    }
    await Promise.all(inFlight);
    if (failure) throw (failure as { error: unknown }).error;
    return incidents.length;
  } finally {
    await store.close();
    await analyze.end();
  }
}
