import { StreamKind } from '@vigil/command-handling';
import { CATALOGUE_STREAM_ID, CatalogueState, CatalogueVersionPublished, initialCatalogue } from './domain/catalogue';
import { initialPolicy, POLICY_STREAM_ID, PolicyState, ReviewPolicyPublished } from './domain/review-policy';
import { ReviewEvent } from './domain/review.events';
import { evolveReview, initialReview, ReviewState } from './domain/review.state';

/** Each review is one stream, `review-<uuid>`; category `review` feeds the read models. */
export const REVIEW_CATEGORY = 'review';
export const LEARNING_NAMESPACE = 'vigil-learning-reviews';
/** Vigil's own workflows (policy reactions, deadlines) record as this actor. */
export const LEARNING_ACTOR = 'SYS-LEARNING';

export const reviewStreamId = (reviewId: string) => `${REVIEW_CATEGORY}-${reviewId}`;

export const REVIEW_STREAM: StreamKind<{ reviewId: string }, ReviewState, ReviewEvent> = {
  model: { initial: initialReview, evolve: evolveReview },
  namespace: LEARNING_NAMESPACE,
  streamOf: (command) => reviewStreamId(command.reviewId),
};

export const CATALOGUE_STREAM: StreamKind<unknown, CatalogueState, CatalogueVersionPublished> = {
  model: { initial: initialCatalogue, evolve: (_s, e) => ({ version: e.data.version, interventions: e.data.interventions }) },
  namespace: LEARNING_NAMESPACE,
  streamOf: () => CATALOGUE_STREAM_ID,
};

export const POLICY_STREAM: StreamKind<unknown, PolicyState, ReviewPolicyPublished> = {
  model: { initial: initialPolicy, evolve: (_s, e) => ({ version: e.data.version, rules: e.data.rules }) },
  namespace: LEARNING_NAMESPACE,
  streamOf: () => POLICY_STREAM_ID,
};
