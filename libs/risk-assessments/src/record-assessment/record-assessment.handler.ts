import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RiskCaseState } from '../domain/risk-case.state';
import { RISK_CASE_STREAM } from '../risk-case-stream';
import { decide, RecordAssessment } from './record-assessment.decide';

export class RecordAssessmentCommand extends StreamCommand<RecordAssessment, RiskCaseState> {}

@CommandHandler(RecordAssessmentCommand)
export class RecordAssessmentHandler extends StreamCommandHandler<RecordAssessmentCommand> {
  protected readonly stream = RISK_CASE_STREAM;
  protected readonly decide = decide;
}
