import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RUN_STREAM } from '../action-card-streams';
import { RunState } from '../domain/run.state';
import { decide, DeadlineEvent } from './deadlines.decide';

/** Record what the clock said about one step when the poller looked. */
export interface RecordDeadlines {
  runId: string;
  stepId: string;
  asOf: Date;
  graceMinutes: number;
}

export class RecordDeadlinesCommand extends StreamCommand<RecordDeadlines, RunState> {}

@CommandHandler(RecordDeadlinesCommand)
export class RecordDeadlinesHandler extends StreamCommandHandler<RecordDeadlinesCommand> {
  protected readonly stream = RUN_STREAM;

  /** Decided as of the poll, so the events match the ids the poller derived from the same decision. */
  protected decide(command: RecordDeadlines, state: RunState): DeadlineEvent[] {
    return decide(state, command.stepId, command.asOf, command.graceMinutes);
  }
}
