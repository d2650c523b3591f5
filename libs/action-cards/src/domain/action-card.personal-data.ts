import { PersonalDataMap } from '@vigil/event-sourcing';

const CARD = ['card.title', 'card.summary', 'card.steps[].title', 'card.steps[].instructions', 'card.steps[].deadline'];

/** What a run says about the people it is for: sealed under the run's key. Cards and the start policy are about no one. */
export const ACTION_CARD_PERSONAL_DATA: PersonalDataMap = {
  'action-cards.step-completed.v1': { personal: ['note'] },
  'action-cards.step-skipped.v1': { personal: ['justification'] },
  'action-cards.step-reopened.v1': { personal: ['reason'] },
  'action-cards.run-started.v1': { personal: [], plain: CARD },
  'action-cards.template-drafted.v1': { personal: [], plain: CARD },
  'action-cards.template-published.v1': { personal: [], plain: CARD },
  'action-cards.template-retired.v1': { personal: [], plain: ['reason'] },
  'action-cards.start-policy-published.v1': { personal: [], plain: ['rules[].why'] },
};
