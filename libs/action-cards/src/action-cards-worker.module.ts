import { DynamicModule, Module } from '@nestjs/common';
import { ACTION_CARD_WORKFLOW_OPTIONS, ActionCardWorkflow, ActionCardWorkflowOptions } from './action-card-workflow';
import { ActionCardsCommandsModule } from './action-cards-commands.module';

/** The workflow (incident and activation starts, deadlines) for the worker process, with the handlers it dispatches to. */
@Module({})
export class ActionCardsWorkerModule {
  static forRoot(options: Partial<ActionCardWorkflowOptions> = {}): DynamicModule {
    const resolved: ActionCardWorkflowOptions = { graceMinutes: 60, pollIntervalMs: 500, ...options };
    return {
      module: ActionCardsWorkerModule,
      imports: [ActionCardsCommandsModule],
      providers: [{ provide: ACTION_CARD_WORKFLOW_OPTIONS, useValue: resolved }, ActionCardWorkflow],
      exports: [ActionCardWorkflow],
    };
  }
}
