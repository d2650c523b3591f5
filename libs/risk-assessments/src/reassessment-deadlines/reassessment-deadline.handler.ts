import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RiskCaseState } from '../domain/risk-case.state';
import { RISK_CASE_STREAM } from '../risk-case-stream';
import { decideDeadline, RecordReassessmentDeadline } from './reassessment-deadline.decide';

export class RecordReassessmentDeadlineCommand extends StreamCommand<RecordReassessmentDeadline, RiskCaseState> {}

@CommandHandler(RecordReassessmentDeadlineCommand)
export class RecordReassessmentDeadlineHandler extends StreamCommandHandler<RecordReassessmentDeadlineCommand> {
  protected readonly stream = RISK_CASE_STREAM;
  protected readonly decide = decideDeadline;
}
