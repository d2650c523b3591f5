import { Module } from '@nestjs/common';
import { ACTION_COMMAND_HANDLERS } from './actions/action-commands';
import { CATALOGUE_COMMAND_HANDLERS } from './catalogue/catalogue-commands';
import { CATALOGUE_QUERY_HANDLERS } from './catalogue/catalogue.queries';
import { REVIEW_COMMAND_HANDLERS } from './reviews/review-commands';

const HANDLERS = [...REVIEW_COMMAND_HANDLERS, ...ACTION_COMMAND_HANDLERS, ...CATALOGUE_COMMAND_HANDLERS, ...CATALOGUE_QUERY_HANDLERS];

/** Learning reviews' command and query handlers, for the API and for the worker's workflows alike. */
@Module({ providers: HANDLERS, exports: HANDLERS })
export class LearningReviewsCommandsModule {}
