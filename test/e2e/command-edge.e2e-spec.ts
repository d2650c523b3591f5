import { loadContextData } from '@vigil/platform';
import { Response } from 'supertest';
import { incidentReport, placementRequest } from '../support/fixtures';
import { ACTOR, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
type Call = { path: string; body: object };

/** One context's way in: a stream it creates, and a change it accepts any number of times. */
interface ContextCase {
  name: string;
  create(): Call;
  idOf(res: Response): string;
  change(id: string, n: number): Call;
  changeStatus: number;
}

const UNKNOWN = '3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10';
const START = '2026-03-20T08:00:00.000Z';
const minutesAfter = (n: number) => new Date(new Date(START).getTime() + n * 60_000).toISOString();
const CHANGES = ['left-partner', 'pregnancy', 'threat-maker-released', 'new-threat', 'contact-attempt', 'other'];

const CASES: ContextCase[] = [
  {
    name: 'incidents',
    create: () => ({ path: '/incidents', body: incidentReport() }),
    idOf: (res) => res.body.incidentId,
    change: (id, n) => ({ path: `/incidents/${id}/corrections`, body: { corrections: { description: `Beskrivelse nr. ${n}` }, reason: 'Uddybet' } }),
    changeStatus: 200,
  },
  {
    name: 'action-cards',
    create: () => ({ path: '/action-card-runs', body: { templateId: 'violence-against-employee', area: 'syddanmark', institution: 'nyborg' } }),
    idOf: (res) => res.body.runId,
    change: (id, n) => ({ path: `/action-card-runs/${id}/steps/psychological-first-aid/assignment`, body: { person: `ST-4K9P${n}Q` } }),
    changeStatus: 200,
  },
  {
    name: 'crisis-readiness',
    create: () => ({
      path: '/crisis-activations',
      body: { planId: 'riot', scope: { kind: 'unit', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' }, exercise: true, reason: 'Øvelse.' },
    }),
    idOf: (res) => res.body.activationId,
    change: (_id, n) => ({
      path: `/crisis-activations/${_id}/communications`,
      body: {
        audience: 'relatives',
        channel: 'phone',
        summary: `Orientering nr. ${n}.`,
        released: true,
        communicatedBy: 'ST-2M8X4R',
        communicatedAt: new Date().toISOString(),
      },
    }),
    changeStatus: 201,
  },
  {
    name: 'risk-assessments',
    create: () => ({ path: '/risk-cases', body: { personRef: 'PR-4K8M2Q', personRole: 'victim' } }),
    idOf: (res) => res.body.caseId,
    change: (id, n) => ({ path: `/risk-cases/${id}/situation-changes`, body: { change: CHANGES[n % CHANGES.length] } }),
    changeStatus: 200,
  },
  {
    name: 'coercive-measures',
    create: () => ({ path: '/coercive-measures/placements', body: placementRequest(START, { restrained: false }) }),
    idOf: (res) => res.body.placementId,
    change: (id, n) => ({ path: `/coercive-measures/placements/${id}/notes`, body: { observedAt: minutesAfter(n), note: `Observation ${n}.` } }),
    changeStatus: 200,
  },
];

/** The same request gets the same kind of answer in every context: one command edge, one kernel. */
describe.each(CASES)('the command edge of $name', (context) => {
  let vigil: Vigil;
  let id: string;
  let revision: number;
  let n = 0;
  const post = (call: Call, headers: Record<string, string> = {}) =>
    vigil
      .http()
      .post(call.path)
      .set({ ...signedIn(ACTOR), ...headers })
      .send(call.body);
  const change = (headers: Record<string, string> = {}, body: object = {}) => {
    const call = context.change(id, ++n);
    return post({ path: call.path, body: { ...call.body, ...body } }, headers);
  };

  beforeAll(async () => {
    vigil = await startVigil();
    await loadContextData(vigil.app, vigil.databaseUrl, false, () => undefined);
    const created = await post(context.create()).expect(201);
    id = context.idOf(created);
    revision = Number(JSON.parse(created.headers.etag));
  });
  afterAll(() => vigil.close());

  it('answers a change with the new revision as ETag', async () => {
    const res = await change({ 'If-Match': `"${revision}"` }).expect(context.changeStatus);
    expect(res.headers.etag).toBe(`"${revision + 1}"`);
    expect(res.body).toMatchObject({ revision: revision + 1, alreadyRecorded: false });
    revision += 1;
  });

  it('refuses a stale If-Match with 409 and the current revision and state', async () => {
    const res = await change({ 'If-Match': '"7"' }).expect(409);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/stale-revision$/), expectedRevision: 7, currentRevision: revision });
    expect(res.body.current).toBeDefined();
  });

  it('refuses a malformed If-Match with 400 naming it', async () => {
    const res = await change({ 'If-Match': 'yesterday' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'If-Match' })]);
  });

  it('refuses a stale expectedRevision in the body with 409 and the current revision', async () => {
    const res = await change({}, { expectedRevision: 0 }).expect(409);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/stale-revision$/), currentRevision: revision });
  });

  it('answers a replayed Idempotency-Key as the first time, recording nothing new', async () => {
    const call = context.change(id, ++n);
    const first = await post(call, { 'Idempotency-Key': `replay-${context.name}` }).expect(context.changeStatus);
    const again = await post(call, { 'Idempotency-Key': `replay-${context.name}` }).expect(context.changeStatus);
    expect(again.body).toMatchObject({ revision: first.body.revision, alreadyRecorded: true });
    expect(again.headers.etag).toBe(first.headers.etag);
    revision = first.body.revision;
  });

  it('answers 16 concurrent identical keyed requests all as the first one did', async () => {
    const call = context.change(id, ++n);
    const answers = await Promise.all(Array.from({ length: 16 }, () => post(call, { 'Idempotency-Key': `burst-${context.name}` })));
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(context.changeStatus));
    expect(new Set(answers.map((a) => a.body.revision))).toEqual(new Set([revision + 1]));
    expect(answers.filter((a) => a.body.alreadyRecorded === false)).toHaveLength(1);
    revision += 1;
  });

  it('answers a change to an unknown id with 404', async () => {
    const call = context.change(UNKNOWN, ++n);
    const res = await post(call).expect(404);
    expect(res.body.type).toMatch(/not-found$/);
  });
});
