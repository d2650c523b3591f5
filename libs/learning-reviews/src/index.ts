export * from './learning-reviews.context';
export * from './review-streams';
export * from './domain/review.vocabulary';
export { LearningReviewWorkflow } from './deadlines/learning-review.workflow';
export { requiredReviewId } from './policy-reaction/review-policy.reaction';
export * from './timeline/subject-records.port';
export * from './effects/incident-counts.port';
