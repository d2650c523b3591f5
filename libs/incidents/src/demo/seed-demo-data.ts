import { CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { PostgresEventStore } from '@vigil/event-store';
import { Pool } from 'pg';
import { decide as close } from '../close-incident/close-incident.decide';
import { decide as correct } from '../correct-incident/correct-incident.decide';
import { IncidentEvent } from '../domain/incident.events';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM, incidentStreamId } from '../incident-stream';
import { decide as notReportable } from '../mark-not-reportable/mark-not-reportable.decide';
import { decide as reclassify } from '../reclassify-incident/reclassify-incident.decide';
import { decide as police } from '../record-police-report/record-police-report.decide';
import { decide as reopen } from '../reopen-incident/reopen-incident.decide';
import { decide as report } from '../report-incident/report-incident.decide';
import { demoYear } from './demo-incidents';

type AnyDecide = (command: never, state: IncidentState, now: Date) => IncidentEvent[];
const DECIDERS: Record<string, AnyDecide> = { report, correct, reclassify, police, 'not-reportable': notReportable, close, reopen } as Record<
  string,
  AnyDecide
>;

/**
 * Loads the demo year into an empty store, through the same decide functions the API uses. The
 * store's clock is set to each step's time, so "as known on a date" works on the demo data.
 * Returns how many incidents it loaded (0 when the store already holds incidents).
 */
export async function seedDemoData(databaseUrl: string, log: (line: string) => void = () => undefined, end = new Date()): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query(`SELECT EXISTS (SELECT 1 FROM event_store.events WHERE category = 'incident') AS present`);
  await pool.end();
  if (rows[0].present) return 0;
  let now = end;
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock: { now: () => now } });
  // The same command runner the API uses, on a store whose clock is each step's time.
  const runner = new CommandRunner(store, { now: () => now });
  try {
    const incidents = demoYear(end);
    log(`Loading ${incidents.length} demo incidents…`);
    // Appended in recording order, as they would have arrived.
    const steps = incidents.flatMap((steps) => steps.map((step, index) => ({ step, index, incidentId: steps[0].fields.incidentId as string })));
    steps.sort((a, b) => a.step.at.getTime() - b.step.at.getTime());
    for (const { step, index, incidentId } of steps) {
      now = step.at;
      const command = { ...step.fields, incidentId, actor: step.actor } as never;
      const spec = {
        streamId: incidentStreamId(incidentId),
        model: INCIDENT_STREAM.model,
        namespace: INCIDENT_STREAM.namespace,
        decide: (state: IncidentState, at: Date) => DECIDERS[step.command](command, state, at),
      };
      await runner.run(spec, {
        actor: step.actor,
        correlationId: deterministicUuid('vigil-demo-incident', incidentId, String(index)),
        eventIds: (i) => deterministicUuid('vigil-demo-incident-event', incidentId, String(index), String(i)),
      });
    }
    return incidents.length;
  } finally {
    await store.close();
  }
}
