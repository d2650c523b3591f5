import fc from 'fast-check';
import { loadContextData } from '@vigil/platform';
import { Pool } from 'pg';
import { ACTOR, signedIn, startVigil } from '../support/vigil-test-app';
import { maxHeaderSize } from 'node:http';
import { Components, hostile, mutated, Schema, valid } from './schema-arbitrary';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

const RUNS = Number(process.env.VIGIL_FUZZ_RUNS ?? 50);
/** Live feeds never end, pages are HTML, /metrics and /health carry no input. */
const SKIPPED = /\/live$|\/changes$|^\/(coordinator|crisis|metrics|health)(\/|$)/;
const PATH_VALUES = ['3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10', 'violence-against-employee', 'riot', 'not-a-uuid', 'ST-7K3Q9P', '%00', 'x'.repeat(300), '..'];
const SIGNED_IN = 'signed in';
const HEADERS = fc.record(
  {
    // Mostly a real sign-in (the token is minted when the request is sent); else a broken or foreign credential.
    Authorization: fc.constantFrom(SIGNED_IN, SIGNED_IN, SIGNED_IN, 'Bearer not-a-jwt', 'Basic SmVuc2VuOnNlY3JldA==', '', 'Bearer ' + 'x'.repeat(5000)),
    'X-Vigil-Actor': fc.constantFrom(ACTOR, 'Jensen', 'SYS-ACTIONCARDS'),
    'If-Match': fc.constantFrom('"0"', '"7"', 'W/"1"', '*', 'yesterday', '"-1"', '"99999999999999999999"'),
    'Idempotency-Key': fc.constantFrom('fuzz-key-00001', 'short', 'x'.repeat(200), 'bad key with spaces'),
    // Answers are worded for the reader's language; a hostile header must still get English, never a 5xx.
    'Accept-Language': fc.constantFrom('da', 'nb-NO,nb;q=0.9', 'nn', 'en-GB', 'constructor, __proto__', 'da;q=x,,;', '*', 'x'.repeat(500)),
  },
  { requiredKeys: ['Authorization'] },
);

/** Every endpoint, with bodies made from its own OpenAPI schema and broken on purpose: never a 5xx, and a refusal stores nothing. */
describe('every endpoint under generated and mutated input', () => {
  let vigil: Vigil;
  let pool: Pool;
  let operations: Operation[];
  let components: Components;
  const failures: string[] = [];

  beforeAll(async () => {
    vigil = await startVigil();
    await loadContextData(vigil.app, vigil.databaseUrl, false, () => undefined);
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    const document = (await vigil.http().get('/api/docs-json').expect(200)).body;
    components = document.components?.schemas ?? {};
    operations = Object.entries(
      document.paths as Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method,
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema,
      })),
    );
  });
  afterAll(async () => {
    await pool.end();
    await vigil.close();
  });

  let sent = 0;
  // Events the fuzzing person recorded: workflows reacting to an earlier accepted command (runs an activation starts,
  // steps becoming overdue) act as Vigil's own machine actors and may land while a later, refused request is in flight.
  const events = async () => Number((await pool.query(`SELECT count(*) AS n FROM event_store.events WHERE metadata->>'actor' = $1`, [ACTOR])).rows[0].n);

  it('covers the API', () => {
    expect(operations.filter((o) => !SKIPPED.test(o.path)).length).toBeGreaterThan(40);
  });

  it('answers every request below 500, and stores nothing for a refused one', async () => {
    for (const operation of operations.filter((o) => !SKIPPED.test(o.path))) {
      const pathParams = operation.parameters.filter((p) => p.in === 'path');
      const queryParams = operation.parameters.filter((p) => p.in === 'query');
      const request = fc.record({
        path: fc.tuple(...pathParams.map(() => fc.constantFrom(...PATH_VALUES))),
        query: fc.tuple(...queryParams.map((p) => fc.option(fc.oneof(valid(p.schema ?? {}, components), hostile), { nil: undefined }))),
        headers: HEADERS,
        body: operation.body ? mutated(operation.body, components) : fc.constant(undefined),
        asText: fc.boolean().map((b) => b && Math.random() < 0.1),
      });
      await fc
        .assert(
          fc.asyncProperty(request, async (input) => {
            try {
              return await attempt(operation, input);
            } catch (error) {
              failures.push(`${operation.method.toUpperCase()} ${operation.path} threw ${(error as Error).message}`);
              return false;
            }
          }),
          { numRuns: RUNS, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    console.log(
      `fuzz: ${sent} requests over ${operations.filter((o) => !SKIPPED.test(o.path)).length} operations (${RUNS} runs each), ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });

  async function attempt(
    operation: Operation,
    { path, query, headers, body, asText }: { path: string[]; query: unknown[]; headers: Record<string, string>; body: unknown; asText: boolean },
  ): Promise<boolean> {
    const pathParams = operation.parameters.filter((p) => p.in === 'path');
    const queryParams = operation.parameters.filter((p) => p.in === 'query');
    let url = operation.path;
    pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(path[i]))));
    const search = new URLSearchParams();
    queryParams.forEach((p, i) => query[i] !== undefined && search.set(p.name, typeof query[i] === 'string' ? (query[i] as string) : JSON.stringify(query[i])));
    const target = search.size ? `${url}?${search}` : url;
    const before = await events();
    let call = vigil
      .http()
      [operation.method as 'get'](target)
      .set(headers.Authorization === SIGNED_IN ? { ...headers, ...signedIn(ACTOR) } : headers);
    if (body !== undefined) call = call.set('Content-Type', asText ? 'text/plain' : 'application/json').send(JSON.stringify(body));
    const res = await call.catch((error: NodeJS.ErrnoException) => {
      // A request line over Node's header limit (hostile values in a dozen query parameters) is refused by Node's HTTP
      // server with 431 before Vigil sees it; Node 24 then resets the connection, which the client may see first.
      if (error.code === 'ECONNRESET' && target.length > maxHeaderSize) return { status: 431, text: 'connection reset after 431' };
      throw error;
    });
    sent++;
    const stored = (await events()) - before;
    if (res.status >= 500 || (res.status >= 400 && stored > 0)) {
      failures.push(
        `${operation.method.toUpperCase()} ${target} → ${res.status} (${stored} stored): ${JSON.stringify(body)?.slice(0, 300)} ${res.text.slice(0, 200)}`,
      );
      return false;
    }
    return true;
  }
});
