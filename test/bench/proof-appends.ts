import { ConsoleLogger, Logger, LoggerService } from '@nestjs/common';
import { VigilConfig } from '@vigil/config';
import { PostgresEventStore } from '@vigil/event-store';
import { Checkpointer, CheckpointSigner, CheckpointWorker, FileCheckpointSink, ProofSettings, sqlOf, treeSize } from '@vigil/proof';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { BenchContext } from './bench-context';
import { BenchDatabase, checkpoint, resetEventStore, withClient } from './bench-database';
import { BENCH_DATA_BYTES, benchNewEvent, HISTORY_EVENTS, streamFor } from './bench-events';
import { ClosedLoopResult, runClosedLoop } from './closed-loop';
import { fillVigilHistory } from './history';
import { resetProofSchema } from './proof-fill';
import { fmtCount, fmtMs, fmtPercent, fmtReps, medianOf, renderTable } from './report-table';

type Mode = 'off' | 'on';

interface FollowerFigures {
  readonly leaves: number;
  readonly checkpoints: number;
  /** Events in the store not yet leaves when the measured window closed. */
  readonly lag: number;
}

interface AppendRep extends ClosedLoopResult {
  readonly follower?: FollowerFigures;
}

/** The settings the API and worker run with by default (VigilConfig's defaults); Kafka off, so the file sink only. */
export function defaultProofSettings(keyFile: string, checkpointDir: string): ProofSettings {
  const defaults = new VigilConfig();
  return {
    origin: defaults.VIGIL_CHECKPOINT_ORIGIN,
    keyFile,
    generateKey: false,
    checkpointDir,
    everyEvents: defaults.VIGIL_CHECKPOINT_EVERY_EVENTS,
    everySeconds: defaults.VIGIL_CHECKPOINT_EVERY_SECONDS,
    kafkaTopicPrefix: '',
    kafkaReplication: 1,
  };
}

/** Nest's Logger (the worker logs through it) kept off stdout: signed checkpoints counted, problems shown as progress notes. */
export class CountingLogger implements LoggerService {
  signed = 0;
  problems = 0;

  constructor(private readonly note: (line: string) => void) {}

  log(message: unknown): void {
    if (String(message).startsWith('Signed checkpoint')) this.signed++;
  }

  warn(message: unknown): void {
    this.problems++;
    this.note(`proof worker: ${String(message)}`);
  }

  error(message: unknown): void {
    this.problems++;
    this.note(`proof worker: ${String(message)}`);
  }
}

/**
 * Appends/s with 1 and 8 writers exactly as append-throughput.bench.ts measures Vigil (one event per append, 10 per stream,
 * 10,000 events of history, VACUUM ANALYZE, CHECKPOINT), once without and once with the proof tree's CheckpointWorker
 * running beside the writers in the same process: it follows the log, appends leaves and subtree nodes, and signs a
 * checkpoint (Ed25519, file sink) every N events or T seconds as configured by default. Reps interleave the modes.
 */
export async function proofAppends(ctx: BenchContext, database: BenchDatabase, signer: CheckpointSigner, tmp: string, logger: CountingLogger): Promise<string> {
  const { config, progress } = ctx;
  const warmupMs = config.warmupSeconds * 1000;
  const measureMs = config.seconds * 1000;
  const results = new Map<string, AppendRep[]>();
  const key = (mode: Mode, writers: number) => `${mode}/${writers}`;
  const settings = defaultProofSettings(join(tmp, 'checkpoint-key.pem'), tmp);
  let caseNo = 0;

  const runCase = async (mode: Mode, writers: number): Promise<AppendRep> => {
    await resetEventStore(database.url);
    await resetProofSchema(database.url);
    await fillVigilHistory(database.url);
    let dataSource: DataSource | null = null;
    let worker: CheckpointWorker | null = null;
    const signedBefore = logger.signed;
    try {
      if (mode === 'on') {
        dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [] }).initialize();
        // A fresh sink per case: the tables were rebuilt, and the sink rightly refuses a tree smaller than one it holds.
        const sink = new FileCheckpointSink(mkdtempSync(join(tmp, `case${++caseNo}-`)));
        const checkpointer = new Checkpointer(dataSource, signer, settings.origin, sink);
        await checkpointer.checkpoint(); // the history is in the tree and under a checkpoint, as on a store in use
        worker = new CheckpointWorker(dataSource, checkpointer, settings);
        worker.onApplicationBootstrap();
      }
      await checkpoint(database.url);
      const store = new PostgresEventStore({ connectionString: database.url });
      let result: ClosedLoopResult;
      let sizeAtStart = 0;
      try {
        if (dataSource) sizeAtStart = await treeSize(sqlOf(dataSource));
        result = await runClosedLoop({
          writers,
          warmupMs,
          measureMs,
          op: (w, seq) => store.appendToStream(streamFor('p', w, seq).streamId, [benchNewEvent()], { expectedRevision: 'any' }),
        });
      } finally {
        await store.close();
      }
      if (!dataSource || !worker) return result;
      const size = await treeSize(sqlOf(dataSource));
      const events = await withClient(
        database.url,
        async (client) => (await client.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events')).rows[0].n,
      );
      await worker.onApplicationShutdown();
      worker = null;
      return { ...result, follower: { leaves: size - sizeAtStart, checkpoints: logger.signed - signedBefore, lag: Number(events) - size } };
    } finally {
      await worker?.onApplicationShutdown();
      await dataSource?.destroy();
    }
  };

  for (let rep = 1; rep <= config.reps; rep++) {
    for (const writers of config.writerCounts) {
      for (const mode of ['off', 'on'] as const) {
        progress.step(`proof: appends with checkpointing ${mode}, ${writers} writer(s), rep ${rep}/${config.reps}`);
        const result = await runCase(mode, writers);
        results.set(key(mode, writers), [...(results.get(key(mode, writers)) ?? []), result]);
        progress.tick();
      }
    }
  }

  const rows: string[][] = [];
  for (const writers of config.writerCounts) {
    const off = medianOf(results.get(key('off', writers)) ?? [], (r) => r.perSecond);
    for (const mode of ['off', 'on'] as const) {
      const reps = results.get(key(mode, writers)) ?? [];
      const perSecond = medianOf(reps, (r) => r.perSecond);
      const cost = mode === 'on' && Number.isFinite(off) && off > 0 ? `${((100 * (off - perSecond)) / off).toFixed(1)} %` : 'baseline';
      const follower =
        mode === 'on'
          ? `${fmtCount(medianOf(reps, (r) => r.follower?.leaves ?? Number.NaN))} leaves, ${fmtCount(medianOf(reps, (r) => r.follower?.checkpoints ?? Number.NaN))} checkpoints, lag ${fmtCount(medianOf(reps, (r) => r.follower?.lag ?? Number.NaN))}`
          : '';
      rows.push([
        `Vigil appendToStream, checkpointing ${mode}`,
        String(writers),
        fmtCount(perSecond),
        fmtReps(reps.map((r) => r.perSecond)),
        `${fmtMs(medianOf(reps, (r) => r.p50))} / ${fmtMs(medianOf(reps, (r) => r.p99))}`,
        cost,
        fmtPercent(medianOf(reps, (r) => r.cpuBusy ?? Number.NaN)),
        follower,
      ]);
    }
  }
  return renderTable(
    'Proof 1. Appends per second with checkpointing off vs on (target: cost under 10 %)',
    ['case', 'writers', 'events/s (median)', 'reps', 'p50 / p99 ms', 'cost vs off', 'CPU busy', 'proof worker in the window + warm-up (median)'],
    rows,
    [
      `${config.warmupSeconds} s warm-up + ${config.seconds} s measured per case; ${config.reps} reps, modes and writer counts interleaved. Each case: event store and proof tables rebuilt, ${fmtCount(HISTORY_EVENTS)} events of history, VACUUM ANALYZE, CHECKPOINT, new connections; event data ${BENCH_DATA_BYTES} bytes of JSON, one event per append, 10 per stream, expected revision 'any'.`,
      `"on": the real CheckpointWorker (libs/proof) in the bench process beside the writers, its own TypeORM pool on the same database, started after the history was put in the tree and signed; it ticks every min(1 s, T), follows the log in pages of 1,000 (leaves + complete-subtree nodes) and signs an Ed25519 checkpoint, checked for consistency against the previous one, every ${fmtCount(settings.everyEvents)} events or ${settings.everySeconds} s (the VigilConfig defaults VIGIL_CHECKPOINT_EVERY_EVENTS / _SECONDS), published to a file sink (Kafka not configured).`,
      '"leaves" is the tree growth from the start of the warm-up to the end of the window; "lag" is events in the store not yet leaves when the window closed (the worker runs once a second, so up to about a second of appends).',
      'Cost = (off − on) / off of the median events/s; CPU busy is the whole machine (writers, worker and PostgreSQL share the cores).',
    ],
  );
}

/** Installs the counting logger for Nest's static Logger; returns a function that restores the default. */
export function quietNestLogger(logger: CountingLogger): () => void {
  Logger.overrideLogger(logger);
  return () => Logger.overrideLogger(new ConsoleLogger());
}
