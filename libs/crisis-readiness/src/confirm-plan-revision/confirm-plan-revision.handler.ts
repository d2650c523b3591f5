import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PLAN_STREAM } from '../crisis-streams';
import { PlanState } from '../domain/plan.state';
import { decide, ConfirmPlanRevision } from './confirm-plan-revision.decide';

export class ConfirmPlanRevisionCommand extends StreamCommand<ConfirmPlanRevision, PlanState> {}

@CommandHandler(ConfirmPlanRevisionCommand)
export class ConfirmPlanRevisionHandler extends StreamCommandHandler<ConfirmPlanRevisionCommand> {
  protected readonly stream = PLAN_STREAM;
  protected readonly decide = decide;
}
