import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RiskCaseState } from '../domain/risk-case.state';
import { RISK_CASE_STREAM } from '../risk-case-stream';
import { decide, CloseRiskCase } from './close-case.decide';

export class CloseRiskCaseCommand extends StreamCommand<CloseRiskCase, RiskCaseState> {}

@CommandHandler(CloseRiskCaseCommand)
export class CloseRiskCaseHandler extends StreamCommandHandler<CloseRiskCaseCommand> {
  protected readonly stream = RISK_CASE_STREAM;
  protected readonly decide = decide;
}
