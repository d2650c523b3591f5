import { VigilContext } from '@vigil/command-handling';
import { learningReviewProblems } from './learning-review-problems';
import { LearningReviewsCommandsModule } from './learning-reviews-commands.module';
import { LearningReviewsHttpModule } from './learning-reviews-http.module';

/** Learning reviews: from episodes and exercises to findings, contributing factors, interventions and tracked follow-up. */
export const LEARNING_REVIEWS_CONTEXT: VigilContext = {
  name: 'learning-reviews',
  http: LearningReviewsHttpModule,
  commands: LearningReviewsCommandsModule,
  projections: [],
  migrations: [],
  problems: [learningReviewProblems],
};
