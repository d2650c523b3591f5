import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { Pool } from 'pg';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
type Entry = {
  eventId: string;
  at: string;
  source: string;
  recordId: string;
  what: string;
  detail?: string;
  actor: string;
  marked: boolean;
  why?: string;
  verdict?: string;
};

const PARTNER = 'ST-PART01';
const LEAD = 'ST-4H7N2K';
const T0 = new Date('2026-03-14T21:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const CATALOGUE = [
  {
    id: 'paired-searches',
    title: 'Visitation to og to',
    category: 'organisational',
    horizon: 'short',
    kinds: ['violence', 'threat'],
    ownerRole: 'institution-manager',
    description: 'Urolige indsatte visiteres altid af to betjente.',
  },
];

/**
 * A learning review's timeline assembled from the record of its subjects (the incident's own events, the action-card run it
 * started with each step judged against its deadline, a crisis exercise's log), an activation's review for the crisis page,
 * and an intervention's effect in the statistics' monthly registrations.
 */
describe("learning reviews: the record's timeline and an intervention's effect", () => {
  let vigil: Vigil;
  let pool: Pool;
  let incidentId: string;
  let reviewId: string;
  const partner = () => signedIn(PARTNER, ['safety-partnership']);
  const as = (who: Record<string, string>) => ({
    get: (path: string) => vigil.http().get(path).set(who),
    post: (path: string, body: object) => vigil.http().post(path).set(who).send(body),
  });
  const me = () => as(signedIn(ACTOR));
  const timeline = async (id: string, who = partner()) => (await vigil.http().get(`/learning-reviews/${id}/timeline`).set(who).expect(200)).body;

  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    await loadStarterLibrary(vigil.databaseUrl);
    await loadStarterPlans(vigil.databaseUrl);
    await vigil.http().put('/learning-catalogue').set(partner()).send({ interventions: CATALOGUE, reason: 'Katalogets første udgave' }).expect(200);
  });
  afterAll(async () => {
    vigil.clock.set(null);
    await pool.end();
    await vigil.close();
  });

  it('assembles every recorded event of an incident and the action-card run it started, oldest first and in words', async () => {
    vigil.clock.set(T0);
    incidentId = (await me().post('/incidents', incidentReport()).expect(201)).body.incidentId;
    // The start policy starts a run for violence against staff; its deadlines count from when the incident was recorded.
    const runId = await eventually(async () => {
      const { rows } = await pool.query(
        `SELECT stream_id FROM event_store.events WHERE type = 'action-cards.run-started.v1' AND data->'trigger'->>'incidentId' = $1`,
        [incidentId],
      );
      return rows[0] ? String(rows[0].stream_id).slice('actioncardrun-'.length) : undefined;
    });
    vigil.clock.set(at(20));
    await me()
      .post(`/incidents/${incidentId}/corrections`, { corrections: { severity: 'serious' }, reason: 'Lægen fandt brud' })
      .expect(200);
    vigil.clock.set(at(27));
    // The deadline workflow may append the passed deadline at the same moment: a lost race is tried again.
    await eventually(async () => ((await me().post(`/action-card-runs/${runId}/steps/person-safety/completion`, {})).status === 200 ? true : undefined));
    vigil.clock.set(at(40));
    await me().post(`/incidents/${incidentId}/reclassification`, { kind: 'threat', reason: 'Gennemgået i udvalget' }).expect(200);
    vigil.clock.set(at(60));
    const started = await as(partner())
      .post('/learning-reviews', {
        kind: 'full',
        subject: { type: 'incidents', incidentIds: [incidentId] },
        title: 'Vold ved visitation',
        dueOn: '2026-04-30',
        unit: 'institution:nyborg',
      })
      .expect(201);
    reviewId = started.body.reviewId;

    const body = await timeline(reviewId);
    expect(body).toMatchObject({ reviewId, kind: 'full', status: 'draft', title: 'Vold ved visitation', markedCount: 0, unmatchedMoments: [] });
    const entries = body.entries as Entry[];
    const whats = entries.map((e) => e.what);
    const expected = [
      'Reported: violence against staff on duty by inmate at Nyborg Fængsel, afdeling b (area Syddanmark); moderate, injury physical minor, psychological',
      "Action card 'Vold mod medarbejder' started for the incident (version 1)",
      'Corrected severity from moderate to serious',
      "Step 'Sikr personens sikkerhed' done 12 minutes late",
      'Reclassified from violence to threat',
    ];
    expect(whats.filter((w) => expected.includes(w))).toEqual(expected);
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort());
    const [report] = entries;
    expect(report).toMatchObject({ source: 'incident', recordId: incidentId, actor: ACTOR, marked: false, occurredAt: '2026-03-14T20:30:00.000Z' });
    expect(report.detail).toBe('Involved: ST-7K3Q9P (target), IN-4F7K2Q (perpetrator).');
    expect(JSON.stringify(entries)).not.toContain('slog ud'); // the description stays in the register
    // The step's "overdue" line may come first: the deadline worker records it at 21:15 when it runs before the completion.
    const late = entries.find((e) => e.what === "Step 'Sikr personens sikkerhed' done 12 minutes late")!;
    expect(late).toMatchObject({ source: 'action-card', recordId: runId, verdict: 'late', occurredAt: at(27).toISOString() });
    expect(entries.find((e) => e.what.startsWith('Corrected'))!.detail).toBe('Reason: Lægen fandt brud.');
    const { rows } = await pool.query('SELECT view FROM access_log WHERE resource = $1', [`learning-review/${reviewId}`]);
    expect(rows.map((r) => r.view)).toContain('timeline');

    // The same timeline in the reader's language (Accept-Language), the delay in words of that language.
    const danish = await vigil.http().get(`/learning-reviews/${reviewId}/timeline`).set(partner()).set('Accept-Language', 'da').expect(200);
    expect(danish.headers['content-language']).toBe('da');
    const danishWhats = (danish.body.entries as Entry[]).map((e) => e.what);
    expect(danishWhats).toContain("Trin 'Sikr personens sikkerhed' udført 12 minutter for sent");
    expect(danishWhats).toContain(
      'Anmeldt: vold mod ansat i tjeneste af indsat på Nyborg Fængsel, afdeling b (område Syddanmark); moderat, skade fysisk mindre, psykisk',
    );
    expect(danishWhats).toContain("Actioncard 'Vold mod medarbejder' startet for hændelsen (version 1)");
    expect((danish.body.entries as Entry[]).find((e) => e.what.startsWith('Rettet'))!.detail).toBe('Årsag: Lægen fandt brud.');
    const norwegian = await vigil.http().get(`/learning-reviews/${reviewId}/timeline`).set(partner()).set('Accept-Language', 'nb-NO').expect(200);
    expect((norwegian.body.entries as Entry[]).map((e) => e.what)).toContain("Trinn 'Sikr personens sikkerhed' utført 12 minutter for sent");
  });

  it('flags a moment once the reviewers mark it, with why', async () => {
    const reclassified = ((await timeline(reviewId)).entries as Entry[]).find((e) => e.what.startsWith('Reclassified'))!;
    await as(partner()).post(`/learning-reviews/${reviewId}/moments`, { eventId: reclassified.eventId, why: 'Omklassificeret efter gennemgang' }).expect(200);
    const body = await timeline(reviewId);
    const marked = (body.entries as Entry[]).filter((e) => e.marked);
    expect(marked).toEqual([expect.objectContaining({ eventId: reclassified.eventId, why: 'Omklassificeret efter gennemgang' })]);
    expect(body.markedCount).toBe(1);
  });

  it("reads a crisis exercise's decisions with rationale and legal basis, and the runs it started; the crisis page finds the review", async () => {
    vigil.clock.set(at(120));
    const activation = await as(signedIn(LEAD, ['crisis-lead']))
      .post('/crisis-activations', {
        planId: 'it-outage',
        scope: { kind: 'institution', area: 'midt-nord', institution: 'oestjylland' },
        exercise: true,
        reason: 'Øvelse: klientsystemet nede.',
      })
      .expect(201);
    const activationId = activation.body.activationId;
    const none = await as(partner()).get(`/learning-review-activations/${activationId}`).expect(200);
    expect(none.body).toEqual({ activationId, reviewId: null, status: null, kind: null, title: null, count: 0 });
    vigil.clock.set(at(130));
    await as(signedIn(LEAD, ['crisis-lead']))
      .post(`/crisis-activations/${activationId}/decisions`, {
        decision: 'Optælling føres på papir.',
        rationale: 'Klientsystemet er nede i øvelsen.',
        legalBasis: 'Intern instruks om nødprocedurer',
        alternativesConsidered: ['Vente på genetablering'],
        decidedBy: LEAD,
        decidedAt: at(128).toISOString(),
      })
      .expect(201);
    vigil.clock.set(at(150));
    const review = await as(partner())
      .post('/learning-reviews', {
        kind: 'after-action',
        subject: { type: 'activation', activationId, exercise: true },
        title: 'Efterbehandling af it-øvelsen',
        dueOn: '2026-04-30',
        unit: 'institution:oestjylland',
      })
      .expect(201);
    const entries = await eventually(async () => {
      const found = (await timeline(review.body.reviewId)).entries as Entry[];
      return found.some((e) => e.source === 'action-card') ? found : undefined;
    });
    expect(entries[0]).toMatchObject({ source: 'crisis', recordId: activationId, actor: LEAD });
    expect(entries[0].what).toMatch(
      /^Exercise activation of plan 'It-nedbrud og bortfald af kommunikation' \(version 1\) at tactical level at area Midt- og Nordjylland, Østjyllands Fængsel$/,
    );
    // In Danish the level and the place are words too.
    const danish = await vigil.http().get(`/learning-reviews/${review.body.reviewId}/timeline`).set(partner()).set('Accept-Language', 'da').expect(200);
    expect((danish.body.entries as Entry[])[0]).toMatchObject({
      what: "Øvelsesaktivering af planen 'It-nedbrud og bortfald af kommunikation' (version 1) på taktisk niveau ved område Midt- og Nordjylland, Østjyllands Fængsel",
      detail: 'Årsag: Øvelse: klientsystemet nede.', // the reason's own full stop, not a second one
    });
    const decision = entries.find((e) => e.what === 'Decision logged: Optælling føres på papir.')!;
    expect(decision).toMatchObject({ source: 'crisis', occurredAt: at(128).toISOString() });
    expect(decision.detail).toContain('Legal basis: Intern instruks om nødprocedurer.');
    expect(decision.detail).toContain('Rationale: Klientsystemet er nede i øvelsen.');
    expect(entries.find((e) => e.source === 'action-card')!.what).toMatch(/started for the exercise/);
    const found = await eventually(async () => {
      const res = await as(partner()).get(`/learning-review-activations/${activationId}`).expect(200);
      return res.body.reviewId ? res.body : undefined;
    });
    expect(found).toEqual({
      activationId,
      reviewId: review.body.reviewId,
      status: 'draft',
      kind: 'after-action',
      title: 'Efterbehandling af it-øvelsen',
      count: 1,
    });
  });

  it("gives an intervention's effect as the statistics' monthly registrations before and after it was under way, saying they are not incidence", async () => {
    vigil.clock.set(new Date('2026-03-01T10:00:00Z'));
    const report = async (occurredAt: string, overrides: object = {}) =>
      (
        await me()
          .post('/incidents', incidentReport({ occurredAt, injuries: { physical: 'none', psychological: false }, involved: [], ...overrides }))
          .expect(201)
      ).body.incidentId;
    for (const day of ['2025-01-10', '2025-02-10', '2025-04-20', '2025-06-05', '2025-08-10']) await report(`${day}T10:00:00+01:00`);
    await report('2025-11-03T10:00:00+01:00', { kind: 'threat' });
    await report('2025-03-03T10:00:00+01:00', { kind: 'harassment' });
    await report('2025-03-03T10:00:00+01:00', { location: { type: 'institution', area: 'hovedstaden', institution: 'horseroed' } });
    const twice = await report('2025-09-01T10:00:00+01:00');
    await me().post(`/incidents/${twice}/duplicate-marking`, { duplicateOf: incidentId, reason: 'Samme episode' }).expect(200);
    const counts = await eventually(async () => {
      const res = await as(partner()).get('/statistics/incident-counts?kinds=violence,threat&institution=nyborg&from=2025-01&to=2025-12').expect(200);
      return res.body.total === 6 ? res.body : undefined;
    });
    expect(counts).toMatchObject({ kinds: ['violence', 'threat'], area: null, institution: 'nyborg', counting: 'registrations' });
    expect(counts.note).toContain('not incidence');
    expect(counts.months).toHaveLength(12);
    expect(counts.months[8]).toEqual({ month: '2025-09', count: 0 }); // the duplicate does not count

    vigil.clock.set(new Date('2025-06-01T10:00:00Z'));
    const review = (
      await as(partner())
        .post('/learning-reviews', {
          kind: 'after-action',
          subject: { type: 'incidents', incidentIds: [incidentId] },
          title: 'Visitationer',
          dueOn: '2025-12-31',
        })
        .expect(201)
    ).body.reviewId;
    const action = (
      await as(partner())
        .post(`/learning-reviews/${review}/actions`, {
          recommendation: 'Visitation altid to og to',
          intervention: { interventionId: 'paired-searches' },
          ownerRole: 'institution-manager',
          unit: 'institution:nyborg',
          dueOn: '2025-09-30',
        })
        .expect(201)
    ).body.actionId;
    const path = '/learning-interventions/paired-searches/effect?unit=institution:nyborg';
    vigil.clock.set(new Date('2025-06-02T10:00:00Z'));
    const planned = await eventually(async () => {
      const res = await as(partner()).get(path);
      return res.status === 200 ? res.body : undefined;
    });
    expect(planned).toMatchObject({
      inPlaceSince: null,
      counting: 'registrations',
      summary: expect.stringContaining('no follow-up action has it under way yet'),
    });
    vigil.clock.set(new Date('2025-06-15T10:00:00Z'));
    await as(partner()).post(`/learning-reviews/${review}/actions/${action}/status`, { status: 'under-way' }).expect(200);

    vigil.clock.set(new Date('2026-03-01T10:00:00Z'));
    const effect = await eventually(async () => {
      const res = await as(partner()).get(path).expect(200);
      return res.body.inPlaceSince ? res.body : undefined;
    });
    expect(effect).toMatchObject({
      intervention: { id: 'paired-searches', kinds: ['violence', 'threat'] },
      unit: 'institution:nyborg',
      inPlaceSince: '2025-06-15',
      actions: [{ reviewId: review, actionId: action, status: 'under-way', dueOn: '2025-09-30' }],
      before: { from: '2024-06', to: '2025-05', months: 12, total: 3, perMonth: 0.25 },
      transition: { month: '2025-06', count: 1 },
      after: { from: '2025-07', to: '2026-06', months: 8, total: 2, perMonth: 0.25 },
      changePercent: 0,
    });
    expect(effect.caution).toMatch(/registrations, not incidence/);
    expect(effect.summary).toBe(
      'Registered incidents of violence or threat at institution nyborg: 3 in the 12 months before "Visitation to og to" was first under way (0.25 a month), ' +
        '2 in the 8 whole months after so far (0.25 a month): as many registrations a month as before.',
    );
    expect(effect.series).toHaveLength(25);
    expect(effect.series.filter((p: { count: number | null }) => p.count === null)).toHaveLength(4);
    await as(partner()).get('/learning-interventions/paired-searches/effect?unit=institution:horseroed').expect(404);
    await as(partner()).get('/learning-interventions/no-such-thing/effect?unit=institution:nyborg').expect(404);
  });

  it('refuses unknown and missing parameters with 400, closes the routes to staff (403), and keeps other units out', async () => {
    const p = as(partner());
    await p.get(`/learning-reviews/${reviewId}/timeline?at=2026-03-01`).expect(400);
    await p.get(`/learning-review-activations/${reviewId}?x=1`).expect(400);
    await p.get('/learning-interventions/paired-searches/effect?unit=institution:nyborg&from=2025-01').expect(400);
    await p.get('/learning-interventions/paired-searches/effect').expect(400);
    await p.get('/learning-interventions/paired-searches/effect?unit=nyborg').expect(400);
    await p.get('/learning-interventions/Not_A_Slug/effect?unit=institution:nyborg').expect(400);
    await p.get('/statistics/incident-counts?from=2025-01&to=2025-12&region=hovedstaden').expect(400);
    await p.get('/statistics/incident-counts?from=2025-13&to=2025-12').expect(400);
    await p.get('/statistics/incident-counts?from=2025-06&to=2025-01').expect(400);
    await p.get('/statistics/incident-counts?kinds=violence,fights&from=2025-01&to=2025-12').expect(400);
    await p.get(`/learning-reviews/not-a-uuid/timeline`).expect(400);

    const staff = as(signedIn('ST-STAF01', ['staff'], 'institution:nyborg'));
    await staff.get(`/learning-reviews/${reviewId}/timeline`).expect(403);
    await staff.get(`/learning-review-activations/${reviewId}`).expect(403);
    await staff.get('/learning-interventions/paired-searches/effect?unit=institution:nyborg').expect(403);
    await staff.get('/statistics/incident-counts?from=2025-01&to=2025-12').expect(403);

    // The review belongs to Nyborg: another institution's manager does not learn it exists; Syddanmark's does see it.
    await as(signedIn('ST-MGR001', ['institution-manager'], 'institution:horseroed'))
      .get(`/learning-reviews/${reviewId}/timeline`)
      .expect(404);
    await as(signedIn('ST-MGR002', ['institution-manager'], 'area:syddanmark'))
      .get(`/learning-reviews/${reviewId}/timeline`)
      .expect(200);
    await as(signedIn('ST-PART02', ['safety-partnership'], 'area:hovedstaden'))
      .get('/statistics/incident-counts?area=syddanmark&from=2025-01&to=2025-12')
      .expect(403);
  });
});
