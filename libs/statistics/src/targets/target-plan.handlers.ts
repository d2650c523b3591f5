import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { AssessGoal, decideAssessGoal, decideSetPlan, SetTargetPlan, TargetPlanState } from '../domain/target-plan';
import { TARGET_PLAN_STREAM } from '../statistics-streams';

export class SetTargetPlanCommand extends StreamCommand<SetTargetPlan, TargetPlanState> {}
export class AssessGoalCommand extends StreamCommand<AssessGoal, TargetPlanState> {}

@CommandHandler(SetTargetPlanCommand)
export class SetTargetPlanHandler extends StreamCommandHandler<SetTargetPlanCommand> {
  protected readonly stream = TARGET_PLAN_STREAM;
  protected readonly decide = decideSetPlan;
}

@CommandHandler(AssessGoalCommand)
export class AssessGoalHandler extends StreamCommandHandler<AssessGoalCommand> {
  protected readonly stream = TARGET_PLAN_STREAM;
  protected readonly decide = decideAssessGoal;
}
