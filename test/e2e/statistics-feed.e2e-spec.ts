import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const report = (kind: string) => ({
  kind,
  target: 'staff-on-duty',
  perpetrator: 'inmate',
  location: { type: 'institution', area: 'syddanmark', institution: 'nyborg' },
  severity: 'moderate',
  injuries: { physical: 'none', psychological: false },
  occurredAt: '2026-03-14T21:30:00+01:00',
  description: 'Trussel under gårdtur.',
  involved: [],
});

/** Without KAFKA_BROKERS the statistics service is fed the same integration contracts in-process. */
describe('statistics feed, embedded (no Kafka)', () => {
  let vigil: Vigil;
  beforeAll(async () => (vigil = await startVigil()));
  afterAll(async () => vigil.close());

  // The figures are the safety partnership's: aggregate counts, no case data.
  const PARTNERSHIP = () => signedIn('ST-PART01', ['safety-partnership']);
  const monthly = async () =>
    (await vigil.http().get('/statistics-feed/incidents/monthly?from=2026-03&to=2026-03').set(PARTNERSHIP()).expect(200)).body as {
      kind: string;
      incidents: number;
    }[];

  it('counts reported incidents and stops counting one marked not reportable', async () => {
    const post = (path: string, body: object) => vigil.http().post(path).set(signedIn(ACTOR)).send(body);
    await post('/incidents', report('threat')).expect(201);
    const { body } = await post('/incidents', report('threat')).expect(201);
    await eventually(async () => ((await monthly()).find((r) => r.kind === 'threat')?.incidents === 2 ? true : undefined));

    await post(`/incidents/${body.incidentId}/not-reportable-marking`, { reason: 'Registreret ved en fejl', expectedRevision: 0 }).expect(200);
    const rows = await eventually(async () => {
      const now = await monthly();
      return now.find((r) => r.kind === 'threat')?.incidents === 1 ? now : undefined;
    });
    expect(rows).toEqual([{ month: '2026-03', area: 'syddanmark', kind: 'threat', target: 'staff-on-duty', incidents: 1 }]);
  });

  it('names a malformed month', async () => {
    const { body } = await vigil.http().get('/statistics-feed/incidents/monthly?from=2026-13&to=2026-03').set(PARTNERSHIP()).expect(400);
    expect(JSON.stringify(body)).toContain('from must be a month as YYYY-MM');
  });
});
