import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RiskCaseState } from '../domain/risk-case.state';
import { RISK_CASE_STREAM } from '../risk-case-stream';
import { decide, MakeSafetyPlan } from './make-safety-plan.decide';

export class MakeSafetyPlanCommand extends StreamCommand<MakeSafetyPlan, RiskCaseState> {}

@CommandHandler(MakeSafetyPlanCommand)
export class MakeSafetyPlanHandler extends StreamCommandHandler<MakeSafetyPlanCommand> {
  protected readonly stream = RISK_CASE_STREAM;
  protected readonly decide = decide;
}
