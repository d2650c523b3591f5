import { PersonalDataMap } from '@vigil/event-sourcing';

const WHY = { personal: ['reason'] };
const PLAN = { personal: [], plain: ['content.title', 'content.summary'] };

/** What a crisis log says about people and events: sealed under the activation's key. Plans are about no one. */
export const CRISIS_PERSONAL_DATA: PersonalDataMap = {
  'crisis-readiness.activation-started.v1': { personal: ['reason'], plain: ['plan.title'] },
  'crisis-readiness.activation-reopened.v1': WHY,
  'crisis-readiness.activation-stood-down.v1': WHY,
  'crisis-readiness.level-changed.v1': WHY,
  'crisis-readiness.role-filled.v1': { personal: ['note'] },
  'crisis-readiness.role-handed-over.v1': { personal: ['note'] },
  'crisis-readiness.decision-logged.v1': { personal: ['decision', 'rationale', 'alternativesConsidered[]', 'correctionReason'], plain: ['legalBasis'] },
  'crisis-readiness.communication-logged.v1': { personal: ['summary', 'correctionReason'] },
  'crisis-readiness.evaluation-recorded.v1': { personal: ['summary', 'points[].description', 'points[].followUps[].action'] },
  'crisis-readiness.plan-drafted.v1': PLAN,
  'crisis-readiness.plan-published.v1': PLAN,
  'crisis-readiness.plan-retired.v1': { personal: [], plain: ['reason'] },
  'crisis-readiness.plan-revision-confirmed.v1': { personal: [], plain: ['note'] },
};
