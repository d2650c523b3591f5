import { LearningReviewWorkflow, requiredReviewId } from '@vigil/learning-reviews';
import { Pool } from 'pg';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
type Row = { reviewId?: string; actionId?: string; [field: string]: unknown };

const LEAD = 'ST-LEAD02';
const CATALOGUE = [
  {
    id: 'paired-searches',
    title: 'Visitation to og to',
    category: 'organisational',
    horizon: 'short',
    kinds: ['violence'],
    ownerRole: 'institution-manager',
    description: 'Visitationer foretages altid af to betjente.',
  },
  {
    id: 'search-room-alarm',
    title: 'Overfaldsalarm i visitationsrum',
    category: 'static',
    horizon: 'long',
    kinds: ['violence'],
    ownerRole: 'institution-manager',
    description: 'Fast alarm i hvert visitationsrum.',
  },
];
const RULE = 'hospitalised-full-review';
const POLICY = [
  {
    rule: RULE,
    title: 'Fuld gennemgang: en medarbejder indlagt',
    when: { injuryAtLeast: 'hospitalised' },
    review: 'full',
    startWithinDays: 5,
    finishWithinDays: 28,
  },
];
const PROPOSED = { proposed: { title: 'Kropskamera på visitationsholdet', category: 'static', horizon: 'long', toCatalogue: true } };
const fieldsOf = (res: { body: { errors?: { field: string }[] } }) => [...new Set(res.body.errors?.map((e) => e.field))];

/** Follow-up across reviews: catalogue actions, the review policy, the deadline workflow, the lists, themes and unit scope. */
describe('learning reviews: follow-up, policy, deadlines, themes', () => {
  let vigil: Vigil;
  let pool: Pool;
  let incidentId: string;
  const reviews: Record<'a' | 'b', string> = { a: '', b: '' };
  const actions: Record<string, string> = {};
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    vigil.clock.set(new Date('2026-05-04T10:00:00.000Z'));
    incidentId = (await vigil.http().post('/incidents').set(signedIn(ACTOR)).send(incidentReport()).expect(201)).body.incidentId;
  });
  afterAll(async () => {
    vigil.clock.set(null);
    await pool.end();
    await vigil.close();
  });

  const as = (ref = LEAD) => signedIn(ref, ['safety-partnership']);
  const post = (path: string, body: object = {}) => vigil.http().post(path).set(as()).send(body);
  const get = (path: string, who: { Authorization: string } = as()) => vigil.http().get(path).set(who);
  const start = (title: string) =>
    post('/learning-reviews', {
      kind: 'after-action',
      subject: { type: 'incidents', incidentIds: [incidentId] },
      title,
      dueOn: '2026-12-31',
      unit: 'institution:nyborg',
    });
  const addAction = (reviewId: string, intervention: object, unit = 'institution:nyborg') =>
    post(`/learning-reviews/${reviewId}/actions`, {
      recommendation: 'Visitation altid to og to',
      intervention,
      ownerRole: 'institution-manager',
      unit,
      dueOn: '2026-06-30',
    });
  const status = (reviewId: string, actionId: string, body: object) => post(`/learning-reviews/${reviewId}/actions/${actionId}/status`, body);
  const listed = (path: string, who = as(), until: (items: Row[]) => boolean = () => true) =>
    eventually(async () => {
      const res = await get(path, who).expect(200);
      return until(res.body.items) ? (res.body.items as Row[]) : undefined;
    });

  it('publishes the catalogue of interventions and the review policy', async () => {
    await vigil
      .http()
      .put('/learning-catalogue')
      .set(as())
      .send({ interventions: CATALOGUE, reason: 'Første katalog' })
      .expect(200)
      .expect((res) => expect(res.body).toMatchObject({ version: expect.any(Number), alreadyRecorded: false }));
    expect((await get('/learning-catalogue').expect(200)).body.interventions.map((i: { id: string }) => i.id)).toEqual([
      'paired-searches',
      'search-room-alarm',
    ]);
    await vigil.http().put('/learning-review-policy').set(as()).send({ rules: POLICY, reason: 'Indlæggelser gennemgås altid' }).expect(200);
  });

  it('adds actions from the catalogue and proposed ones, and flags a repeat to the same unit', async () => {
    reviews.a = (await start('Vold ved visitation, afdeling B').expect(201)).body.reviewId;
    reviews.b = (await start('Vold ved visitation, afdeling C').expect(201)).body.reviewId;
    actions.aCatalogue = (await addAction(reviews.a, { interventionId: 'paired-searches' }).expect(201)).body.actionId;
    actions.aProposed = (await addAction(reviews.a, PROPOSED).expect(201)).body.actionId;
    actions.bCatalogue = (await addAction(reviews.b, { interventionId: 'paired-searches' }).expect(201)).body.actionId;
    const again = { proposed: { ...PROPOSED.proposed, title: 'kropskamera på visitationsholdet' } };
    actions.bProposed = (await addAction(reviews.b, again).expect(201)).body.actionId;
    actions.bElsewhere = (await addAction(reviews.b, { interventionId: 'paired-searches' }, 'institution:renbaek').expect(201)).body.actionId;
    const unknown = await addAction(reviews.b, { interventionId: 'no-such-thing' }).expect(404);
    expect(fieldsOf(unknown)).toEqual(['intervention.interventionId']);
    const review = await eventually(async () => {
      const res = await get(`/learning-reviews/${reviews.b}`).expect(200);
      return res.body.actions.filter((a: { repeat: boolean }) => a.repeat).length === 2 ? res : undefined;
    });
    expect(review.body.actions.map((a: { actionId: string; repeat: boolean }) => [a.actionId, a.repeat])).toEqual([
      [actions.bCatalogue, true],
      [actions.bProposed, true],
      [actions.bElsewhere, false],
    ]);
    expect(review.body.actions[0].intervention).toEqual({
      interventionId: 'paired-searches',
      catalogueVersion: expect.any(Number),
      title: 'Visitation to og to',
      category: 'organisational',
      horizon: 'short',
      proposed: false,
      toCatalogue: false,
    });
    expect(review.body.actions[1]).toMatchObject({
      status: 'planned',
      response: null,
      intervention: { proposed: true, toCatalogue: true, category: 'static' },
    });
    const first = (await get(`/learning-reviews/${reviews.a}`).expect(200)).body.actions;
    expect(first.map((a: { repeat: boolean }) => a.repeat)).toEqual([false, false]);
  });

  it('moves an action planned → under way → done, never back from done, and drops one only with a reason', async () => {
    await status(reviews.a, actions.aCatalogue, { status: 'under-way' }).expect(200);
    await status(reviews.a, actions.aCatalogue, { status: 'done' }).expect(200);
    const back = await status(reviews.a, actions.aCatalogue, { status: 'under-way' }).expect(409);
    expect(back.body.type).toMatch(/invalid-transition$/);
    expect(fieldsOf(await status(reviews.a, actions.aProposed, { status: 'dropped' }).expect(400))).toEqual(['reason']);
    await status(reviews.a, actions.aProposed, { status: 'dropped', reason: 'Afløst af fast alarm' }).expect(200);
    await status(reviews.b, actions.bCatalogue, { status: 'under-way' }).expect(200);
    const review = (await get(`/learning-reviews/${reviews.a}`).expect(200)).body;
    expect(review.actions.map((a: { status: string }) => a.status)).toEqual(['done', 'dropped']);
  });

  it('records the answer to a recommendation; a rejection needs a reason', async () => {
    const answer = (body: object) => post(`/learning-reviews/${reviews.b}/actions/${actions.bProposed}/response`, body);
    expect(fieldsOf(await answer({ response: 'rejected' }).expect(400))).toEqual(['reason']);
    await answer({ response: 'rejected', reason: 'Kameraer kræver en aftale med de ansatte først' }).expect(200);
    await answer({ response: 'partly' }).expect(200);
    expect((await get(`/learning-reviews/${reviews.b}`).expect(200)).body.actions[1].response).toBe('partly');
  });

  it('lists follow-up actions across reviews by unit, status and overdue, with when each was started and done', async () => {
    const done = await listed('/learning-review-actions?status=done', as(), (items) => items.length > 0);
    expect(done).toEqual([
      expect.objectContaining({ reviewId: reviews.a, actionId: actions.aCatalogue, reviewTitle: 'Vold ved visitation, afdeling B', area: 'syddanmark' }),
    ]);
    expect(Date.parse(done[0].startedAt as string)).toBe(Date.parse('2026-05-04T10:00:00.000Z'));
    expect(Date.parse(done[0].doneAt as string)).toBe(Date.parse('2026-05-04T10:00:00.000Z'));
    const renbaek = await listed('/learning-review-actions?unit=institution:renbaek');
    expect(renbaek.map((a) => a.actionId)).toEqual([actions.bElsewhere]);
    expect(await listed('/learning-review-actions?unit=area:syddanmark')).toHaveLength(5);
    expect(await listed('/learning-review-actions?overdue=true')).toEqual([]);
  });

  it('lists reviews newest due first by status, kind and unit, with their counts', async () => {
    const counted = (rows: Row[]) => rows.some((r) => r.reviewId === reviews.b && r.actionsOpen === 3);
    const items = await listed('/learning-reviews?unit=area:syddanmark&kind=after-action&status=draft', as(), counted);
    expect(items.find((r) => r.reviewId === reviews.b)).toMatchObject({
      status: 'draft',
      unit: 'institution:nyborg',
      area: 'syddanmark',
      incidentIds: [incidentId],
      actionsOpen: 3,
      actionsOverdue: 0,
      overdue: false,
      dueOn: '2026-12-31',
    });
    expect(await listed('/learning-reviews?unit=area:hovedstaden')).toEqual([]);
    const dueDays = (await listed('/learning-reviews?limit=500')).map((r) => r.dueOn as string);
    expect(dueDays).toEqual([...dueDays].sort().reverse());
  });

  it('keeps reviews to the reader’s unit: another area’s review is not found and left out of the lists', async () => {
    const elsewhere = signedIn('ST-AREA01', ['coordinator'], 'area:hovedstaden');
    const inArea = signedIn('ST-AREA02', ['coordinator'], 'area:syddanmark');
    const atNyborg = signedIn('ST-INST01', ['institution-manager'], 'institution:nyborg');
    const auditor = signedIn('ST-AUDIT1', ['auditor'], 'area:hovedstaden');
    const detail = await get(`/learning-reviews/${reviews.a}`, elsewhere).expect(404);
    expect(detail.body.type).toMatch(/review-not-found$/);
    expect(await listed('/learning-reviews', elsewhere)).toEqual([]);
    expect(await listed('/learning-review-actions', elsewhere)).toEqual([]);
    for (const reader of [inArea, atNyborg, auditor]) {
      await get(`/learning-reviews/${reviews.a}`, reader).expect(200);
      const seen = await listed('/learning-reviews', reader, (rows) => rows.length >= 2);
      expect(seen.map((r) => r.reviewId)).toEqual(expect.arrayContaining([reviews.a, reviews.b]));
    }
  });

  it('shows which factors recur, which interventions are used where, and the year’s goal, with the note that counts are not incidence', async () => {
    // The recurring one last: once it shows, the projection has the others too (it keeps log order).
    await post(`/learning-reviews/${reviews.a}/factors`, { class: 'static', text: 'Ingen alarm i rummet', evidence: [] }).expect(201);
    for (const reviewId of [reviews.a, reviews.b])
      await post(`/learning-reviews/${reviewId}/factors`, { class: 'dynamic', text: 'Visitation foretaget alene', evidence: [] }).expect(201);
    const themes = await eventually(async () => {
      const res = await get('/learning-review-themes?from=2026-01-01&to=2026-12-31&year=2026').expect(200);
      return res.body.recurringTexts.length > 0 ? res.body : undefined;
    });
    expect(themes.note).toContain('not incidence');
    expect(themes.note).toContain('never be used to rank institutions');
    expect(themes.classes).toEqual([
      { class: 'dynamic', factors: 2, reviews: 2, byHalfYear: [{ halfYear: '2026-H1', factors: 2 }] },
      { class: 'static', factors: 1, reviews: 1, byHalfYear: [{ halfYear: '2026-H1', factors: 1 }] },
    ]);
    expect(themes.recurringTexts).toEqual([{ class: 'dynamic', text: 'Visitation foretaget alene', reviews: 2, factors: 2 }]);
    expect(themes.interventions[0]).toEqual({
      interventionId: 'paired-searches',
      title: 'Visitation to og to',
      category: 'organisational',
      horizon: 'short',
      fromCatalogue: true,
      actions: 3,
      byArea: [{ area: 'syddanmark', actions: 3, started: 2, done: 1 }],
    });
    expect(themes.goal).toMatchObject({ year: 2026, areasStarted: 1, areaCount: 4, share: 0.25 });
    expect(themes.goal.areas).toContainEqual({ area: 'syddanmark', started: true, interventionIds: ['paired-searches'] });
    expect((await get('/learning-review-themes?year=2025').expect(200)).body.goal.areasStarted).toBe(0);
    expect((await get('/learning-review-themes?to=2025-12-31').expect(200)).body.classes).toEqual([]);
  });

  it('requires a review when the policy catches a reported incident, takes it up, then records it overdue and, after the grace, escalated', async () => {
    const report = (physical: string) =>
      vigil
        .http()
        .post('/incidents')
        .set(signedIn(ACTOR))
        .send(incidentReport({ injuries: { physical, psychological: true } }));
    const minor = (await report('minor').expect(201)).body.incidentId;
    const hospitalised = (await report('hospitalised').expect(201)).body.incidentId;
    const reviewId = requiredReviewId(hospitalised, RULE);
    const required = await eventually(async () => {
      const res = await get(`/learning-reviews/${reviewId}`);
      return res.status === 200 ? res.body : undefined;
    });
    expect(required).toMatchObject({
      status: 'required',
      kind: 'full',
      title: 'Fuld gennemgang: en medarbejder indlagt',
      subject: { type: 'incidents', incidentIds: [hospitalised] },
      unit: 'institution:nyborg',
      startBy: '2026-05-09',
      dueOn: '2026-06-01',
      policy: { version: expect.any(Number), rule: RULE },
    });
    await get(`/learning-reviews/${requiredReviewId(minor, RULE)}`).expect(404);
    expect((await listed('/learning-reviews?status=required', as(), (rows) => rows.length > 0)).map((r) => r.reviewId)).toEqual([reviewId]);

    await vigil
      .http()
      .post(`/learning-reviews/${reviewId}/start`)
      .set(signedIn(LEAD, ['coordinator'], 'national'))
      .expect(200);
    expect((await get(`/learning-reviews/${reviewId}`).expect(200)).body).toMatchObject({ status: 'draft', unit: 'institution:nyborg', dueOn: '2026-06-01' });

    const workflow = vigil.app.get(LearningReviewWorkflow);
    const deadlines = async (until: (review: { overdue: boolean; deadlines: Record<string, boolean> }) => boolean) => {
      await workflow.deadlines.pollOnce();
      return eventually(async () => {
        const review = (await get(`/learning-reviews/${reviewId}`).expect(200)).body;
        return until(review) ? review : undefined;
      });
    };
    vigil.clock.set(new Date('2026-06-02T00:00:00.000Z')); // the due day has ended (23:00 UTC): overdue, not yet escalated
    const overdue = await deadlines((review) => review.deadlines.finishOverdue);
    expect(overdue).toMatchObject({ overdue: true, deadlines: { startOverdue: false, finishOverdue: true, startEscalated: false, finishEscalated: false } });
    expect((await listed('/learning-reviews?overdue=true', as(), (rows) => rows.length > 0)).map((r) => r.reviewId)).toEqual([reviewId]);

    vigil.clock.set(new Date('2026-06-04T00:00:00.000Z')); // 48 hours' grace after the due day have run out
    const escalated = await deadlines((review) => review.deadlines.finishEscalated);
    expect(escalated.deadlines).toEqual({ startOverdue: false, finishOverdue: true, startEscalated: false, finishEscalated: true });
    await workflow.deadlines.pollOnce();
    const recorded = await pool.query(
      `SELECT type, metadata->>'actor' AS actor FROM event_store.events WHERE stream_id = $1 AND type LIKE '%-overdue.v1' OR stream_id = $1 AND type LIKE '%escalated.v1' ORDER BY global_position`,
      [`review-${reviewId}`],
    );
    expect(recorded.rows).toEqual([
      { type: 'learning-reviews.review-became-overdue.v1', actor: 'SYS-LEARNING' },
      { type: 'learning-reviews.review-escalated.v1', actor: 'SYS-LEARNING' },
    ]);
    const metrics = await eventually(async () => {
      const res = await vigil.http().get('/metrics').expect(200);
      return /vigil_learning_overdue\{kind="review"\} 1/.test(res.text) ? res.text : undefined;
    });
    expect(metrics).toContain('vigil_learning_overdue{kind="action"} 0');
  });
});
