export * from './learning-reviews.context';
export * from './review-streams';
export * from './domain/review.vocabulary';
