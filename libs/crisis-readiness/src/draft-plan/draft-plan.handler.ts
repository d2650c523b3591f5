import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PLAN_STREAM } from '../crisis-streams';
import { PlanState } from '../domain/plan.state';
import { decide, DraftPlan } from './draft-plan.decide';

export class DraftPlanCommand extends StreamCommand<DraftPlan, PlanState> {}

@CommandHandler(DraftPlanCommand)
export class DraftPlanHandler extends StreamCommandHandler<DraftPlanCommand> {
  protected readonly stream = PLAN_STREAM;
  protected readonly decide = decide;
}
