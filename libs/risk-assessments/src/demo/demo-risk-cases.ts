import { deterministicUuid } from '@vigil/event-sourcing';
import { decide as changeMeasure } from '../change-measure-state/change-measure-state.decide';
import { decide as close } from '../close-case/close-case.decide';
import { decideCertification } from '../certify-assessor/certify-assessor.decide';
import { AssessorEvent } from '../domain/assessor-certification.events';
import { AssessorCertifications } from '../domain/assessor-certification.state';
import { Instrument, RiskCaseEvent } from '../domain/risk-case.events';
import { RiskCaseState } from '../domain/risk-case.state';
import { decide as plan } from '../make-safety-plan/make-safety-plan.decide';
import { decide as open } from '../open-case/open-case.decide';
import { decide as assess } from '../record-assessment/record-assessment.decide';
import { decide as situation } from '../record-situation-change/record-situation-change.decide';

const DAY = 86_400_000;
const COORDINATOR = 'ST-DEMO01';
const ASSESSORS = { sara: 'ST-RA0001', internal: 'ST-RA0002' };
const INTERNAL: Instrument & { scale: string[] } = {
  code: 'internal',
  version: '2',
  name: 'kf-trusselsvurdering',
  scale: ['lav', 'forhoejet', 'hoej', 'akut'],
};

/** One demo step: on a stream, at a time, by an actor, through the same decide the API uses. */
export type DemoStep =
  | { at: Date; actor: string; stream: 'assessor'; ref: string; decide: (state: AssessorCertifications, now: Date) => AssessorEvent[] }
  | {
      at: Date;
      actor: string;
      stream: 'case';
      caseId: string;
      decide: (state: RiskCaseState, now: Date, certifications: (ref: string) => AssessorCertifications) => RiskCaseEvent[];
    };

export const demoCaseId = (n: number) => deterministicUuid('vigil-demo-risk-case', String(n));

/** Five cases over the last months: one overdue (well past its grace period), one closed, the rest on their cycle. */
export function demoRiskCases(end: Date): DemoStep[] {
  const ago = (days: number) => new Date(end.getTime() - days * DAY);
  const steps: DemoStep[] = [];
  for (const [ref, instruments] of [
    [ASSESSORS.sara, ['SARA-SV', 'SAM', 'PATRIARK']],
    [ASSESSORS.internal, ['internal:kf-trusselsvurdering', 'SARA-SV']],
  ] as const) {
    for (const instrument of instruments) {
      steps.push({
        at: ago(400),
        actor: COORDINATOR,
        stream: 'assessor',
        ref,
        decide: (s, now) =>
          decideCertification({ assessorRef: ref, instrument, certifiedOn: ago(400).toISOString(), validUntil: ago(-700).toISOString() }, s, now),
      });
    }
  }
  const caseSteps = (n: number, personRef: string, personRole: string, ...rest: [number, string, (caseId: string, now: Date) => object, string?][]) => {
    const caseId = demoCaseId(n);
    const first = rest[0][0] + 1;
    steps.push({
      at: ago(first),
      actor: COORDINATOR,
      stream: 'case',
      caseId,
      // The demo's risk cases belong to Hovedstaden, where the demo risk assessor works.
      decide: (s) => open({ caseId, personRef, personRole: personRole as never, actor: COORDINATOR, unit: 'area:hovedstaden' }, s),
    });
    rest.forEach(([days, kind, fields, actor], i) => {
      const run = { assess, plan, situation, changeMeasure, close }[kind] as (command: never, state: RiskCaseState, now: Date) => RiskCaseEvent[];
      steps.push({
        at: ago(days),
        actor: actor ?? COORDINATOR,
        stream: 'case',
        caseId,
        decide: (s, now, certs) => {
          const command = { caseId, actor: actor ?? COORDINATOR, ...fields(caseId, now) } as Record<string, unknown>;
          if (kind === 'assess')
            Object.assign(command, {
              assessmentId: deterministicUuid('vigil-demo-assessment', caseId, String(i)),
              certifications: certs(command.assessedBy as string),
            });
          if (kind === 'plan') Object.assign(command, { planId: deterministicUuid('vigil-demo-plan', caseId, String(i)) });
          return run(command as never, s, now);
        },
      });
    });
  };
  const factors = (...keys: string[]) => keys.map((key, i) => ({ key, rating: i === 0 ? 'present' : 'partial' }));
  const sara = { code: 'SARA-SV', version: '3' };
  // An employee harassed off duty by a released client: on cycle, due within days.
  caseSteps(
    1,
    'PR-3M7Q2X',
    'employee-off-duty',
    [
      60,
      'assess',
      () => ({
        instrument: { code: 'SAM', version: '1' },
        riskLevel: 'high',
        factors: factors('sam.n1-persistent-contact', 'sam.n3-threats'),
        assessedBy: ASSESSORS.sara,
      }),
    ],
    [
      59,
      'plan',
      () => ({
        madeWithPerson: true,
        reassessmentIntervalDays: 30,
        measures: [
          { kind: 'assault-alarm', owner: 'police', state: 'in-place' },
          { kind: 'address-protection', owner: 'employer' },
          { kind: 'changed-routines', owner: 'threatened-person' },
        ],
      }),
    ],
    [
      25,
      'assess',
      () => ({ instrument: { code: 'SAM', version: '1' }, riskLevel: 'moderate', factors: factors('sam.n1-persistent-contact'), assessedBy: ASSESSORS.sara }),
    ],
  );
  // A victim of a client under supervision who left the partner: reassessed at once after the change.
  caseSteps(
    2,
    'PR-7K2W9D',
    'victim',
    [
      40,
      'assess',
      () => ({
        instrument: sara,
        riskLevel: 'moderate',
        factors: factors('sara-sv.v1-intimate-violence', 'sara-sv.v6-substance-use'),
        assessedBy: ASSESSORS.sara,
      }),
    ],
    [
      39,
      'plan',
      () => ({
        madeWithPerson: true,
        reassessmentIntervalDays: 21,
        measures: [
          { kind: 'neighbour-help', owner: 'threatened-person' },
          { kind: 'police-contact', owner: 'police', state: 'in-place' },
        ],
      }),
    ],
    [10, 'situation', () => ({ change: 'left-partner' })],
    [
      9,
      'assess',
      () => ({ instrument: sara, riskLevel: 'high', factors: factors('sara-sv.v3-escalation', 'sara-sv.v1-intimate-violence'), assessedBy: ASSESSORS.sara }),
    ],
    [9, 'changeMeasure', () => ({ measureId: 'm1', state: 'in-place' })],
  );
  // An inmate at risk from other inmates, internal instrument: the reassessment is overdue.
  caseSteps(
    3,
    'IN-5R8T2K',
    'inmate-at-risk',
    [
      50,
      'assess',
      () => ({ instrument: INTERNAL, riskLevel: 'hoej', factors: factors('kf.debt-to-other-inmates', 'kf.prior-assault'), assessedBy: ASSESSORS.internal }),
    ],
    [
      49,
      'plan',
      () => ({
        madeWithPerson: true,
        reassessmentIntervalDays: 30,
        measures: [
          { kind: 'unit-transfer', owner: 'institution-security', state: 'in-place' },
          { kind: 'separation-from-threat-maker', owner: 'institution-security', state: 'in-place' },
        ],
      }),
    ],
  );
  // Honour-related threats against a victim: a short cycle.
  caseSteps(
    4,
    'PR-9D4F6H',
    'victim',
    [
      5,
      'assess',
      () => ({
        instrument: { code: 'PATRIARK', version: '1' },
        riskLevel: 'high',
        factors: factors('patriark.family-pressure', 'patriark.threats-from-relatives'),
        assessedBy: ASSESSORS.sara,
      }),
    ],
    [
      5,
      'plan',
      () => ({
        madeWithPerson: true,
        reassessmentIntervalDays: 7,
        measures: [
          { kind: 'shelter-place', owner: 'municipality', state: 'in-place' },
          { kind: 'address-protection', owner: 'municipality' },
        ],
      }),
    ],
  );
  // An employee's family member: risk resolved and the case closed.
  caseSteps(
    5,
    'PR-2H8N5V',
    'employee-family',
    [120, 'assess', () => ({ instrument: sara, riskLevel: 'low', factors: factors('sara-sv.v2-threats'), assessedBy: ASSESSORS.sara })],
    [
      119,
      'plan',
      () => ({ madeWithPerson: true, reassessmentIntervalDays: 60, measures: [{ kind: 'changed-routines', owner: 'threatened-person', state: 'in-place' }] }),
    ],
    [62, 'assess', () => ({ instrument: sara, riskLevel: 'low', factors: factors('sara-sv.v2-threats'), assessedBy: ASSESSORS.sara })],
    [60, 'close', () => ({ reason: 'risk-resolved' })],
  );
  // Stable sort: steps on the same day keep their order.
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.at.getTime() - b.s.at.getTime() || a.i - b.i)
    .map(({ s }) => s);
}
