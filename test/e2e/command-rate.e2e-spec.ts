import { incidentReport } from '../support/fixtures';
import { signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** Each person may send only so many changes a minute; reads are not counted, and one person's flood does not stop another. */
describe('commands per person', () => {
  let vigil: Vigil;
  beforeAll(async () => (vigil = await startVigil({ config: { VIGIL_COMMANDS_PER_MINUTE: '5' } })));
  afterAll(async () => vigil?.close());

  it('refuses the sixth change in a minute with 429, Retry-After and a reason, and counts people apart', async () => {
    const flooder = signedIn('ST-FLOOD1', ['staff']);
    for (let i = 0; i < 5; i++) await vigil.http().post('/incidents').set(flooder).send(incidentReport()).expect(201);
    const refused = await vigil.http().post('/incidents').set(flooder).send(incidentReport()).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ status: 429, title: 'Too many changes at once' });
    expect(refused.body.detail).toMatch(/5 changes within 60 seconds/);
    await vigil
      .http()
      .post('/incidents')
      .set(signedIn('ST-CALM01', ['staff']))
      .send(incidentReport())
      .expect(201);
    await vigil.http().get('/incidents').set(flooder).expect(200); // reading is not a change
  });
});
