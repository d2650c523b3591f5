import { Projection } from '@vigil/projections';
import { LearningCatalogueProjection } from './read-models/catalogue.projection';
import { LearningReviewsProjection } from './read-models/reviews.projection';

/** Every read model of learning reviews, run by the worker and rebuildable from the CLI. */
export const LEARNING_REVIEW_PROJECTIONS: Projection[] = [new LearningReviewsProjection(), new LearningCatalogueProjection()];
