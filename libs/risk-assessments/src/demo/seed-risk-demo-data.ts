import { PostgresEventStore } from '@vigil/event-store';
import { Pool } from 'pg';
import { deterministicUuid } from '../command-handling/command-ids';
import { AssessorEvent } from '../domain/assessor-certification.events';
import { AssessorCertifications, evolveCertifications, noCertifications } from '../domain/assessor-certification.state';
import { RiskCaseEvent } from '../domain/risk-case.events';
import { evolve, initial, RiskCaseState } from '../domain/risk-case.state';
import { assessorStreamId, riskCaseStreamId } from '../risk-case-stream';
import { demoRiskCases } from './demo-risk-cases';

/**
 * Loads the demo risk cases into a store without any, through the same decide functions the API
 * uses, with the store's clock at each step's time. Event ids are deterministic, so a second run
 * (or a race with another process) stores nothing new. Returns how many cases it loaded.
 */
export async function seedRiskDemoData(databaseUrl: string, log: (line: string) => void = () => undefined, end = new Date()): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query(`SELECT EXISTS (SELECT 1 FROM event_store.events WHERE category = 'riskcase') AS present`);
  await pool.end();
  if (rows[0].present) return 0;
  let now = end;
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock: { now: () => now } });
  const cases = new Map<string, { state: RiskCaseState; revision: number | null }>();
  const assessors = new Map<string, { state: AssessorCertifications; revision: number | null }>();
  try {
    const steps = demoRiskCases(end);
    log(`Loading ${new Set(steps.map((s) => (s.stream === 'case' ? s.caseId : null)).filter(Boolean)).size} demo risk cases…`);
    for (const step of steps) {
      now = step.at;
      const streamId = step.stream === 'case' ? riskCaseStreamId(step.caseId) : assessorStreamId(step.ref);
      const current = step.stream === 'case' ? cases.get(step.caseId) ?? { state: initial, revision: null } : assessors.get(step.ref) ?? { state: noCertifications, revision: null };
      const events =
        step.stream === 'case'
          ? step.decide(current.state as RiskCaseState, step.at, (ref) => assessors.get(ref)?.state ?? noCertifications)
          : step.decide(current.state as AssessorCertifications, step.at);
      const base = current.revision ?? -1;
      const result = await store.appendToStream(
        streamId,
        events.map((e, i) => ({ id: deterministicUuid('vigil-demo-risk', streamId, String(base + 1 + i)), type: e.type, data: e.data, metadata: { actor: step.actor, correlationId: deterministicUuid('vigil-demo-risk-correlation', streamId, String(base + 1)) } })),
        { expectedRevision: current.revision ?? 'no-stream' },
      );
      if (step.stream === 'case') cases.set(step.caseId, { state: (events as RiskCaseEvent[]).reduce(evolve, current.state as RiskCaseState), revision: result.nextExpectedRevision });
      else assessors.set(step.ref, { state: (events as AssessorEvent[]).reduce(evolveCertifications, current.state as AssessorCertifications), revision: result.nextExpectedRevision });
    }
    return cases.size;
  } finally {
    await store.close();
  }
}
