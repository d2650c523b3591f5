import { Module } from '@nestjs/common';
import { ACTION_COMMAND_HANDLERS } from './actions/action-commands';
import { CATALOGUE_COMMAND_HANDLERS } from './catalogue/catalogue-commands';
import { CATALOGUE_QUERY_HANDLERS } from './catalogue/catalogue.queries';
import { GetReviewHandler } from './read-models/review-detail.queries';
import { ListFollowUpActionsHandler, ListReviewsHandler } from './read-models/review-list.queries';
import { GetThemesHandler } from './read-models/themes.queries';
import { REVIEW_COMMAND_HANDLERS } from './reviews/review-commands';

const READ_MODEL_QUERY_HANDLERS = [ListReviewsHandler, GetReviewHandler, ListFollowUpActionsHandler, GetThemesHandler];
const HANDLERS = [
  ...REVIEW_COMMAND_HANDLERS,
  ...ACTION_COMMAND_HANDLERS,
  ...CATALOGUE_COMMAND_HANDLERS,
  ...CATALOGUE_QUERY_HANDLERS,
  ...READ_MODEL_QUERY_HANDLERS,
];

/** Learning reviews' command and query handlers, for the API and for the worker's workflows alike. */
@Module({ providers: HANDLERS, exports: HANDLERS })
export class LearningReviewsCommandsModule {}
