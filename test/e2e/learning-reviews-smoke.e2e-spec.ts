import { incidentReport } from '../support/fixtures';
import { ACTOR, signedIn, startVigil } from '../support/vigil-test-app';

describe('learning reviews smoke', () => {
  let vigil: Awaited<ReturnType<typeof startVigil>>;
  beforeAll(async () => (vigil = await startVigil()));
  afterAll(async () => vigil.close());

  it('drafts, signs off, publishes and refuses edits after', async () => {
    const partner = signedIn('ST-PART01', ['safety-partnership']);
    const incident = (await vigil.http().post('/incidents').set(signedIn(ACTOR)).send(incidentReport()).expect(201)).body.incidentId;
    const { body } = await vigil
      .http()
      .post('/learning-reviews')
      .set(partner)
      .send({ kind: 'after-action', subject: { type: 'incidents', incidentIds: [incident] }, title: 'Vold ved visitation', dueOn: '2099-01-01' })
      .expect(201);
    const id = body.reviewId;
    await vigil
      .http()
      .post(`/learning-reviews/${id}/factors`)
      .set(partner)
      .send({ class: 'dynamic', text: 'Visitation alene på afdelingen', evidence: [] })
      .expect(201);
    const named = await vigil
      .http()
      .post(`/learning-reviews/${id}/factors`)
      .set(partner)
      .send({ class: 'dynamic', text: 'ST-7K3Q9P var alene', evidence: [] })
      .expect(400);
    expect(named.body.detail).toContain('names a person');
    await vigil.http().put(`/learning-reviews/${id}/summary`).set(partner).send({ text: 'Forventet: to betjente. Skete: en.' }).expect(200);
    await vigil.http().post(`/learning-reviews/${id}/sign-offs`).set(partner).send({ as: 'management' }).expect(200);
    await vigil
      .http()
      .post(`/learning-reviews/${id}/sign-offs`)
      .set(signedIn('ST-PART02', ['safety-partnership']))
      .send({ as: 'employee-representative' })
      .expect(200);
    await vigil.http().post(`/learning-reviews/${id}/publication`).set(partner).expect(200);
    const refused = await vigil.http().put(`/learning-reviews/${id}/summary`).set(partner).send({ text: 'Ændret' }).expect(409);
    expect(refused.body.detail).toContain('never edited');
  });
});
