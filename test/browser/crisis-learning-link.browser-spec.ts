import { loadStarterPlans } from '@vigil/crisis-readiness';
import { eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';

const LEAD = 'ST-LEAD01';

/** The crisis page shows an activation's evaluation and, once a learning review picks it up, links to that review. */
describe("the crisis page's evaluation and its learning review, in Chromium", () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let activationId: string;
  const lead = () => signedIn(LEAD, ['crisis-lead']);

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    await loadStarterPlans(vigil.databaseUrl);
    await eventually(async () => ((await vigil.http().get('/crisis-plans/fire/versions/1').set(lead())).status === 200 ? true : undefined));
    activationId = (
      await vigil
        .http()
        .post('/crisis-activations')
        .set(lead())
        .send({ planId: 'fire', scope: { kind: 'institution', area: 'syddanmark', institution: 'renbaek' }, exercise: false, reason: 'Brand i værkstedet.' })
        .expect(201)
    ).body.activationId;
    await vigil.http().post(`/crisis-activations/${activationId}/stand-down`).set(lead()).send({ reason: 'Branden slukket.' }).expect(200);
    await vigil
      .http()
      .post(`/crisis-activations/${activationId}/evaluation`)
      .set(lead())
      .send({
        summary: 'Evakueringen lykkedes; radioen svigtede.',
        points: [{ kind: 'did-not-work', riskClass: 'static-technological', description: 'Ingen radiodækning.', followUps: [{ action: 'Repeater monteres' }] }],
      })
      .expect(201);
  });
  afterAll(async () => harness?.close());

  it('shows the evaluation with no link while no review picks it up', async () => {
    const page = await harness.person(LEAD, `/crisis/activations/${activationId}`);
    await page.locator('#evaluation').waitFor(WAIT);
    expect(await page.locator('#evaluation').textContent()).toContain('Ingen radiodækning.');
    expect(await page.locator('#learning-review-link').count()).toBe(0);
    await page.context().close();
  });

  it('links the evaluation to the learning review of the activation', async () => {
    const review = await vigil
      .http()
      .post('/learning-reviews')
      .set(signedIn('ST-PART01', ['safety-partnership']))
      .send({ kind: 'after-action', subject: { type: 'activation', activationId, exercise: false }, title: 'Efterbehandling af branden', dueOn: '2099-01-01' })
      .expect(201);
    await eventually(async () => ((await vigil.http().get(`/learning-review-activations/${activationId}`).set(lead())).body.reviewId ? true : undefined));
    const page = await harness.person(LEAD, `/crisis/activations/${activationId}`);
    const link = page.getByRole('link', { name: 'Open the learning review' });
    await link.waitFor(WAIT);
    expect(await link.getAttribute('href')).toBe(`/learning#review=${review.body.reviewId}`);
    expect(await page.locator('#learning-review-link').textContent()).toContain('(being drafted)');
    expect(harness.scriptErrors).toEqual([]);
    await page.context().close();
  });
});
