import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, signedIn } from '../support/vigil-test-app';
import { Vigil } from './support/browser-harness';
import { learningData, partnership } from './support/learning-page-fixtures';

const HOUR = 3_600_000;
const ASSESSOR = 'ST-RA0011';

export interface AuditedRecords {
  incident: string;
  run: string;
  activation: string;
  placement: string;
  'risk-case': string;
  review: string;
  /** When the placement started (its steps are minutes after). */
  placementStart: number;
}

/**
 * One record of each kind the auditor's page replays, made through the HTTP API as people would, each with at least two
 * events so the slider has somewhere to go: an incident corrected, a crisis activation with a decision and its action-card
 * runs (one step done), a security-cell placement with a late observation (a rule breached) and its end, a risk case assessed and
 * planned, a learning review started, someone added to it and its summary drafted. The app's clock stands where each step happens.
 */
export async function auditedRecords(vigil: Vigil): Promise<AuditedRecords> {
  const post = (path: string, body: object, status: number) => vigil.http().post(path).set(signedIn(ACTOR)).send(body).expect(status);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  await loadStarterLibrary(vigil.databaseUrl);
  await loadStarterPlans(vigil.databaseUrl);
  const start = Date.now() - 3 * 24 * HOUR;
  const at = (minutes: number) => new Date(start + minutes * 60_000);
  try {
    vigil.clock.set(at(0));
    const incident: string = (await post('/incidents', incidentReport(), 201)).body.incidentId;
    vigil.clock.set(at(5 * 60));
    await post(`/incidents/${incident}/corrections`, { corrections: { severity: 'serious' }, reason: 'Lægen fandt brud', expectedRevision: 0 }, 200);

    // A placement: started, observed, a doctor called, an observation 40 minutes after the last (the 15-minute rule breached), ended.
    const placementStart = start + 24 * HOUR;
    const pAt = (minutes: number) => new Date(placementStart + minutes * 60_000);
    vigil.clock.set(pAt(2));
    const placement: string = (
      await post(
        '/coercive-measures/placements',
        {
          measure: 'security-cell',
          restrained: true,
          inmateRef: 'IN-4F7K2Q',
          institution: 'nyborg',
          startedAt: pAt(0).toISOString(),
          legalBasis: 'dk-strfl-66-1-1',
          reason: { category: 'violent-resistance', text: 'Voldsom modstand ved visitation.' },
          alternatives: [{ measure: 'de-escalation', outcome: 'tried-insufficient', note: 'Samtale uden effekt.' }],
          decidedBy: 'ST-2M8R4T',
          authorisedBy: 'ST-9X1L5V',
        },
        201,
      )
    ).body.placementId;
    const step = (minutes: number, path: string, body: object) => {
      vigil.clock.set(pAt(minutes + 1));
      return post(`/coercive-measures/placements/${placement}${path}`, body, 200);
    };
    await step(15, '/notes', { observedAt: pAt(15).toISOString(), note: 'Urolig, råber.' });
    await step(20, '/doctor-call', { calledAt: pAt(20).toISOString(), reason: 'restraint' });
    await step(60, '/notes', { observedAt: pAt(60).toISOString(), note: 'Sover.' });
    await step(80, '/end', { endedAt: pAt(80).toISOString(), reason: { category: 'no-longer-necessary', text: 'Faldet til ro.' } });

    // A risk case: opened, assessed by a certified assessor, a safety plan made.
    vigil.clock.set(at(26 * 60));
    await post(
      `/risk-assessors/${ASSESSOR}/certifications`,
      { instrument: 'SARA-SV', certifiedOn: '2025-06-01T00:00:00Z', validUntil: '2028-06-01T00:00:00Z' },
      201,
    );
    const riskCase: string = (await post('/risk-cases', { personRef: 'PR-8H2K4M', personRole: 'employee-off-duty' }, 201)).body.caseId;
    vigil.clock.set(at(27 * 60));
    await post(
      `/risk-cases/${riskCase}/assessments`,
      {
        instrument: { code: 'SARA-SV', version: '3' },
        riskLevel: 'high',
        factors: [{ key: 'sara-sv.v1-intimate-violence', rating: 'present' }],
        assessedBy: ASSESSOR,
      },
      201,
    );
    vigil.clock.set(at(28 * 60));
    await post(
      `/risk-cases/${riskCase}/safety-plans`,
      { madeWithPerson: true, reassessmentIntervalDays: 30, measures: [{ kind: 'assault-alarm', owner: 'police' }], expectedRevision: 1 },
      201,
    );

    // A crisis activation, its action-card runs started for it, one step done ten minutes later.
    await eventually(async () => ((await get('/crisis-plans/threats-against-staff/versions/1')).status === 200 ? true : undefined), 30_000);
    await eventually(async () => ((await get('/action-card-templates')).body.items?.length >= 11 ? true : undefined), 30_000);
    vigil.clock.set(at(48 * 60));
    const activation: string = (
      await post(
        '/crisis-activations',
        { planId: 'threats-against-staff', scope: { kind: 'national' }, exercise: true, reason: 'Øvelse: trusler mod ansatte i hele landet.' },
        201,
      )
    ).body.activationId;
    const board = await eventually(async () => {
      const b = await get('/action-card-board?area=national');
      return b.body.openRuns >= 2 ? b : undefined;
    }, 30_000);
    const runs = board.body.groups.flatMap((g: { runs: { runId: string; templateId: string; activationId: string }[] }) => g.runs);
    const run: string = runs.find(
      (r: { templateId: string; activationId: string }) => r.templateId === 'threat-against-employee' && r.activationId === activation,
    ).runId;
    vigil.clock.set(at(48 * 60 + 5));
    await post(
      `/crisis-activations/${activation}/decisions`,
      {
        decision: 'Afdeling B aflåses; indsatte holdes på cellerne.',
        rationale: 'Personalets sikkerhed; uroen breder sig.',
        legalBasis: 'Straffuldbyrdelsesloven § 64',
        alternativesConsidered: ['Dialog med talsperson for de indsatte'],
        decidedBy: 'ST-LEAD01',
        decidedAt: at(48 * 60 + 4).toISOString(),
      },
      201,
    );
    vigil.clock.set(at(48 * 60 + 10));
    await eventually(async () => {
      const res = await vigil.http().post(`/action-card-runs/${run}/steps/immediate-safety/completion`).set(signedIn(ACTOR)).send({});
      return res.status === 200 ? res : undefined;
    });
    vigil.clock.set(null);
    const { reviewId } = await learningData(vigil);
    await vigil.http().post(`/learning-reviews/${reviewId}/participants`).set(partnership()).send({ ref: 'ST-7K3Q9P', role: 'involved-staff' }).expect(200);
    await vigil.http().put(`/learning-reviews/${reviewId}/summary`).set(partnership()).send({ text: 'Forventet: to betjente. Skete: en.' }).expect(200);
    return { incident, run, activation, placement, 'risk-case': riskCase, review: reviewId, placementStart };
  } finally {
    vigil.clock.set(null);
  }
}
