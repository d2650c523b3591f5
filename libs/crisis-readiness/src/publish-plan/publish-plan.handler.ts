import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PLAN_STREAM } from '../crisis-streams';
import { PlanState } from '../domain/plan.state';
import { decide, PublishPlan } from './publish-plan.decide';

export class PublishPlanCommand extends StreamCommand<PublishPlan, PlanState> {}

@CommandHandler(PublishPlanCommand)
export class PublishPlanHandler extends StreamCommandHandler<PublishPlanCommand> {
  protected readonly stream = PLAN_STREAM;
  protected readonly decide = decide;
}
