import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { ActionsController } from './actions/actions.controller';
import { CatalogueController } from './catalogue/catalogue.controller';
import { LearningEffectsModule } from './effects/effects.module';
import { LearningReviewsCommandsModule } from './learning-reviews-commands.module';
import { FollowUpQueriesController } from './read-models/follow-up-queries.controller';
import { ReviewQueriesController } from './read-models/review-queries.controller';
import { ReviewsController } from './reviews/reviews.controller';
import { LearningTimelineModule } from './timeline/timeline.module';

/** Learning reviews over HTTP: drafting, agreeing and publishing reviews, follow-up actions, the catalogue and the policy. */
@Module({
  imports: [LearningReviewsCommandsModule, LearningTimelineModule, LearningEffectsModule],
  controllers: [ReviewsController, ActionsController, CatalogueController, ReviewQueriesController, FollowUpQueriesController],
  providers: [AccessLog],
})
export class LearningReviewsHttpModule {}
