import { PostgresEventStore } from '@vigil/event-store';
import { Pool } from 'pg';
import { decide as close } from '../close-incident/close-incident.decide';
import { decide as correct } from '../correct-incident/correct-incident.decide';
import { IncidentEvent } from '../domain/incident.events';
import { evolve, initial, IncidentState } from '../domain/incident.state';
import { incidentStreamId } from '../incident-stream';
import { decide as notReportable } from '../mark-not-reportable/mark-not-reportable.decide';
import { decide as reclassify } from '../reclassify-incident/reclassify-incident.decide';
import { decide as police } from '../record-police-report/record-police-report.decide';
import { decide as reopen } from '../reopen-incident/reopen-incident.decide';
import { decide as report } from '../report-incident/report-incident.decide';
import { demoYear } from './demo-incidents';
import { DemoRandom } from './demo-random';

type AnyDecide = (command: never, state: IncidentState, now: Date) => IncidentEvent[];
const DECIDERS: Record<string, AnyDecide> = { report, correct, reclassify, police, 'not-reportable': notReportable, close, reopen } as Record<string, AnyDecide>;

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
  const ids = new DemoRandom(7);
  try {
    const incidents = demoYear(end);
    log(`Loading ${incidents.length} demo incidents…`);
    // Appended in recording order, as they would have arrived.
    const steps = incidents.flatMap((steps) => steps.map((step) => ({ step, incidentId: steps[0].fields.incidentId as string })));
    steps.sort((a, b) => a.step.at.getTime() - b.step.at.getTime());
    const states = new Map<string, { state: IncidentState; revision: number | null }>();
    for (const { step, incidentId } of steps) {
      const current = states.get(incidentId) ?? { state: initial, revision: null };
      now = step.at;
      const events = DECIDERS[step.command]({ ...step.fields, incidentId, actor: step.actor } as never, current.state, step.at);
      const result = await store.appendToStream(
        incidentStreamId(incidentId),
        events.map((e) => ({ id: ids.uuid(), type: e.type, data: e.data, metadata: { actor: step.actor, correlationId: ids.uuid() } })),
        { expectedRevision: current.revision ?? 'no-stream' },
      );
      states.set(incidentId, { state: events.reduce(evolve, current.state), revision: result.nextExpectedRevision });
    }
    return incidents.length;
  } finally {
    await store.close();
  }
}
