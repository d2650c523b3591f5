import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { CommandRunner } from '@vigil/command-handling';
import { PostgresEventStore } from '@vigil/event-store';
import { INCIDENT_STREAM, incidentStreamId } from '@vigil/incidents';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/**
 * A stored `incidents.incident-closed.v1`, as Vigil wrote it before v2, read by today's Vigil: as a v2 closing with
 * `reason: null`, through the command runner, the read models and history, while the stored row (its data and its hash)
 * stays exactly as written and the stream's hash chain still verifies.
 */
describe('an incident closed by an older Vigil (incidents.incident-closed.v1)', () => {
  let vigil: Vigil;
  let pool: Pool;
  let oldVigil: PostgresEventStore;
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    // The older version's writer: the same store code over the same table, appending the v1 shape (no `reason`).
    oldVigil = new PostgresEventStore({ connectionString: vigil.databaseUrl });
  });
  afterAll(async () => {
    await oldVigil.close();
    await pool.end();
    await vigil.close();
  });

  const post = (path: string, body: unknown) =>
    vigil
      .http()
      .post(path)
      .set(signedIn(ACTOR))
      .send(body as object);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  const historyOf = (id: string, entries: number) =>
    eventually(async () => {
      const res = await get(`/incidents/${id}/history`);
      return res.status === 200 && res.body.entries.length === entries ? res.body.entries : undefined;
    });
  const storedRow = async (id: string, revision: number) =>
    (
      await pool.query(`SELECT type, data, hash, previous_hash FROM event_store.events WHERE stream_id = $1 AND stream_revision = $2`, [
        incidentStreamId(id),
        revision,
      ])
    ).rows[0];

  it('reads the v1 closing as v2 with reason null, closes again on top as v2, and leaves the stored v1 row and the chain intact', async () => {
    const id = (await post('/incidents', incidentReport()).expect(201)).body.incidentId as string;
    const streamId = incidentStreamId(id);
    await oldVigil.appendToStream(
      streamId,
      [
        {
          id: randomUUID(),
          type: 'incidents.incident-closed.v1',
          data: { incidentId: id, outcome: 'Overflyttet til anden afdeling.' },
          metadata: { actor: ACTOR, correlationId: randomUUID() },
        },
      ],
      { expectedRevision: 0 },
    );
    const v1Before = await storedRow(id, 1);
    expect(v1Before).toMatchObject({ type: 'incidents.incident-closed.v1', data: { incidentId: id, outcome: 'Overflyttet til anden afdeling.' } });
    expect(v1Before.data).not.toHaveProperty('reason');

    // The command runner folds the stream through the upcasters: the incident is closed.
    const runner = vigil.app.get(CommandRunner);
    const loaded = await runner.load(streamId, INCIDENT_STREAM.model);
    expect(loaded).toMatchObject({ revision: 1, state: { status: 'closed', outcome: 'Overflyttet til anden afdeling.' } });

    // The read models and history (fed upcast events) show it closed, the closing as a v2 with reason null.
    const current = await eventually(async () => {
      const res = await get(`/incidents/${id}`);
      return res.status === 200 && res.body.revision >= 1 ? res : undefined;
    });
    expect(current.body.state).toMatchObject({ status: 'closed', outcome: 'Overflyttet til anden afdeling.' });
    expect((await historyOf(id, 2))[1]).toMatchObject({
      revision: 1,
      action: 'closed',
      reason: null,
      changes: [{ field: 'outcome', from: null, to: 'Overflyttet til anden afdeling.' }],
    });
    const knownAt = await get(`/incidents/${id}/known-at?date=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`).expect(200);
    expect(knownAt.body.state).toMatchObject({ status: 'closed' });

    // The decider sees it closed (closing twice is refused), reopens it, and today's closing lands as v2 on top.
    await post(`/incidents/${id}/closure`, { outcome: 'igen' }).expect(409);
    await post(`/incidents/${id}/reopening`, { reason: 'Nye oplysninger' }).expect(200);
    await post(`/incidents/${id}/closure`, { outcome: 'Opfølgende samtale gennemført' }).expect(200);
    const stored = await oldVigil.readStream(streamId);
    expect(stored.map((e) => e.type)).toEqual([
      'incidents.incident-reported.v1',
      'incidents.incident-closed.v1',
      'incidents.incident-reopened.v1',
      'incidents.incident-closed.v2',
    ]);
    // Stored as v2 with reason null; the outcome, a personal text, sealed under the incident's key.
    expect(stored[3].data).toEqual({ incidentId: id, outcome: expect.stringMatching(/^\{\{sealed\.v1\./), reason: null });
    const entries = await historyOf(id, 4);
    expect(entries.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual([
      ['reported', null],
      ['closed', null],
      ['reopened', 'Nye oplysninger'],
      ['closed', null],
    ]);

    // Stored bytes never rewritten: the v1 row's data and hash are what the older Vigil wrote, and the chain verifies.
    expect(await storedRow(id, 1)).toEqual(v1Before);
    expect(await oldVigil.verifyStream(streamId)).toMatchObject({ streamId, eventsChecked: 4, intact: true, firstBrokenRevision: null });
  });
});
