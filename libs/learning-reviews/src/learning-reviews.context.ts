import { REVIEW_PERSONAL_DATA } from './domain/review.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { LearningReviewsWorkerModule } from './deadlines/learning-reviews-worker.module';
import { LearningInterventionActions1763860000102 } from './effects/intervention-actions.migration';
import { InterventionActionsProjection } from './effects/intervention-actions.projection';
import { learningReviewProblems } from './learning-review-problems';
import { LEARNING_REVIEW_PROJECTIONS } from './learning-review-projections';
import { LearningReviewsCommandsModule } from './learning-reviews-commands.module';
import { LearningReviewsHttpModule } from './learning-reviews-http.module';
import { REVIEW_POLICY_REACTION } from './policy-reaction/review-policy.reaction';
import { LearningReviewReadModels1763860000100 } from './read-models/learning-review-read-models.migration';
import { loadStarterData } from './starter/load-starter-data';
import { seedLearningDemo } from './starter/seed-demo-reviews';
import { LearningReviewSubjects1763860000101 } from './timeline/review-subjects.migration';
import { ReviewSubjectsProjection } from './timeline/review-subjects.projection';

/** Learning reviews: from episodes and exercises to findings, contributing factors, interventions and tracked follow-up. */
export const LEARNING_REVIEWS_CONTEXT: VigilContext = {
  name: 'learning-reviews',
  personalData: REVIEW_PERSONAL_DATA,
  http: LearningReviewsHttpModule,
  commands: LearningReviewsCommandsModule,
  workers: [LearningReviewsWorkerModule.forRoot()],
  projections: [...LEARNING_REVIEW_PROJECTIONS, new ReviewSubjectsProjection(), new InterventionActionsProjection()],
  migrations: [LearningReviewReadModels1763860000100, LearningReviewSubjects1763860000101, LearningInterventionActions1763860000102],
  // Reviews are required from the incident register's contract, never its domain events.
  reactions: [REVIEW_POLICY_REACTION],
  problems: [learningReviewProblems],
  // The starter catalogue and review policy as their first versions; the demo reviews after the incident and crisis demos.
  reference: async ({ databaseUrl, log }) => void (await loadStarterData(databaseUrl, log)),
  demo: async ({ databaseUrl, log, openStore }) => void (await seedLearningDemo(databaseUrl, log, new Date(), openStore)),
  gauges: [
    {
      name: 'vigil_learning_overdue',
      help: 'Learning reviews overdue to start or to publish, and open follow-up actions past their due day, as the workflow recorded them',
      labels: ['kind'],
      sql: `SELECT 'review' AS kind, count(*) AS value FROM learning_reviews WHERE overdue
            UNION ALL SELECT 'action', count(*) FROM learning_review_actions WHERE overdue AND status IN ('planned', 'under-way')`,
    },
  ],
};
