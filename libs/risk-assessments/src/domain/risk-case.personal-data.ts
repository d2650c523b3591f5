import { PersonalDataMap } from '@vigil/event-sourcing';

/** A risk case holds codes, not prose; a measure's own label may describe the person: sealed under the case's key. */
export const RISK_CASE_PERSONAL_DATA: PersonalDataMap = {
  'risk-assessments.safety-plan-made.v1': { personal: ['measures[].label'] },
  'risk-assessments.assessment-recorded.v1': { personal: [], plain: ['instrument.code', 'instrument.name'] },
  'risk-assessments.assessor-certified.v1': { personal: [], plain: ['instrument'] },
  'risk-assessments.assessor-certification-expired.v1': { personal: [], plain: ['instrument'] },
};
