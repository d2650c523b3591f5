import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RiskCaseState } from '../domain/risk-case.state';
import { RISK_CASE_STREAM } from '../risk-case-stream';
import { decide, ChangeMeasureState } from './change-measure-state.decide';

export class ChangeMeasureStateCommand extends StreamCommand<ChangeMeasureState, RiskCaseState> {}

@CommandHandler(ChangeMeasureStateCommand)
export class ChangeMeasureStateHandler extends StreamCommandHandler<ChangeMeasureStateCommand> {
  protected readonly stream = RISK_CASE_STREAM;
  protected readonly decide = decide;
}
