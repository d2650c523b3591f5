import { DynamicModule, Module } from '@nestjs/common';
import { ACTION_CARD_WORKFLOW_OPTIONS, ActionCardWorkflow, ActionCardWorkflowOptions } from './action-card-workflow';

/** The workflow (incident starts, deadlines) for the worker process; projections run beside it. */
@Module({})
export class ActionCardsWorkerModule {
  static forRoot(options: Partial<ActionCardWorkflowOptions> = {}): DynamicModule {
    const resolved: ActionCardWorkflowOptions = { graceMinutes: 60, pollIntervalMs: 500, ...options };
    return {
      module: ActionCardsWorkerModule,
      providers: [{ provide: ACTION_CARD_WORKFLOW_OPTIONS, useValue: resolved }, ActionCardWorkflow],
      exports: [ActionCardWorkflow],
    };
  }
}
