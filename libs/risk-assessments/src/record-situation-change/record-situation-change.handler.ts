import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RiskCaseState } from '../domain/risk-case.state';
import { RISK_CASE_STREAM } from '../risk-case-stream';
import { decide, RecordSituationChange } from './record-situation-change.decide';

export class RecordSituationChangeCommand extends StreamCommand<RecordSituationChange, RiskCaseState> {}

@CommandHandler(RecordSituationChangeCommand)
export class RecordSituationChangeHandler extends StreamCommandHandler<RecordSituationChangeCommand> {
  protected readonly stream = RISK_CASE_STREAM;
  protected readonly decide = decide;
}
