import { PersonalDataMap } from '@vigil/event-sourcing';

/** What a placement's events say about the inmate and the staff: sealed under the placement's key. */
export const PLACEMENT_PERSONAL_DATA: PersonalDataMap = {
  'coercive-measures.placement-started.v1': { personal: ['reason.text', 'alternatives[].note'], plain: ['legalParagraph'] },
  'coercive-measures.observation-noted.v1': { personal: ['note'] },
  'coercive-measures.doctor-arrived.v1': { personal: ['note'] },
  'coercive-measures.placement-ended.v1': { personal: ['reason.text'] },
  'coercive-measures.follow-up-conversation-held.v1': { personal: ['summary'] },
  'coercive-measures.management-review-recorded.v1': { personal: ['remarks'] },
  'coercive-measures.legal-review-recorded.v1': { personal: ['remarks'] },
  // The rule set is law and practice, about no one.
  'coercive-measures.rule-set-published.v1': { personal: [], plain: ['title', 'reason', 'rules[].source', 'rules[].description'] },
};
