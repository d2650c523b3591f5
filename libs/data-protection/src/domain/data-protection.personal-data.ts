import { PersonalDataMap } from '@vigil/event-sourcing';

/** Holds, restrictions and erasures name records, never people; their reasons must name no one (the forms say so). */
export const DATA_PROTECTION_PERSONAL_DATA: PersonalDataMap = {
  'data-protection.subject-erased.v1': { personal: [], plain: ['basis.reason', 'basis.period'] },
  'data-protection.legal-hold-placed.v1': { personal: [], plain: ['reason', 'caseReference'] },
  'data-protection.legal-hold-lifted.v1': { personal: [], plain: ['reason'] },
  'data-protection.subject-restricted.v1': { personal: [], plain: ['reason'] },
  'data-protection.restriction-lifted.v1': { personal: [], plain: ['reason'] },
  'data-protection.retention-rules-published.v1': { personal: [], plain: ['reason', 'rules[].label', 'rules[].source'] },
};
