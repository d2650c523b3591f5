import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import type { Response } from 'supertest';
import { eventually } from './vigil-test-app';

/**
 * Writes a canary into every declared personal field of every context, through the HTTP API as users would (issue 16's
 * canary test): incidents, a security-cell placement, a crisis log, an action-card run, learning reviews, a risk case.
 */

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
export const LEAD = 'ST-2M8X4R';
const LOGGER = 'ST-9X1L5V';
const MANAGER = `ST-M${hex(3).toUpperCase()}`;
const REPRESENTATIVE = `ST-R${hex(3).toUpperCase()}`;
const ASSESSOR = 'ST-RA0009';
const PERSON = `PR-${hex(3).toUpperCase()}`;
const INMATE = 'IN-4F7K2Q';
const T0 = new Date('2026-03-20T08:00:00.000Z');
const after = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);
const DAY = 24 * 60;

/** A record the canaries went into: its type for erasure, its kind for proof bundles, its id and its stream (the subject). */
export interface CanaryRecord {
  readonly recordType: string;
  readonly bundleKind: string;
  readonly id: string;
  readonly subject: string;
}

type Call = PromiseLike<Response> & { set(field: string, value: string): Call };

/** What the writers need from the test: the API as the writing person, the clock, the canaries, and where to note what was written. */
export interface CanaryWriter {
  post(path: string, body?: object, who?: string): Call;
  put(path: string, body: object, who?: string): Call;
  get(path: string): Call;
  must(request: PromiseLike<Response>, status: number, what: string): Promise<Response>;
  retried(request: () => PromiseLike<Response>, status: number, what: string): Promise<Response>;
  setClock(at: Date | null): void;
  canary(label: string, prose?: boolean): string;
  readonly pool: Pool;
  readonly ids: Record<string, string>;
  readonly records: CanaryRecord[];
  /** Read endpoints by name, checked before and after erasure. */
  readonly reads: Record<string, string>;
}

/** The answer, or an error naming the command and what came back. */
export async function must(request: PromiseLike<Response>, status: number, what: string): Promise<Response> {
  const res = await request;
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`);
  return res;
}

/** A command on a stream a workflow also appends to (an action-card run): a lost race (409) is tried again. */
export function retried(request: () => PromiseLike<Response>, status: number, what: string): Promise<Response> {
  return eventually(async () => {
    const res = await request();
    if (res.status === status) return res;
    if (res.status === 409) return undefined;
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`);
  });
}

/** Writes a canary into every personal field of incidents. */
export async function writeIncidents(w: CanaryWriter): Promise<void> {
  const { post, must, setClock, canary, ids, records, reads } = w;
  setClock(T0);
  const report = (description: string) => ({
    kind: 'violence',
    target: 'staff-on-duty',
    perpetrator: 'inmate',
    location: { type: 'institution', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
    severity: 'moderate',
    injuries: { physical: 'minor', psychological: true },
    occurredAt: '2026-03-14T21:30:00+01:00',
    description,
    involved: [
      { ref: 'ST-7K3Q9P', role: 'target' },
      { ref: INMATE, role: 'perpetrator' },
    ],
  });
  const a = (await must(post('/incidents', report(canary('incident.reported.description', true))), 201, 'report A')).body.incidentId;
  const i = (path: string) => `/incidents/${a}/${path}`;
  await must(
    post(i('corrections'), { corrections: { description: canary('incident.corrected.to', true) }, reason: canary('incident.corrected.reason', true) }),
    200,
    'correct A',
  );
  await must(post(i('reclassification'), { kind: 'threat', reason: canary('incident.reclassified.reason', true) }), 200, 'reclassify A');
  await must(
    post(i('police-reports'), {
      reportedAt: '2026-03-15T09:00:00+01:00',
      policeDistrict: 'Fyns Politi',
      journalNumber: '2300-80123-00045-26',
      note: canary('incident.police-report.note', true),
    }),
    200,
    'police report A',
  );
  const b = (await must(post('/incidents', report(canary('incident-b.reported.description'))), 201, 'report B')).body.incidentId;
  await must(post(`/incidents/${b}/duplicate-marking`, { duplicateOf: a, reason: canary('incident-b.marked-duplicate.reason', true) }), 200, 'duplicate B');
  await must(post(i('closure'), { outcome: canary('incident.closed.outcome', true), reason: canary('incident.closed.reason') }), 200, 'close A');
  await must(post(i('reopening'), { reason: canary('incident.reopened.reason', true) }), 200, 'reopen A');
  await must(post(i('not-reportable-marking'), { reason: canary('incident.not-reportable.reason', true) }), 200, 'not reportable A');
  ids.incidentA = a;
  ids.incidentB = b;
  records.push({ recordType: 'incident', bundleKind: 'incident', id: a, subject: `incident-${a}` });
  records.push({ recordType: 'incident', bundleKind: 'incident', id: b, subject: `incident-${b}` });
  Object.assign(reads, {
    'incident A': `/incidents/${a}`,
    'incident A history': `/incidents/${a}/history`,
    'incident A known-at': `/incidents/${a}/known-at?date=2026-03-21`,
    'incident B': `/incidents/${b}`,
    'incident B history': `/incidents/${b}/history`,
  });
}

/** Writes a canary into every personal field of a security-cell placement. */
export async function writePlacement(w: CanaryWriter): Promise<void> {
  const { post, must, setClock, canary, ids, records, reads } = w;
  const start = after(T0, 60);
  const at = (minutes: number) => after(start, minutes).toISOString();
  setClock(after(start, 2));
  const placement = await must(
    post('/coercive-measures/placements', {
      measure: 'security-cell',
      restrained: true,
      inmateRef: INMATE,
      institution: 'nyborg',
      startedAt: start.toISOString(),
      legalBasis: 'dk-strfl-66-1-1',
      reason: { category: 'violent-resistance', text: canary('placement.started.reason.text', true) },
      alternatives: [
        { measure: 'de-escalation', outcome: 'tried-insufficient', note: canary('placement.started.alternatives[0].note', true) },
        { measure: 'dialogue', outcome: 'considered-insufficient', note: canary('placement.started.alternatives[1].note') },
      ],
      decidedBy: 'ST-2M8R4T',
      authorisedBy: 'ST-9X1L5V',
    }),
    201,
    'start placement',
  );
  const id = placement.body.placementId;
  const step = (minutes: number, path: string, body: object) => {
    setClock(after(start, minutes + 1));
    return must(post(`/coercive-measures/placements/${id}${path}`, body), 200, path);
  };
  await step(15, '/notes', { observedAt: at(15), note: canary('placement.observation.note', true) });
  await step(20, '/doctor-call', { calledAt: at(20), reason: 'restraint' });
  await step(35, '/doctor-arrival', { arrivedAt: at(35), assessment: 'examined', note: canary('placement.doctor-arrived.note', true) });
  await step(80, '/end', { endedAt: at(80), reason: { category: 'no-longer-necessary', text: canary('placement.ended.reason.text', true) } });
  await step(DAY, '/follow-up-conversation', {
    heldAt: at(DAY),
    heldBy: 'ST-2M8R4T',
    inmateParticipated: true,
    summary: canary('placement.follow-up.summary', true),
  });
  await step(2 * DAY, '/management-review', {
    reviewedAt: at(2 * DAY),
    reviewedBy: 'ST-9X1L5V',
    conclusion: 'justified-with-remarks',
    remarks: canary('placement.management-review.remarks', true),
  });
  await step(2 * DAY + 30, '/legal-review', {
    reviewedAt: at(2 * DAY + 30),
    reviewedBy: 'ST-7L4K2P',
    conclusion: 'lawful-with-remarks',
    remarks: canary('placement.legal-review.remarks', true),
  });
  ids.placement = id;
  records.push({ recordType: 'placement', bundleKind: 'placement', id, subject: `coercivemeasure-${id}` });
  Object.assign(reads, {
    placement: `/coercive-measures/placements/${id}`,
    'placement timeline': `/coercive-measures/placements/${id}/timeline`,
  });
}

/** Writes a canary into every personal field of a crisis log. */
export async function writeCrisisLog(w: CanaryWriter): Promise<void> {
  const { post, put, get, must, setClock, canary, ids, records, reads } = w;
  await eventually(async () => ((await get('/crisis-plans/riot/versions/1')).status === 200 ? true : undefined));
  const base = after(T0, 4 * DAY);
  const at = (minutes: number) => after(base, minutes);
  setClock(base);
  const started = await must(
    post('/crisis-activations', {
      planId: 'riot',
      scope: { kind: 'unit', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
      exercise: false,
      reason: canary('crisis.started.reason', true),
    }),
    201,
    'activate',
  );
  const id = started.body.activationId;
  const c = (path: string) => `/crisis-activations/${id}/${path}`;
  setClock(at(2));
  await must(put(c('roles/crisis-lead'), { holder: LEAD, note: canary('crisis.role-filled.note', true) }), 200, 'fill role');
  setClock(at(6));
  await must(put(c('roles/crisis-lead'), { holder: 'ST-4H7N2K', note: canary('crisis.role-handed-over.note', true) }), 200, 'hand over role');
  setClock(at(8));
  await must(post(c('level'), { level: 'strategic', reason: canary('crisis.level-changed.reason', true) }), 200, 'raise level');
  setClock(at(10));
  const decision = (prefix: string) => ({
    decision: canary(`${prefix}.decision`, true),
    rationale: canary(`${prefix}.rationale`, true),
    legalBasis: 'Straffuldbyrdelsesloven § 64',
    alternativesConsidered: [canary(`${prefix}.alternativesConsidered[0]`, true), canary(`${prefix}.alternativesConsidered[1]`)],
    decidedBy: LEAD,
    decidedAt: at(9).toISOString(),
  });
  const first = (await must(post(c('decisions'), decision('crisis.decision')), 201, 'log decision')).body.entryId;
  setClock(at(20));
  await must(
    post(c('decisions'), { ...decision('crisis.decision-correction'), corrects: first, correctionReason: canary('crisis.decision.correctionReason', true) }),
    201,
    'correct decision',
  );
  setClock(at(25));
  const communication = (label: string) => ({
    audience: 'relatives',
    channel: 'phone',
    summary: canary(label, true),
    released: true,
    communicatedBy: LEAD,
    communicatedAt: at(24).toISOString(),
  });
  const told = (await must(post(c('communications'), communication('crisis.communication.summary')), 201, 'log communication')).body.entryId;
  setClock(at(27));
  await must(
    post(c('communications'), {
      ...communication('crisis.communication-correction.summary'),
      corrects: told,
      correctionReason: canary('crisis.communication.correctionReason', true),
    }),
    201,
    'correct communication',
  );
  setClock(at(60));
  await must(post(c('stand-down'), { reason: canary('crisis.stood-down.reason', true) }), 200, 'stand down');
  setClock(at(70));
  await must(post(c('reopening'), { reason: canary('crisis.reopened.reason', true) }), 200, 'reopen');
  setClock(at(90));
  await must(post(c('stand-down'), { reason: canary('crisis.stood-down-again.reason') }), 200, 'stand down again');
  setClock(at(2 * DAY));
  await must(
    post(c('evaluation'), {
      summary: canary('crisis.evaluation.summary', true),
      points: [
        { kind: 'worked', riskClass: 'organisational', description: canary('crisis.evaluation.points[0].description', true) },
        {
          kind: 'did-not-work',
          riskClass: 'static-technological',
          description: canary('crisis.evaluation.points[1].description'),
          followUps: [{ action: canary('crisis.evaluation.points[1].followUps[0].action', true), owner: LOGGER, dueBy: '2026-06-01' }],
        },
      ],
    }),
    201,
    'evaluation',
  );
  ids.activation = id;
  records.push({ recordType: 'crisis-log', bundleKind: 'activation', id, subject: `crisisactivation-${id}` });
  Object.assign(reads, {
    activation: `/crisis-activations/${id}`,
    'activation timeline': `/crisis-activations/${id}/timeline`,
    activations: '/crisis-activations',
  });
}

/** Writes a canary into every personal field of an action-card run. */
export async function writeActionCardRun(w: CanaryWriter): Promise<void> {
  const { post, get, must, retried, setClock, canary, ids, records, reads } = w;
  await eventually(async () => ((await get('/action-card-templates/violence-against-employee/versions/1')).status === 200 ? true : undefined));
  setClock(after(T0, 7 * DAY));
  const started = await must(
    post('/action-card-runs', { templateId: 'violence-against-employee', area: 'syddanmark', institution: 'nyborg' }),
    201,
    'start run',
  );
  const id = started.body.runId;
  const step = (stepId: string, action: string, body: object) =>
    retried(() => post(`/action-card-runs/${id}/steps/${stepId}/${action}`, body), 200, `${stepId} ${action}`);
  await step('person-safety', 'completion', { note: canary('run.step-completed.note', true) });
  await step('contact-manager', 'completion', { note: canary('run.step-completed-2.note') });
  await step('register-incident', 'skipping', { justification: canary('run.step-skipped.justification', true) });
  await step('register-incident', 'reopening', { reason: canary('run.step-reopened.reason', true) });
  ids.run = id;
  records.push({ recordType: 'action-card-run', bundleKind: 'run', id, subject: `actioncardrun-${id}` });
  reads.run = `/action-card-runs/${id}`;
}

/** Writes a canary into every personal field of learning reviews (and a theme review’s description). */
export async function writeLearningReviews(w: CanaryWriter): Promise<void> {
  const { post, put, must, setClock, canary, pool, ids, records, reads } = w;
  setClock(after(T0, 8 * DAY));
  const eventId = (
    await pool.query('SELECT event_id FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision LIMIT 1', [`incident-${ids.incidentA}`])
  ).rows[0].event_id;
  const review = (
    await must(
      post('/learning-reviews', {
        kind: 'after-action',
        subject: { type: 'incidents', incidentIds: [ids.incidentA] },
        title: canary('review.started.title', true),
        dueOn: '2099-01-01',
        unit: 'institution:nyborg',
      }),
      201,
      'start review',
    )
  ).body.reviewId;
  const r = (path: string) => `/learning-reviews/${review}/${path}`;
  await must(post(r('moments'), { eventId, why: canary('review.moment.why', true) }), 200, 'moment');
  await must(post(r('findings'), { kind: 'went-well', class: 'dynamic', text: canary('review.finding.text', true), evidence: [eventId] }), 201, 'finding');
  // A factor's text is plain (compared across reviews to see what recurs): no canary there.
  const factor = (await must(post(r('factors'), { class: 'static', text: 'Kun én betjent på vagt ved visitationen', evidence: [] }), 201, 'factor')).body
    .factorId;
  await must(post(r(`items/${factor}/withdrawal`), { reason: canary('review.item-withdrawn.reason', true) }), 200, 'withdraw factor');
  await must(put(r('summary'), { text: canary('review.summary.text', true) }), 200, 'summary');
  const proposed = (title: string) => ({ proposed: { title, category: 'static', horizon: 'long', toCatalogue: false } });
  const action = (label: string, title: string) =>
    must(
      post(r('actions'), {
        recommendation: canary(label, true),
        intervention: proposed(title),
        ownerRole: 'institution-manager',
        unit: 'institution:nyborg',
        dueOn: '2026-06-30',
      }),
      201,
      label,
    );
  const dropped = (await action('review.action-added.recommendation', 'Kropskamera')).body.actionId;
  const answered = (await action('review.action-added-2.recommendation', 'Fast alarm')).body.actionId;
  await must(post(r(`actions/${dropped}/status`), { status: 'dropped', reason: canary('review.action-status.reason', true) }), 200, 'drop action');
  await must(post(r(`actions/${answered}/response`), { response: 'rejected', reason: canary('review.recommendation-answered.reason', true) }), 200, 'answer');
  await must(post(r('sign-offs'), { as: 'management' }, MANAGER), 200, 'management sign-off');
  await must(post(r('sign-offs'), { as: 'employee-representative' }, REPRESENTATIVE), 200, 'representative sign-off');
  await must(post(r('publication')), 200, 'publish');
  await must(post(r('addenda'), { text: canary('review.addendum.text', true) }), 201, 'addendum');
  const theme = (
    await must(
      post('/learning-reviews', {
        kind: 'after-action',
        subject: { type: 'theme', description: canary('review-theme.started.subject.description', true), incidentIds: [ids.incidentA] },
        title: canary('review-theme.started.title'),
        dueOn: '2099-01-01',
        unit: 'institution:nyborg',
      }),
      201,
      'start theme review',
    )
  ).body.reviewId;
  ids.review = review;
  ids.themeReview = theme;
  records.push({ recordType: 'learning-review', bundleKind: 'review', id: review, subject: `review-${review}` });
  records.push({ recordType: 'learning-review', bundleKind: 'review', id: theme, subject: `review-${theme}` });
  Object.assign(reads, {
    review: `/learning-reviews/${review}`,
    'review timeline': `/learning-reviews/${review}/timeline`,
    'theme review': `/learning-reviews/${theme}`,
    reviews: '/learning-reviews',
    'review actions': '/learning-review-actions',
  });
}

/** Writes a canary into the personal field of a risk case (a safety-plan measure of kind other). */
export async function writeRiskCase(w: CanaryWriter): Promise<void> {
  const { post, must, setClock, canary, ids, records, reads } = w;
  setClock(after(T0, 9 * DAY));
  await must(
    post(`/risk-assessors/${ASSESSOR}/certifications`, { instrument: 'SARA-SV', certifiedOn: '2025-06-01T00:00:00Z', validUntil: '2028-06-01T00:00:00Z' }),
    201,
    'certify',
  );
  const id = (await must(post('/risk-cases', { personRef: PERSON, personRole: 'employee-off-duty' }), 201, 'open case')).body.caseId;
  await must(
    post(`/risk-cases/${id}/assessments`, {
      instrument: { code: 'SARA-SV', version: '3' },
      riskLevel: 'high',
      factors: [{ key: 'sara-sv.v1-intimate-violence', rating: 'present' }],
      assessedBy: ASSESSOR,
    }),
    201,
    'assess',
  );
  await must(
    post(`/risk-cases/${id}/safety-plans`, {
      madeWithPerson: true,
      reassessmentIntervalDays: 30,
      measures: [
        { kind: 'other', label: canary('risk.safety-plan.measure-label'), owner: 'police' },
        { kind: 'assault-alarm', owner: 'police' },
      ],
    }),
    201,
    'safety plan',
  );
  ids.riskCase = id;
  records.push({ recordType: 'risk-case', bundleKind: 'risk-case', id, subject: `riskcase-${id}` });
  Object.assign(reads, { 'risk case': `/risk-cases/${id}`, 'risk case timeline': `/risk-cases/${id}/timeline` });
  setClock(null);
}
