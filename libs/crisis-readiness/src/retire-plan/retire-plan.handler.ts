import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PLAN_STREAM } from '../crisis-streams';
import { PlanState } from '../domain/plan.state';
import { decide, RetirePlan } from './retire-plan.decide';

export class RetirePlanCommand extends StreamCommand<RetirePlan, PlanState> {}

@CommandHandler(RetirePlanCommand)
export class RetirePlanHandler extends StreamCommandHandler<RetirePlanCommand> {
  protected readonly stream = PLAN_STREAM;
  protected readonly decide = decide;
}
