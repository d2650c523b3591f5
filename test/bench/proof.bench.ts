import { PostgresEventStore } from '@vigil/event-store';
import { incidentStreamId } from '@vigil/incidents';
import {
  buildBundle,
  catchUp,
  Checkpointer,
  consistencyProof,
  FileCheckpointSink,
  inclusionProof,
  leafHashOf,
  leafOfEvent,
  loadSigner,
  renderBundleHtml,
  rootAt,
  sqlOf,
  treeSize,
  verifyBundle,
  verifyConsistency,
  verifyInclusion,
} from '@vigil/proof';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { GetIncidentKnownAt, GetIncidentKnownAtHandler } from '../../libs/incidents/src/read-models/incident-known-at/incident-known-at.queries';
import { BenchContext } from './bench-context';
import { createBenchDatabase, resetEventStore, withClient } from './bench-database';
import { CountingLogger, defaultProofSettings, proofAppends, quietNestLogger } from './proof-appends';
import { appendIncidentStream, fillChainedEvents, resetProofSchema, waitUntilLogReadable } from './proof-fill';
import { fmtCount, fmtMs, renderTable } from './report-table';
import { percentile } from './stats';

const WARMUP = 20;
/** Events per append when writing the 10,000-event stream: 100 distinct recording times to replay to. */
const STREAM_PER_APPEND = 100;

export function proofSteps(ctx: Pick<BenchContext, 'config'>): number {
  return ctx.config.reps * ctx.config.writerCounts.length * 2 + 6;
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const row = (label: string, samples: number[], extra: string[]) => [
  label,
  fmtCount(samples.length),
  fmtMs(percentile(samples, 50)),
  fmtMs(percentile(samples, 99)),
  fmtMs(Math.max(...samples)),
  ...extra,
];

async function timed<T>(samples: number[], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  samples.push(performance.now() - started);
  return result;
}

/**
 * Issue 15's figures for the auditor's proof: appends with the checkpoint worker on vs off; inclusion and consistency
 * proofs over a tree of BENCH_PROOF_EVENTS events; the case bundle of a BENCH_PROOF_STREAM_EVENTS-event incident stream;
 * and replaying that stream to a moment through the incidents' known-at query handler.
 */
export async function proofGroup(ctx: BenchContext): Promise<string[]> {
  const { config, progress } = ctx;
  const tmp = mkdtempSync(join(tmpdir(), 'vigil-bench-proof-'));
  const logger = new CountingLogger((line) => progress.note(line));
  const restoreLogger = quietNestLogger(logger);
  const settings = defaultProofSettings(join(tmp, 'checkpoint-key.pem'), join(tmp, 'checkpoints'));
  const signer = loadSigner(settings.keyFile, settings.origin, true);
  const tables: string[] = [];
  const database = await createBenchDatabase(ctx.server, 'bench_proof', 'vigil');
  let dataSource: DataSource | null = null;
  try {
    tables.push(await proofAppends(ctx, database, signer, tmp, logger));
    progress.print(tables[tables.length - 1]);

    // 2. A tree over BENCH_PROOF_EVENTS events.
    const n = config.proofEvents;
    await resetEventStore(database.url);
    await resetProofSchema(database.url);
    progress.step(`proof: filling ${fmtCount(n)} chained events (set-based SQL)`);
    let started = performance.now();
    await fillChainedEvents(database.url, n, (line) => progress.step(`proof: filling ${fmtCount(n)} events, ${line}`));
    const fillSeconds = seconds(started);
    progress.tick();
    progress.step(`proof: the follower puts ${fmtCount(n)} events in the tree`);
    dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [], extra: { max: 4 } }).initialize();
    const ds = dataSource;
    const sql = sqlOf(ds);
    const waited = await waitUntilLogReadable(database.url, (line) => progress.note(`proof: ${line}`));
    started = performance.now();
    const leaves = await catchUp(ds, config.proofFollowerPage);
    const followSeconds = seconds(started);
    await withClient(database.url, (client) => client.query('VACUUM ANALYZE proof.leaves, proof.nodes'));
    const checkpointer = new Checkpointer(ds, signer, settings.origin, new FileCheckpointSink(settings.checkpointDir));
    started = performance.now();
    const signed = await checkpointer.checkpoint();
    const signSeconds = seconds(started);
    if (!signed?.created || signed.note.checkpoint.size !== n) throw new Error(`expected a checkpoint of ${n} leaves, got ${signed?.note.checkpoint.size}`);
    const sizes = await withClient(database.url, async (client) => {
      const { rows } = await client.query<{ events: string; leaves: string; nodes: string }>(
        `SELECT pg_size_pretty(pg_total_relation_size('event_store.events')) AS events, pg_size_pretty(pg_total_relation_size('proof.leaves')) AS leaves,
                pg_size_pretty(pg_total_relation_size('proof.nodes')) AS nodes`,
      );
      return rows[0];
    });
    progress.tick();

    progress.step(`proof: ${config.proofSamples} inclusion and consistency proofs at ${fmtCount(n)} leaves`);
    const size = await treeSize(sql);
    const root = await rootAt(sql, size);
    const picks = Array.from({ length: WARMUP + config.proofSamples }, () => randomInt(0, size));
    const ids = new Map(
      (
        await sql<{ idx: string; event_id: string }>('SELECT idx::text AS idx, event_id::text FROM proof.leaves WHERE idx = ANY($1::bigint[])', [
          picks.map(String),
        ])
      ).map((r) => [Number(r.idx), r.event_id]),
    );
    const apiPath: number[] = [];
    const proofOnly: number[] = [];
    const consistency: number[] = [];
    let inclusionOk = 0;
    let consistencyOk = 0;
    let inclusionHashes = 0;
    let consistencyHashes = 0;
    for (const [i, index] of picks.entries()) {
      const keep = i >= WARMUP;
      const api: number[] = [];
      const only: number[] = [];
      // What GET /proof/inclusion does: find the event's leaf, then the proof and the root at the tree size.
      const { leaf, proof, atRoot } = await timed(api, async () => {
        const found = await leafOfEvent(sql, ids.get(index)!);
        if (!found) throw new Error(`no leaf for event ${ids.get(index)}`);
        const [p, r] = await Promise.all([timed(only, () => inclusionProof(sql, found.index, size)), rootAt(sql, size)]);
        return { leaf: found, proof: p, atRoot: r };
      });
      const first = randomInt(1, size);
      const cons: number[] = [];
      const { cproof, firstRoot } = await timed(cons, async () => {
        const [p, r, second] = await Promise.all([consistencyProof(sql, first, size), rootAt(sql, first), rootAt(sql, size)]);
        if (!second.equals(root)) throw new Error('the root moved');
        return { cproof: p, firstRoot: r };
      });
      if (!keep) continue;
      apiPath.push(api[0]);
      proofOnly.push(only[0]);
      consistency.push(cons[0]);
      inclusionHashes += proof.length;
      consistencyHashes += cproof.length;
      if (atRoot.equals(root) && verifyInclusion(leaf.index, size, leafHashOf(leaf), proof, root)) inclusionOk++;
      if (verifyConsistency(first, size, firstRoot, root, cproof)) consistencyOk++;
    }
    progress.tick();
    const samples = config.proofSamples;
    tables.push(
      renderTable(
        `Proof 2. Proof generation at ${fmtCount(size)} events (${fmtCount(samples)} random samples each)`,
        ['operation', 'samples', 'p50 ms', 'p99 ms', 'max ms', 'hashes per proof (mean)', 'verified'],
        [
          row('inclusion proof, as GET /proof/inclusion (leaf by event id + proof + root)', apiPath, [
            (inclusionHashes / samples).toFixed(1),
            `${inclusionOk}/${samples}`,
          ]),
          row('inclusion proof only (inclusionProof: one node query)', proofOnly, ['', '']),
          row('consistency proof from a random size, as GET /proof/consistency (proof + both roots)', consistency, [
            (consistencyHashes / samples).toFixed(1),
            `${consistencyOk}/${samples}`,
          ]),
        ],
        [
          `Fill: ${fmtCount(n)} events in ${fmtCount(n / 10)} streams of 10 by set-based SQL into event_store.events (one INSERT ... SELECT per revision and 100,000 streams, each its own transaction, so stream order = log order), ~500-byte JSON data, each row's chain hash by the store's own event_store.hash_event over its previous hash: ${fillSeconds.toFixed(0)} s.`,
          `The tree was NOT filled by SQL: the real follower (catchUp → appendPage, pages of ${fmtCount(config.proofFollowerPage)}) read the log in order and appended ${fmtCount(leaves)} leaves and their complete-subtree nodes in ${followSeconds.toFixed(0)} s (${fmtCount(leaves / followSeconds)} leaves/s${waited >= 1 ? `; timed after waiting ${waited.toFixed(0)} s for another transaction on the server to end, which holds the follower back` : ''}); then Checkpointer.checkpoint() signed the checkpoint at ${fmtCount(n)} (catch-up check, root, Ed25519, file sink) in ${fmtMs(signSeconds * 1000)} ms.`,
          `Sizes after VACUUM ANALYZE: event_store.events ${sizes.events}, proof.leaves ${sizes.leaves}, proof.nodes ${sizes.nodes}.`,
          `Serial requests from one client after ${WARMUP} untimed warm-up samples; each proof checked afterwards (outside the timing) against the signed root with verifyInclusion / verifyConsistency.`,
        ],
      ),
    );
    progress.print(tables[tables.length - 1]);

    // 3. The bundle of a long incident stream, on top of the big tree.
    const streamEvents = config.proofStreamEvents;
    progress.step(`proof: appending a ${fmtCount(streamEvents)}-event incident stream and its bundle`);
    const incidentId = randomUUID();
    const streamId = incidentStreamId(incidentId);
    started = performance.now();
    await appendIncidentStream(database.url, incidentId, streamId, streamEvents, STREAM_PER_APPEND);
    const appendSeconds = seconds(started);
    await waitUntilLogReadable(database.url, (line) => progress.note(`proof: ${line}`));
    const latest = await checkpointer.checkpoint();
    if (!latest?.created || latest.note.checkpoint.size !== n + streamEvents)
      throw new Error(`expected a checkpoint of ${n + streamEvents} leaves, got ${latest?.note.checkpoint.size}`);
    const build: number[] = [];
    const check: number[] = [];
    const serialise: number[] = [];
    const total: number[] = [];
    const offline: number[] = [];
    const html: number[] = [];
    let json = '';
    let htmlText = '';
    let offlineOk = 0;
    for (let run = 0; run < 2 + config.proofBundleRuns; run++) {
      const keep = run >= 2;
      const t0 = performance.now();
      // What GET /proof/bundle/incident/:id does: checkpoint() (nothing new to sign here) then buildBundle, sent as JSON.
      const note = (await checkpointer.checkpoint())!.note;
      const t1 = performance.now();
      const bundle = await buildBundle(
        sql,
        { kind: 'incident', id: incidentId },
        [streamId],
        { note: note.text, size: note.checkpoint.size },
        signer.verifierKey,
      );
      const t2 = performance.now();
      json = JSON.stringify(bundle);
      const t3 = performance.now();
      htmlText = renderBundleHtml(bundle);
      const t4 = performance.now();
      const verdict = verifyBundle(JSON.parse(json), signer.verifierKey);
      const t5 = performance.now();
      if (!keep) continue;
      if (verdict.ok && bundle.events.length === streamEvents) offlineOk++;
      check.push(t1 - t0);
      build.push(t2 - t1);
      serialise.push(t3 - t2);
      total.push(t3 - t0);
      html.push(t4 - t3);
      offline.push(t5 - t4);
    }
    const runs = config.proofBundleRuns;
    const kb = (bytes: number) => `${fmtCount(bytes / 1024)} KiB`;
    const jsonBytes = Buffer.byteLength(json);
    progress.tick();
    tables.push(
      renderTable(
        `Proof 3. Bundle export of a ${fmtCount(streamEvents)}-event incident stream in a tree of ${fmtCount(latest.note.checkpoint.size)} (${runs} runs)`,
        ['step', 'runs', 'p50 ms', 'p99 ms', 'max ms', 'output'],
        [
          row('checkpointer.checkpoint() (tree up to date, nothing to sign)', check, ['']),
          row('buildBundle (events + inclusion proofs + checkpoint)', build, ['']),
          row('JSON.stringify', serialise, [`${kb(jsonBytes)} (gzip ${kb(gzipSync(json).length)})`]),
          row('total, as GET /proof/bundle/incident/:id (before sending)', total, [`${kb(jsonBytes)}`]),
          row('renderBundleHtml (?format=html)', html, [kb(Buffer.byteLength(htmlText))]),
          row('offline verifyBundle (JSON.parse not timed)', offline, [`accepted ${offlineOk}/${runs}`]),
        ],
        [
          `The stream was appended through PostgresEventStore after the ${fmtCount(n)}-event fill, ${STREAM_PER_APPEND} events per append (incident reported, then reclassified back and forth), in ${appendSeconds.toFixed(1)} s; the follower and a signed checkpoint then covered it, so its leaves sit at the top of the tree (${fmtCount(n)}..${fmtCount(n + streamEvents - 1)}).`,
          `Serial, in the bench process, ${2} untimed warm-up runs; each event carries its inclusion proof (${(JSON.parse(json) as { events: { inclusionProof: string[] }[] }).events[0]?.inclusionProof.length ?? 0} hashes for the first).`,
        ],
      ),
    );
    progress.print(tables[tables.length - 1]);

    // 4. Replay of that stream to a moment.
    progress.step(`proof: replaying the ${fmtCount(streamEvents)}-event stream to ${config.proofSamples} moments`);
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      const recorded = (await store.readStream(streamId)).map((e) => e.metadata.recordedAt);
      const handler = new GetIncidentKnownAtHandler(store);
      const replay: number[] = [];
      const cold: number[] = [];
      const readOnly: number[] = [];
      let included = 0;
      let wrong = 0;
      for (let i = 0; i < WARMUP + config.proofSamples; i++) {
        const at = randomInt(0, recorded.length);
        const moment = new Date(recorded[at]);
        const expected = recorded.filter((r) => new Date(r).getTime() <= moment.getTime()).length;
        const sample: number[] = [];
        const result = await timed(sample, () => handler.execute(new GetIncidentKnownAt(incidentId, moment)));
        const coldSample: number[] = [];
        handler.prefixes.clear(); // as the first replay of the stream after a start: no folded prefix kept yet
        await timed(coldSample, () => handler.execute(new GetIncidentKnownAt(incidentId, moment)));
        const read: number[] = [];
        await timed(read, () => store.readStream(streamId));
        if (i < WARMUP) continue;
        replay.push(sample[0]);
        cold.push(coldSample[0]);
        readOnly.push(read[0]);
        included += result.eventsIncluded;
        if (result.eventsIncluded !== expected) wrong++;
      }
      progress.tick();
      const p99 = percentile(replay, 99);
      tables.push(
        renderTable(
          `Proof 4. Replay of a ${fmtCount(streamEvents)}-event incident stream to a moment (target: under 100 ms)`,
          ['operation', 'samples', 'p50 ms', 'p99 ms', 'max ms', 'events folded (mean)', 'target'],
          [
            row('GetIncidentKnownAtHandler.execute, as the slider replays (from the nearest folded prefix, kept every 1,000 events)', replay, [
              fmtCount(included / replay.length),
              p99 < 100 ? 'met (p99 < 100 ms)' : 'NOT met',
            ]),
            row('the same, cold (prefixes forgotten before each sample: the first replay after a start)', cold, [
              fmtCount(included / replay.length),
              percentile(cold, 99) < 100 ? 'met (p99 < 100 ms)' : 'NOT met',
            ]),
            row('PostgresEventStore.readStream alone (same stream, timed separately)', readOnly, [fmtCount(streamEvents), '']),
          ],
          [
            `Moments: the recording time of a random event of the stream (${fmtCount(streamEvents / STREAM_PER_APPEND)} distinct times); the handler is the incidents context's known-at query (what GET /incidents/:id/known-at runs), built on a PostgresEventStore with its default pool. Events folded matched the events recorded at or before the moment in ${replay.length - wrong} of ${replay.length} samples.`,
            `Serial, one client, ${WARMUP} untimed warm-ups; the stream lives in the ${fmtCount(n + streamEvents)}-event store of Proof 2.`,
          ],
        ),
      );
      progress.print(tables[tables.length - 1]);
    } finally {
      await store.close();
    }
    if (logger.problems) progress.note(`proof: the checkpoint worker reported ${logger.problems} problem(s) (see above)`);
    return [];
  } finally {
    await dataSource?.destroy().catch(() => undefined);
    await database.drop().catch(() => undefined);
    restoreLogger();
    rmSync(tmp, { recursive: true, force: true });
  }
}
