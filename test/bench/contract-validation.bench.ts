import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { assertValidMessage, IntegrationMessage, parseIntegrationMessage } from '@vigil/integration-contracts';
import { assertWithClasses, readWithClasses } from '@vigil/integration-contracts/read-with-classes';
import { BenchContext } from './bench-context';
import { fmtCount, fmtReps, medianOf, renderTable } from './report-table';

/** Distinct messages cycled through, so no single message's strings stay hot in a cache. */
const MIX_SIZE = 2_000;
/** Measured window per case and rep: a pure CPU loop needs no more to settle. */
const MEASURE_MS = 1_000;

interface Case {
  readonly name: string;
  /** The class-validator case this one replaced, if any. */
  readonly before?: string;
  readonly run: (i: number) => void;
}

export function contractSteps(ctx: Pick<BenchContext, 'config'>): number {
  return ctx.config.reps;
}

/**
 * Issue 18: what validating one contract costs the relay (assert before sending) and a consumer (parse on receipt),
 * the class-validator reading that was used before beside the compiled JSON Schemas used now, over a mix shaped like
 * the incident and crisis-readiness feeds. No database or broker: a CPU loop.
 */
export async function contractGroup(ctx: BenchContext): Promise<string[]> {
  const { config, progress } = ctx;
  const messages = Array.from({ length: MIX_SIZE }, (_, i) => mixedMessage(i));
  const bytes = messages.map((m) => Buffer.from(JSON.stringify(m)));
  const cases: Case[] = [
    { name: 'assert (relay): class-validator, stringify and re-parse (before)', run: (i) => assertWithClasses(messages[i]) },
    {
      name: 'assert (relay): compiled JSON Schema on the built object',
      before: 'assert (relay): class-validator, stringify and re-parse (before)',
      run: (i) => assertValidMessage(messages[i]),
    },
    { name: 'parse (consumer): class-validator (before)', run: (i) => readWithClasses(bytes[i]) },
    { name: 'parse (consumer): compiled JSON Schema', before: 'parse (consumer): class-validator (before)', run: (i) => parseIntegrationMessage(bytes[i]) },
    { name: 'JSON.parse alone (floor of parse)', run: (i) => JSON.parse(bytes[i].toString()) as unknown },
    { name: 'JSON.stringify alone (the relay serialises anyway)', run: (i) => JSON.stringify(messages[i]) },
  ];
  const reps = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let rep = 1; rep <= config.reps; rep++) {
    progress.step(`contracts: validation cost, rep ${rep}/${config.reps}`);
    for (const c of cases) {
      await yieldToEventLoop();
      loopFor(c.run, config.warmupSeconds * 1000);
      reps.get(c.name)!.push(loopFor(c.run, MEASURE_MS));
    }
    progress.tick();
  }
  const median = (name: string) => medianOf(reps.get(name)!, (v) => v);
  const rows = cases.map((c) => [
    c.name,
    fmtMicros(median(c.name)),
    fmtReps(reps.get(c.name)!, fmtMicros),
    c.before ? `${(median(c.before) / median(c.name)).toFixed(1)}× faster` : c.name.endsWith('(before)') ? 'before' : 'reference',
  ]);
  return [
    renderTable('Contract validation, µs per message', ['case', 'µs/message (median)', 'reps', 'vs before'], rows, [
      `${fmtCount(MIX_SIZE)} distinct valid messages cycled: per 20, 9 incident-reported v2 and 1 v1, 4 reclassified, 2 facts-corrected v2, 2 counting-changed, 1 closed, 1 crisis activation-started.`,
      `${config.warmupSeconds} s warm-up and ${MEASURE_MS / 1000} s measured per case and rep, one thread; parse reads a Buffer as a consumer gets it from Kafka.`,
    ]),
  ];
}

/** Calls `run` over the mix for `ms`, and returns µs per call. */
function loopFor(run: (i: number) => void, ms: number): number {
  let calls = 0;
  const started = performance.now();
  let now = started;
  while (now - started < ms) {
    for (let i = 0; i < 200; i++) run((calls + i) % MIX_SIZE);
    calls += 200;
    now = performance.now();
  }
  return ((now - started) * 1000) / calls;
}

function fmtMicros(n: number): string {
  return Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : 'n/a';
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const ROLES = ['target', 'perpetrator', 'witness'] as const;

/** The i-th message of the mix (see the table's note for the shares). */
function mixedMessage(i: number): IntegrationMessage {
  const incidentId = randomUUID();
  const slot = i % 20;
  const envelope = {
    messageId: randomUUID(),
    streamId: `incident-${incidentId}`,
    streamRevision: slot < 10 ? 0 : 1 + (i % 7),
    recordedAt: new Date(Date.UTC(2026, i % 12, 1 + (i % 28), 8, i % 60)).toISOString(),
    correlationId: randomUUID(),
  };
  const reported = {
    incidentId,
    kind: i % 3 ? 'violence' : 'threat',
    target: 'staff-on-duty',
    perpetrator: 'inmate',
    severity: 'moderate',
    occurredAt: envelope.recordedAt,
    area: 'syddanmark',
    institutionId: i % 5 ? 'nyborg' : null,
  };
  if (slot < 9) {
    const involved = { [ROLES[i % 3]]: { inmate: 1 + (i % 3) }, witness: { staff: 1 } };
    const payload = { ...reported, locationType: 'institution', physicalInjury: 'none', involved };
    return { contract: 'incidents.incident-reported', version: 2, ...envelope, payload };
  }
  if (slot === 9) return { contract: 'incidents.incident-reported', version: 1, ...envelope, payload: reported };
  if (slot < 14) return { contract: 'incidents.incident-reclassified', version: 1, ...envelope, payload: { incidentId, kind: 'threat', target: 'inmate' } };
  if (slot < 16) {
    const payload = { incidentId, severity: 'serious', physicalInjury: 'treated', involved: { target: { staff: 1 } } };
    return { contract: 'incidents.incident-facts-corrected', version: 2, ...envelope, payload };
  }
  if (slot < 18) {
    const payload = { incidentId, counted: slot === 17, because: slot === 17 ? 'reopened' : 'duplicate' };
    return { contract: 'incidents.incident-counting-changed', version: 1, ...envelope, payload };
  }
  if (slot === 18) return { contract: 'incidents.incident-closed', version: 1, ...envelope, payload: { incidentId } };
  const activationId = randomUUID();
  const payload = {
    activationId,
    planId: 'riot',
    planVersion: 3,
    actionCardTemplateIds: ['crisis-riot', 'threat-against-employee'],
    scopeKind: 'institution',
    area: 'syddanmark',
    institutionId: 'nyborg',
    unitId: null,
    level: 'tactical',
    exercise: i % 2 === 0,
    activatedAt: envelope.recordedAt,
  };
  return { contract: 'crisis-readiness.activation-started', version: 1, ...envelope, streamId: `crisisactivation-${activationId}`, payload };
}
