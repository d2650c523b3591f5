import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RiskCaseState } from '../domain/risk-case.state';
import { RISK_CASE_STREAM } from '../risk-case-stream';
import { decide, OpenRiskCase } from './open-case.decide';

export class OpenRiskCaseCommand extends StreamCommand<OpenRiskCase, RiskCaseState> {}

@CommandHandler(OpenRiskCaseCommand)
export class OpenRiskCaseHandler extends StreamCommandHandler<OpenRiskCaseCommand> {
  protected readonly stream = RISK_CASE_STREAM;
  protected readonly decide = decide;
}
