import { givenFor } from '@vigil/event-sourcing';
import { AssessorCertifications, evolveCertifications, noCertifications } from './assessor-certification.state';
import { AssessorCertified } from './assessor-certification.events';
import { RiskAssessmentRecorded, RiskCaseOpened, SafetyPlanMade } from './risk-case.events';
import { evolve, initial } from './risk-case.state';

export { errorOf } from '@vigil/event-sourcing';

/** Fixed "now" for deciders: 20 March 2026, noon UTC. */
export const NOW = new Date('2026-03-20T12:00:00.000Z');
export const CASE_ID = '3a9d6c1e-5b2f-4e8a-9c7d-1f2e3d4c5b6a';
export const PERSON = 'PR-8H2K4M';
export const ACTOR = 'ST-7K3Q9P';
export const ASSESSOR = 'ST-4RV8WQ';

export function opened(overrides: Partial<RiskCaseOpened['data']> = {}): RiskCaseOpened {
  return {
    type: 'risk-assessments.case-opened.v1',
    data: { caseId: CASE_ID, personRef: PERSON, personRole: 'employee-off-duty', openedBy: ACTOR, ...overrides },
  };
}

export function assessed(overrides: Partial<RiskAssessmentRecorded['data']> = {}): RiskAssessmentRecorded {
  return {
    type: 'risk-assessments.assessment-recorded.v1',
    data: {
      caseId: CASE_ID,
      assessmentId: 'b1c2d3e4-0000-4000-8000-000000000001',
      kind: 'initial',
      instrument: { code: 'SARA-SV', version: '3' },
      scale: ['low', 'moderate', 'high'],
      riskLevel: 'high',
      factors: [
        { key: 'sara-sv.v1-intimate-violence', rating: 'present' },
        { key: 'sara-sv.v3-escalation', rating: 'partial' },
      ],
      assessedBy: ASSESSOR,
      assessedAt: '2026-03-01T10:00:00.000Z',
      ...overrides,
    },
  };
}

export function planned(overrides: Partial<SafetyPlanMade['data']> = {}): SafetyPlanMade {
  return {
    type: 'risk-assessments.safety-plan-made.v1',
    data: {
      caseId: CASE_ID,
      planId: 'c1d2e3f4-0000-4000-8000-000000000001',
      basedOnAssessmentId: 'b1c2d3e4-0000-4000-8000-000000000001',
      madeWithPerson: true,
      measures: [
        { measureId: 'm1', kind: 'assault-alarm', owner: 'police', state: 'planned' },
        { measureId: 'm2', kind: 'changed-routines', owner: 'threatened-person', state: 'in-place' },
      ],
      reassessmentIntervalDays: 30,
      madeBy: ACTOR,
      ...overrides,
    },
  };
}

/** An assessor certified for SARA-SV from 2025 until 2027. */
export function certified(overrides: Partial<AssessorCertified['data']> = {}): AssessorCertifications {
  const event: AssessorCertified = {
    type: 'risk-assessments.assessor-certified.v1',
    data: { assessorRef: ASSESSOR, instrument: 'SARA-SV', certifiedOn: '2025-01-01T00:00:00.000Z', validUntil: '2027-01-01T00:00:00.000Z', ...overrides },
  };
  return evolveCertifications(noCertifications, event);
}

/** Given these events happened, the state a decider sees. */
export const given = givenFor({ initial, evolve });
