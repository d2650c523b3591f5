import { Module } from '@nestjs/common';
import { ActionsController } from './actions/actions.controller';
import { CatalogueController } from './catalogue/catalogue.controller';
import { LearningReviewsCommandsModule } from './learning-reviews-commands.module';
import { ReviewsController } from './reviews/reviews.controller';

/** Learning reviews over HTTP: drafting, agreeing and publishing reviews, follow-up actions, the catalogue and the policy. */
@Module({
  imports: [LearningReviewsCommandsModule],
  controllers: [ReviewsController, ActionsController, CatalogueController],
})
export class LearningReviewsHttpModule {}
