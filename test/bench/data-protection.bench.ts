import { DataProtection1763860000170, keyEncryptionKey, ProtectedEventStore, Revealer, SubjectKeyVault, vaultPool } from '@vigil/data-protection';
import { PostgresEventStore } from '@vigil/event-store';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { QueryRunner } from 'typeorm';
import { BenchContext } from './bench-context';
import { checkpoint, createBenchDatabase, resetEventStore, withClient } from './bench-database';
import { BENCH_DATA_BYTES, BENCH_EVENT_TYPE, benchNewEvent, streamFor } from './bench-events';
import { ClosedLoopResult, runClosedLoop } from './closed-loop';
import { fillVigilHistory } from './history';
import { fmtCount, fmtMs, fmtReps, medianOf, renderTable } from './report-table';
import { percentile } from './stats';

type Mode = 'off' | 'on';
/** The bench event's ~420-byte summary is its free text: sealed when encryption is on. */
const DECLARATIONS = { [BENCH_EVENT_TYPE]: { personal: ['summary'] } };
const STREAM_EVENTS = 1000;
const READS = 200;

export function dataProtectionSteps(ctx: Pick<BenchContext, 'config'>): number {
  return ctx.config.reps * ctx.config.writerCounts.length * 2 + 2;
}

/**
 * Appends with encryption off vs on (the same closed loop as the append benchmark, one event per append, its free text
 * sealed under the stream's data key), and reading a 1,000-event stream as stored vs opened for a reader.
 */
export async function dataProtectionGroup(ctx: BenchContext): Promise<string[]> {
  const { config, progress, server } = ctx;
  const database = await createBenchDatabase(server, 'bench_dp', 'vigil');
  const pool = vaultPool(database.url); // as the apps make it
  try {
    await withClient(database.url, (client) => new DataProtection1763860000170().up({ query: (sql: string) => client.query(sql) } as unknown as QueryRunner));
    const vault = new SubjectKeyVault(pool, keyEncryptionKey(randomBytes(32)));
    const results = new Map<string, ClosedLoopResult[]>();
    for (let rep = 1; rep <= config.reps; rep++) {
      for (const writers of config.writerCounts) {
        for (const mode of ['off', 'on'] as Mode[]) {
          progress.step(`data protection: appends with encryption ${mode}, ${writers} writer(s), rep ${rep}/${config.reps}`);
          await resetEventStore(database.url);
          await fillVigilHistory(database.url);
          await checkpoint(database.url);
          const plain = new PostgresEventStore({ connectionString: database.url });
          const store = mode === 'on' ? new ProtectedEventStore(plain, vault, DECLARATIONS) : plain;
          try {
            const result = await runClosedLoop({
              writers,
              warmupMs: config.warmupSeconds * 1000,
              measureMs: config.seconds * 1000,
              op: (w, seq) => store.appendToStream(streamFor(`dp${mode}`, w, seq).streamId, [benchNewEvent()], { expectedRevision: 'any' }),
            });
            results.set(`${mode}/${writers}`, [...(results.get(`${mode}/${writers}`) ?? []), result]);
          } finally {
            await store.close();
          }
          progress.tick();
        }
      }
    }
    const appendRows = config.writerCounts.flatMap((writers) => {
      const off = medianOf(results.get(`off/${writers}`) ?? [], (r) => r.perSecond);
      return (['off', 'on'] as Mode[]).map((mode) => {
        const reps = results.get(`${mode}/${writers}`) ?? [];
        const perSecond = medianOf(reps, (r) => r.perSecond);
        return [
          `appendToStream, encryption ${mode}`,
          String(writers),
          fmtCount(perSecond),
          fmtReps(reps.map((r) => r.perSecond)),
          `${fmtMs(medianOf(reps, (r) => r.p50))} / ${fmtMs(medianOf(reps, (r) => r.p99))}`,
          mode === 'on' ? `${((100 * (off - perSecond)) / off).toFixed(1)} %` : 'baseline',
        ];
      });
    });

    progress.step(`data protection: a ${fmtCount(STREAM_EVENTS)}-event stream read as stored and opened`);
    const plain = new PostgresEventStore({ connectionString: database.url });
    const sealed = new ProtectedEventStore(plain, vault, DECLARATIONS);
    const revealer = new Revealer(vault);
    const streamId = 'incident-bench-read';
    for (let i = 0; i < STREAM_EVENTS; i += 100)
      await sealed.appendToStream(
        streamId,
        Array.from({ length: 100 }, () => benchNewEvent()),
        { expectedRevision: 'any' },
      );
    const asStored: number[] = [];
    const opened: number[] = [];
    for (let i = 0; i < READS + 20; i++) {
      let t0 = performance.now();
      const events = await plain.readStream(streamId);
      if (i >= 20) asStored.push(performance.now() - t0);
      t0 = performance.now();
      const texts = await revealer.reveal(
        events.map((e) => e.data),
        { mayReadRestricted: false },
      );
      if (i >= 20) opened.push(performance.now() - t0);
      if (i === 0 && JSON.stringify(texts).includes('{{sealed')) throw new Error('the revealer left a text sealed');
    }
    await plain.close();
    progress.tick();
    return [
      renderTable(
        'Data protection 1. Appends per second with encryption off vs on',
        ['case', 'writers', 'events/s (median)', 'reps', 'p50 / p99 ms', 'cost vs off'],
        appendRows,
        [
          `${config.warmupSeconds} s warm-up + ${config.seconds} s measured per case, ${config.reps} reps interleaved; each case on a rebuilt event store with 10,000 events of history. Event data ${BENCH_DATA_BYTES} bytes of JSON, one event per append, 10 per stream; "on" seals its ~420-byte summary with AES-256-GCM under the stream's data key (one key made per new stream: one INSERT on data_protection.subject_keys that does not wait for the disk, then cached).`,
        ],
      ),
      renderTable(
        `Data protection 2. Reading a ${fmtCount(STREAM_EVENTS)}-event stream: as stored, and its ${fmtCount(STREAM_EVENTS)} sealed texts opened for a reader`,
        ['step', 'reads', 'p50 ms', 'p99 ms'],
        [
          ['readStream (sealed texts as stored)', fmtCount(asStored.length), fmtMs(percentile(asStored, 50)), fmtMs(percentile(asStored, 99))],
          [
            'opening every text (Revealer: one key lookup, cached, then AES-GCM per text)',
            fmtCount(opened.length),
            fmtMs(percentile(opened, 50)),
            fmtMs(percentile(opened, 99)),
          ],
        ],
        ['What an answer with 1,000 sealed texts costs on top of the read; answers usually hold a handful.'],
      ),
    ];
  } finally {
    await pool.end();
    await database.drop();
  }
}
