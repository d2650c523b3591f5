import { PersonalDataMap } from '@vigil/event-sourcing';

/** Statistics hold counts and definitions, about no one; their notes and titles are the partnership's own prose. */
export const STATISTICS_PERSONAL_DATA: PersonalDataMap = {
  'statistics.goal-assessed.v1': { personal: [], plain: ['note'] },
  'statistics.historical-incident-imported.v1': { personal: [], plain: ['legacyId'] },
  'statistics.indicator-version-published.v1': { personal: [], plain: ['rules.title', 'reason'] },
  'statistics.target-plan-set.v1': { personal: [], plain: ['title', 'goals[].title'] },
  'statistics.year-figures-published.v1': { personal: [], plain: ['note'] },
};
