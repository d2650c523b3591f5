import { DynamicModule, Module } from '@nestjs/common';
import { LearningReviewsCommandsModule } from '../learning-reviews-commands.module';
import { LEARNING_WORKFLOW_OPTIONS, LearningReviewWorkflow, LearningWorkflowOptions } from './learning-review.workflow';

/** The workflow (required reviews, deadlines) for the worker process, with the handlers it dispatches to. */
@Module({})
export class LearningReviewsWorkerModule {
  static forRoot(options: Partial<LearningWorkflowOptions> = {}): DynamicModule {
    const resolved: LearningWorkflowOptions = { graceHours: 48, pollIntervalMs: 1000, ...options };
    return {
      module: LearningReviewsWorkerModule,
      imports: [LearningReviewsCommandsModule],
      providers: [{ provide: LEARNING_WORKFLOW_OPTIONS, useValue: resolved }, LearningReviewWorkflow],
      exports: [LearningReviewWorkflow],
    };
  }
}
