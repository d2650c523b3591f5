import { openLoaderStore, StoreOpener } from '@vigil/command-handling';
import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { Pool } from 'pg';
import { AssessorCertifications, noCertifications } from '../domain/assessor-certification.state';
import { ASSESSOR_STREAM, assessorStreamId, RISK_CASE_STREAM, riskCaseStreamId } from '../risk-case-stream';
import { demoRiskCases } from './demo-risk-cases';

/**
 * Loads the demo risk cases into a store without any, through the same decide functions and command
 * runner the API uses, with the store's clock at each step's time. Event ids are deterministic, so a
 * second run (or a race with another process) stores nothing new. Returns how many cases it loaded.
 */
export async function seedRiskDemoData(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  end = new Date(),
  openStore?: StoreOpener,
): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query(`SELECT EXISTS (SELECT 1 FROM event_store.events WHERE category = 'riskcase') AS present`);
  await pool.end();
  if (rows[0].present) return 0;
  let now = end;
  const store = openLoaderStore(databaseUrl, { clock: { now: () => now } }, openStore);
  const runner = new CommandRunner(store, { now: () => now });
  const revisions = new Map<string, number>();
  const certifications = new Map<string, AssessorCertifications>();
  try {
    const steps = demoRiskCases(end);
    const cases = new Set(steps.flatMap((s) => (s.stream === 'case' ? [s.caseId] : [])));
    log(`Loading ${cases.size} demo risk cases…`);
    for (const step of steps) {
      now = step.at;
      const streamId = step.stream === 'case' ? riskCaseStreamId(step.caseId) : assessorStreamId(step.ref);
      // Ids follow the stream's revision, as they always have, so a second run stores nothing new.
      const next = (revisions.get(streamId) ?? -1) + 1;
      const meta: CommandMeta = {
        actor: step.actor,
        correlationId: deterministicUuid('vigil-demo-risk-correlation', streamId, String(next)),
        eventIds: (i) => deterministicUuid('vigil-demo-risk', streamId, String(next + i)),
      };
      if (step.stream === 'case') {
        const certified = (ref: string) => certifications.get(ref) ?? noCertifications;
        const { model, namespace } = RISK_CASE_STREAM;
        const outcome = await runner.run({ streamId, model, namespace, decide: (state, at) => step.decide(state, at, certified) }, meta);
        revisions.set(streamId, outcome.revision);
      } else {
        const { model, namespace } = ASSESSOR_STREAM;
        const outcome = await runner.run({ streamId, model, namespace, decide: step.decide }, meta);
        revisions.set(streamId, outcome.revision);
        certifications.set(step.ref, outcome.state);
      }
    }
    return cases.size;
  } finally {
    await store.close();
  }
}
