import { randomUUID } from 'node:crypto';

/** The benchmark's event: about 500 bytes of JSON data, like a small incident fact. */
export const BENCH_EVENT_TYPE = 'bench.incident-noted.v1';
export const EVENTS_PER_STREAM = 10;
export const ACTOR = 'ST-BENCH01';

const FILLER = 'Officer observed the prisoner in the association area; no injuries were reported at the time of the check. ';

export interface BenchData {
  readonly incidentId: string;
  readonly establishment: string;
  readonly location: string;
  readonly severity: number;
  readonly occurredAt: string;
  readonly tags: string[];
  readonly summary: string;
}

const TEMPLATE_LENGTH = JSON.stringify(makeData('00000000-0000-4000-8000-000000000000', '')).length;
const SUMMARY = FILLER.repeat(6).slice(0, Math.max(0, 500 - TEMPLATE_LENGTH));

function makeData(incidentId: string, summary: string): BenchData {
  return {
    incidentId,
    establishment: 'HMP-BENCHMARK',
    location: 'wing-b/landing-2/cell-14',
    severity: 3,
    occurredAt: '2026-11-23T02:00:00.000Z',
    tags: ['self-harm-risk', 'acct-open'],
    summary,
  };
}

/** ~500 bytes when serialised (checked by BENCH_DATA_BYTES). */
export function benchData(): BenchData {
  return makeData(randomUUID(), SUMMARY);
}

export const BENCH_DATA_BYTES = Buffer.byteLength(JSON.stringify(benchData()));

export function benchNewEvent(): { id: string; type: string; data: BenchData; metadata: { actor: string; correlationId: string } } {
  return { id: randomUUID(), type: BENCH_EVENT_TYPE, data: benchData(), metadata: { actor: ACTOR, correlationId: randomUUID() } };
}

/** Writer `w`'s `seq`-th event goes to its own stream, 10 events per stream: no two writers share a stream. */
export function streamFor(prefix: string, writer: number, seq: number): { streamId: string; revision: number } {
  return { streamId: `bench-${prefix}w${writer}s${Math.floor(seq / EVENTS_PER_STREAM)}`, revision: seq % EVENTS_PER_STREAM };
}

/** Events already in each append case's table when it starts (a store in use, with statistics). */
export const HISTORY_APPENDS = 1000;
export const HISTORY_EVENTS = HISTORY_APPENDS * EVENTS_PER_STREAM;
/** 100 history streams; the k-th append to one holds revisions 10k..10k+9. */
export const historyStream = (i: number): string => `hist-s${i % 100}`;
