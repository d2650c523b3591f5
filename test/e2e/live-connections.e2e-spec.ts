import { AddressInfo } from 'node:net';
import http, { ClientRequest, IncomingMessage } from 'node:http';
import { ACTOR, startVigil } from '../support/vigil-test-app';

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
    new Promise<{ status: number; body: string; request: ClientRequest }>((resolve, reject) => {
      const request = http.get({ port, host: '127.0.0.1', path, headers: { Accept: 'text/event-stream', 'X-Vigil-Actor': actor } });
      open.push(request);
      request.on('error', reject);
      request.on('response', (response: IncomingMessage) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
          if (response.statusCode !== 200 || body.includes('\n\n')) resolve({ status: response.statusCode!, body, request });
        });
        response.on('end', () => resolve({ status: response.statusCode!, body, request }));
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
});
