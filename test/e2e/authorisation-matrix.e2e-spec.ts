import { ROLES, RoutePolicies, ROUTE_POLICIES } from '@vigil/identity';
import { CSV_UPLOADS } from '@vigil/platform';
import { AddressInfo } from 'node:net';
import { incidentReport } from '../support/fixtures';
import { eventually, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const PARAMS: Record<string, string> = {
  templateId: 'violence-against-employee',
  planId: 'riot',
  stepId: 'call-manager',
  version: '1',
  role: 'crisis-lead',
  ref: 'ST-MTX999',
  measureId: 'm1',
};
const UUID = '3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10';
const fill = (route: string) => route.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? UUID);

/**
 * Every route × every role (and no sign-in), with real tokens over real HTTP: a role the table lets through is
 * never refused for its role, any other gets 403, nobody unsigned passes a closed route. Then scope: one incident,
 * read from inside and outside its unit.
 */
describe('the authorisation matrix', () => {
  let vigil: Vigil;
  let base: string;
  beforeAll(async () => {
    vigil = await startVigil();
    await vigil.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(vigil.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => vigil?.close());

  /** The status only: a live view is cut off once its headers arrive. */
  async function statusOf(method: string, path: string, headers: Record<string, string>): Promise<number> {
    const abort = new AbortController();
    const response = await fetch(`${base}${path}`, {
      method,
      // Each write in the media type its route takes: a wrong one is refused (415) before anyone is asked who they are.
      headers: { ...headers, ...(method === 'GET' ? {} : { 'Content-Type': CSV_UPLOADS.includes(path) ? 'text/csv' : 'application/json' }) },
      body: method === 'GET' ? undefined : CSV_UPLOADS.includes(path) ? 'legacy_id\n' : '{}',
      signal: abort.signal,
      redirect: 'manual', // a page may send the person to sign in: that answer is what counts
    });
    abort.abort();
    return response.status;
  }

  it('answers every route for every role as the policy table says, with no mismatch', async () => {
    const policies = vigil.app.get<RoutePolicies>(ROUTE_POLICIES);
    const mismatches: string[] = [];
    let cells = 0;
    for (const [key, policy] of Object.entries(policies)) {
      const [method, route] = key.split(' ');
      const path = fill(route);
      const callers: [string, Record<string, string>, boolean][] = [
        ['nobody', {}, policy.kind === 'public'],
        ...ROLES.map((role): [string, Record<string, string>, boolean] => [
          role,
          signedIn('ST-MTX001', [role]),
          policy.kind === 'public' || policy.roles.includes(role),
        ]),
      ];
      for (const [who, headers, allowed] of callers) {
        cells++;
        const status = await statusOf(method, path, headers);
        const refused = status === 401 || status === 403;
        if (allowed === refused) mismatches.push(`${key} as ${who}: ${status}, expected ${allowed ? 'to pass the policy' : who === 'nobody' ? '401' : '403'}`);
        if (!allowed && who === 'nobody' && status !== 401) mismatches.push(`${key} unsigned: ${status}, expected 401`);
      }
    }
    console.log(`authorisation matrix: ${Object.keys(policies).length} routes × ${ROLES.length + 1} callers = ${cells} cells, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  });

  it('scopes one incident: inside the unit it is read, outside it is 404, and the list leaves it out', async () => {
    const national = signedIn('ST-MTX002', ['coordinator']);
    const id = (await vigil.http().post('/incidents').set(national).send(incidentReport()).expect(201)).body.incidentId; // syddanmark, nyborg
    await eventually(async () => ((await vigil.http().get(`/incidents/${id}`).set(national)).status === 200 ? true : undefined));
    const cases: [string, string[], string, number][] = [
      ['coordinator, national', ['coordinator'], 'national', 200],
      ['coordinator, Syddanmark', ['coordinator'], 'area:syddanmark', 200],
      ['coordinator, Nyborg', ['coordinator'], 'institution:nyborg', 200],
      ['coordinator, Midt-Nord', ['coordinator'], 'area:midt-nord', 404],
      ['institution manager, another institution', ['institution-manager'], 'institution:horseroed', 404],
      ['crisis lead, Hovedstaden', ['crisis-lead'], 'area:hovedstaden', 404],
      ['auditor, national', ['auditor'], 'national', 200],
      ['staff who did not report it', ['staff'], 'institution:nyborg', 404],
    ];
    const wrong: string[] = [];
    for (const [who, roles, unit, expected] of cases) {
      const reader = signedIn('ST-MTX003', roles as never, unit);
      const status = (await vigil.http().get(`/incidents/${id}`).set(reader)).status;
      const listed = ((await vigil.http().get('/incidents').set(reader)).body.items ?? []).some((i: { id: string }) => i.id === id);
      if (status !== expected || listed !== (expected === 200)) wrong.push(`${who}: ${status}, listed ${listed}`);
    }
    console.log(`authorisation matrix, scope: ${cases.length} readers × 1 incident, ${wrong.length} mismatches`);
    expect(wrong).toEqual([]);
  });
});
