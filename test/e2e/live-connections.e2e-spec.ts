import { AddressInfo } from 'node:net';
import http, { ClientRequest, IncomingMessage } from 'node:http';
import { Client } from 'pg';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** Live views (server-sent events) are counted per person across contexts: a few tabs, not a flood. */
describe('live views per person', () => {
  let vigil: Vigil;
  let port: number;
  const open: ClientRequest[] = [];

  beforeAll(async () => {
    vigil = await startVigil();
    await vigil.app.listen(0, '127.0.0.1');
    port = (vigil.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const request of open) request.destroy();
    await vigil?.close();
  });

  /** Opens a live view and resolves once its first message (or its refusal) has arrived. */
  const watch = (path: string, actor = ACTOR) =>
    new Promise<{ status: number; body: string; request: ClientRequest; ended: Promise<void> }>((resolve, reject) => {
      let ended: () => void = () => undefined;
      const end = new Promise<void>((resolve) => (ended = resolve));
      const request = http.get({ port, host: '127.0.0.1', path, headers: { Accept: 'text/event-stream', ...signedIn(actor) } });
      open.push(request);
      request.on('error', reject);
      request.on('response', (response: IncomingMessage) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
          if (response.statusCode !== 200 || body.includes('\n\n')) resolve({ status: response.statusCode!, body, request, ended: end });
        });
        response.on('end', () => {
          ended();
          resolve({ status: response.statusCode!, body, request, ended: end });
        });
      });
    });

  it('holds eight at once for one person, refuses the ninth with 429, and frees a place when one closes', async () => {
    const views = ['/action-card-board/live', '/crisis-board/live'];
    const held = [];
    for (let i = 0; i < 8; i++) held.push(await watch(views[i % 2]));
    expect(held.map((view) => view.status)).toEqual(Array(8).fill(200));

    const refused = await watch('/crisis-board/live');
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ type: expect.stringContaining('too-many-live-connections'), status: 429 });
    expect((await watch('/action-card-board/live', 'ST-E2E002')).status).toBe(200);

    held[0].request.destroy();
    let again = await watch('/action-card-board/live');
    // The server learns of the closed view when its socket closes; ask again until it has.
    while (again.status === 429) again = await watch('/action-card-board/live');
    expect(again.status).toBe(200);
  });

  it('ends a run view when the database drops its listening connection, and the next view listens again', async () => {
    const view = await watch('/action-card-board/live', 'ST-E2E003');
    expect(view.body).toContain('event: ready');
    const admin = new Client({ connectionString: vigil.databaseUrl });
    await admin.connect();
    try {
      // As a database restart would: the backend holding the LISTEN goes away.
      await eventually(async () => {
        const [row] = (
          await admin.query(`SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND datname = current_database()`)
        ).rows;
        return row?.done ? true : undefined;
      });
    } finally {
      await admin.end();
    }
    await view.ended; // the page would now reconnect and refetch
    const again = await watch('/action-card-board/live', 'ST-E2E003');
    expect([again.status, again.body.includes('event: ready')]).toEqual([200, true]);
  });
});
