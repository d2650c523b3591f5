import { PersonalDataMap } from '@vigil/event-sourcing';

const TEXT = { personal: ['text'] };

/** What a review says about an episode and the people in it: sealed under the review's key. Catalogue and policy are about no one. */
export const REVIEW_PERSONAL_DATA: PersonalDataMap = {
  // A theme's description says what the reviewed incidents have in common, often who and where.
  'learning-reviews.review-started.v1': { personal: ['title', 'subject.description'] },
  'learning-reviews.review-required.v1': { personal: ['subject.description'], plain: ['title'] },
  'learning-reviews.moment-marked.v1': { personal: ['why'] },
  'learning-reviews.finding-recorded.v1': TEXT,
  // A contributing factor is the reusable learning ("one officer alone at a cell search"), compared across reviews to
  // see what recurs; the review refuses one that names a person, and the narrative stays in findings and the summary.
  'learning-reviews.factor-recorded.v1': { personal: [], plain: ['text'] },
  'learning-reviews.item-withdrawn.v1': { personal: ['reason'] },
  'learning-reviews.summary-drafted.v1': TEXT,
  'learning-reviews.action-added.v1': { personal: ['recommendation'], plain: ['intervention.proposed.title'] },
  'learning-reviews.action-status-changed.v1': { personal: ['reason'] },
  'learning-reviews.recommendation-answered.v1': { personal: ['reason'] },
  'learning-reviews.addendum-added.v1': TEXT,
  'learning-reviews.catalogue-version-published.v1': { personal: [], plain: ['reason', 'interventions[].title', 'interventions[].description'] },
  'learning-reviews.review-policy-published.v1': { personal: [], plain: ['reason', 'rules[].title'] },
};
