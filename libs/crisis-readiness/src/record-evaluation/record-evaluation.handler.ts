import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { decide, RecordEvaluation } from './record-evaluation.decide';

export class RecordEvaluationCommand extends StreamCommand<RecordEvaluation, ActivationState> {}

@CommandHandler(RecordEvaluationCommand)
export class RecordEvaluationHandler extends StreamCommandHandler<RecordEvaluationCommand> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;
}
