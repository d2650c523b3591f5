import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { EventStoreNotifyAfterCommit1763860000003, EventStoreSchema1763860000000, PostgresEventStore } from '@vigil/event-store';
import { Checkpointer, CheckpointRefused, FileCheckpointSink, loadSigner, ParsedNote, ProofTree1763860000150, sqlOf, verifyStore, Finding } from '@vigil/proof';
import { readAllOnceReadable } from '@vigil/event-store/contract/contract-events';
import { createTestDatabase } from '../support/test-database';
import { proofScratch } from '../support/vigil-test-app';

/**
 * The issue's "Done when" tamper counts, against a real PostgreSQL: each tampering is done as a superuser would (triggers
 * off), inside a transaction that is rolled back after `verifyStore` has looked, so every case starts from the same store.
 */
describe('tampering with the store is detected and named', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let pool: Pool;
  let checkpointer: Checkpointer;
  let publicKey: Buffer;
  let notes: ParsedNote[];
  let scratch: ReturnType<typeof proofScratch>;
  const streams: string[] = [];
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const counts: Record<string, { tried: number; detected: number; named: number }> = {};

  beforeAll(async () => {
    database = await createTestDatabase('vigil_proof');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [EventStoreSchema1763860000000, EventStoreNotifyAfterCommit1763860000003, ProofTree1763860000150],
      migrationsTransactionMode: 'each',
    }).initialize();
    await dataSource.runMigrations();
    store = new PostgresEventStore({ connectionString: database.url });
    pool = new Pool({ connectionString: database.url, max: 2 });
    scratch = proofScratch();
    const signer = loadSigner(scratch.config.VIGIL_CHECKPOINT_KEY_FILE, 'test.vigil/log', false);
    publicKey = signer.publicKey;
    const files = new FileCheckpointSink(scratch.config.VIGIL_CHECKPOINT_DIR);
    checkpointer = new Checkpointer(dataSource, signer, 'test.vigil/log', files);
    for (let s = 0; s < 30; s++) streams.push(`${['incident', 'coercivemeasure', 'riskcase'][s % 3]}-${randomUUID()}`);
    // Three rounds of appends interleaved across streams, a checkpoint after each.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 60; i++) {
        const streamId = streams[random(streams.length)];
        await store.appendToStream(
          streamId,
          [
            {
              id: randomUUID(),
              type: 'test.something-happened.v1',
              data: { round, i, note: `note ${random(1000)} about it`, at: new Date(2025, 0, 1 + i).toISOString() },
              metadata: { actor: 'ST-TEST01', correlationId: randomUUID() },
            },
          ],
          { expectedRevision: 'any' },
        );
      }
      await readAllOnceReadable(store, (round + 1) * 60); // a transaction in another database can hold the horizon back a moment
      expect((await checkpointer.checkpoint())?.created).toBe(true);
    }
    notes = files.read().map((entry) => entry.note!);
    expect(notes).toHaveLength(3);
  });

  afterAll(async () => {
    console.log(
      `Tamper detection: ${Object.entries(counts)
        .map(([k, c]) => `${k} ${c.detected}/${c.tried} detected, ${c.named} named`)
        .join('; ')}`,
    );
    await pool?.end();
    await store?.close();
    await dataSource?.destroy();
    await database?.drop();
    if (scratch) rmSync(scratch.dir, { recursive: true, force: true });
  });

  /** Runs the tampering in a transaction, verifies from inside it, rolls it back. */
  async function tampered(tamper: (client: PoolClient) => Promise<void>): Promise<Finding[]> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await tamper(client);
      return (await verifyStore(sqlOf(client), notes, publicKey)).findings;
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  function count(kind: string, findings: Finding[], names: (f: Finding) => boolean): void {
    const c = (counts[kind] ??= { tried: 0, detected: 0, named: 0 });
    c.tried++;
    if (findings.length) c.detected++;
    if (findings.some(names)) c.named++;
  }

  const rowAt = async (client: PoolClient) => {
    const { rows } = await client.query(
      'SELECT global_position::text AS pos, stream_id, data::text AS data, metadata::text AS metadata, type, previous_hash FROM event_store.events ORDER BY global_position',
    );
    return rows[random(rows.length)] as { pos: string; stream_id: string; data: string; metadata: string; type: string; previous_hash: Buffer | null };
  };

  const changeOneChar = (text: string): string => {
    for (;;) {
      const at = random(text.length);
      if (!/[A-Za-z0-9]/.test(text[at])) continue;
      const next = /[0-9]/.test(text[at]) ? String((Number(text[at]) + 1 + random(8)) % 10) : text[at] === 'x' ? 'y' : 'x';
      const changed = text.slice(0, at) + next + text.slice(at + 1);
      try {
        JSON.parse(changed);
        if (changed !== text) return changed;
      } catch {
        // not JSON any more: pick another place
      }
    }
  };

  it('100 random single-byte changes', async () => {
    for (let i = 0; i < 100; i++) {
      let stream = '';
      const findings = await tampered(async (client) => {
        const row = await rowAt(client);
        stream = row.stream_id;
        const field = ['data', 'metadata', 'type', 'hash', 'previous_hash'][random(5)];
        if (field === 'data' || field === 'metadata')
          await client.query(`UPDATE event_store.events SET ${field} = $1::jsonb WHERE global_position = $2`, [
            changeOneChar(field === 'data' ? row.data : row.metadata),
            row.pos,
          ]);
        else if (field === 'type')
          await client.query(`UPDATE event_store.events SET type = $1 WHERE global_position = $2`, [row.type.replace('something', 'somethinG'), row.pos]);
        else {
          const column = field === 'previous_hash' && row.previous_hash ? 'previous_hash' : 'hash';
          const at = random(32);
          await client.query(
            `UPDATE event_store.events SET ${column} = set_byte(${column}, $1, get_byte(${column}, $1) # ${1 + random(255)}) WHERE global_position = $2`,
            [at, row.pos],
          );
        }
      });
      count('byte changes', findings, (f) => f.streamId === stream);
    }
    expect(counts['byte changes']).toEqual({ tried: 100, detected: 100, named: 100 });
  });

  it('20 tail truncations (the last event of a stream deleted)', async () => {
    for (let i = 0; i < 20; i++) {
      let stream = '';
      const findings = await tampered(async (client) => {
        stream = (await rowAt(client)).stream_id;
        await client.query(
          `DELETE FROM event_store.events WHERE stream_id = $1 AND stream_revision = (SELECT max(stream_revision) FROM event_store.events WHERE stream_id = $1)`,
          [stream],
        );
      });
      count('tail truncations', findings, (f) => f.streamId === stream);
      expect(findings.map((f) => f.kind)).toContain('stream-truncated');
    }
    expect(counts['tail truncations']).toEqual({ tried: 20, detected: 20, named: 20 });
  });

  it('20 deleted streams', async () => {
    for (let i = 0; i < 20; i++) {
      let stream = '';
      const findings = await tampered(async (client) => {
        stream = (await rowAt(client)).stream_id;
        await client.query(`DELETE FROM event_store.events WHERE stream_id = $1`, [stream]);
      });
      count('deleted streams', findings, (f) => f.streamId === stream && f.kind === 'stream-deleted');
    }
    expect(counts['deleted streams']).toEqual({ tried: 20, detected: 20, named: 20 });
  });

  it("20 rewrites with the chain recomputed by the store's own hash_event", async () => {
    for (let i = 0; i < 20; i++) {
      let stream = '';
      const findings = await tampered(async (client) => {
        const row = await rowAt(client);
        stream = row.stream_id;
        await client.query(`UPDATE event_store.events SET data = data || '{"note": "rewritten"}'::jsonb WHERE global_position = $1`, [row.pos]);
        // Recompute the whole stream's chain with the database's own function, as an insider would.
        await client.query(
          `DO $$ DECLARE r record; prev bytea := NULL; BEGIN
             FOR r IN SELECT * FROM event_store.events WHERE stream_id = '${stream}' ORDER BY stream_revision LOOP
               UPDATE event_store.events SET previous_hash = prev,
                 hash = event_store.hash_event(prev, r.stream_id, r.stream_revision, r.event_id, r.type, r.data, r.metadata)
                WHERE global_position = r.global_position RETURNING hash INTO prev;
             END LOOP; END $$`,
        );
      });
      expect(findings.map((f) => f.kind)).not.toContain('chain-broken'); // the chains alone are fooled
      count('recomputed chains', findings, (f) => f.kind === 'checkpoint-contradicted' && f.message.includes(stream));
    }
    expect(counts['recomputed chains']).toEqual({ tried: 20, detected: 20, named: 20 });
  });

  it('5 restores of an older backup (with and without new events since)', async () => {
    const first = notes[0].checkpoint.size;
    const latest = notes[notes.length - 1].checkpoint.size;
    for (let i = 0; i < 5; i++) {
      const findings = await tampered(async (client) => {
        // The database as the backup taken at the first checkpoint had it: later events and proof rows gone.
        await client.query(`DELETE FROM event_store.events WHERE event_id IN (SELECT event_id FROM proof.leaves WHERE idx >= $1)`, [first]);
        await client.query(`DELETE FROM proof.leaves WHERE idx >= $1`, [first]);
        await client.query(`DELETE FROM proof.checkpoints WHERE tree_size > $1`, [first]);
        await client.query(`UPDATE proof.tree_state SET tree_size = $1`, [first]);
        // Odd cases: the restored system has taken new events since, as many as or more than the later checkpoints covered.
        const extra = i % 2 === 1 ? latest - first + i : i;
        for (let k = 0; k < extra; k++)
          await client.query(`SELECT * FROM event_store.append_to_stream($1, 'any', $2::jsonb, now())`, [
            streams[random(streams.length)],
            JSON.stringify([{ id: randomUUID(), type: 'test.after-restore.v1', data: { k }, metadata: { actor: 'ST-TEST01' } }]),
          ]);
      });
      count('restored backups', findings, (f) => f.checkpointSize !== undefined && f.checkpointSize > first);
    }
    expect(counts['restored backups']).toEqual({ tried: 5, detected: 5, named: 5 });
  });

  it('no false alarm on 100 untouched verifications (with honest appends since the checkpoint)', async () => {
    let alarms = 0;
    for (let i = 0; i < 100; i++) {
      const findings = await tampered(async (client) => {
        await client.query(`SELECT * FROM event_store.append_to_stream($1, 'any', $2::jsonb, now())`, [
          streams[random(streams.length)],
          JSON.stringify([{ id: randomUUID(), type: 'test.honest.v1', data: { i }, metadata: { actor: 'ST-TEST01' } }]),
        ]);
      });
      if (findings.length) alarms++;
    }
    console.log(`Untouched verifications: 100, false alarms: ${alarms}`);
    expect(alarms).toBe(0);
  });

  it('never signs a checkpoint that contradicts a published one (a restored backup)', async () => {
    const first = notes[0].checkpoint.size;
    await dataSource.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica');
      await m.query(`DELETE FROM event_store.events WHERE event_id IN (SELECT event_id FROM proof.leaves WHERE idx >= $1)`, [first]);
      await m.query(`DELETE FROM proof.nodes WHERE true`);
      await m.query(`DELETE FROM proof.leaves WHERE true`);
      await m.query(`DELETE FROM proof.checkpoints WHERE true`);
      await m.query(`UPDATE proof.tree_state SET tree_size = 0, commit_position = '0'::xid8, prepare_position = 0`);
    });
    await expect(checkpointer.checkpoint()).rejects.toThrow(CheckpointRefused);
    await expect(checkpointer.checkpoint()).rejects.toThrow(/fewer than the \d+ of a checkpoint already published/);
    expect(new FileCheckpointSink(join(scratch.dir, 'checkpoints')).read()).toHaveLength(3);
  });
});
