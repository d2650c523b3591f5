import { CommandHandler } from '@nestjs/cqrs';
import { CommandOutcome, StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RUN_STREAM, TEMPLATE_STREAM, templateStreamId } from '../action-card-streams';
import { RunState } from '../domain/run.state';
import { decide, StartRun } from './start-run.decide';

/** What a caller asks for: the handler adds the card as published at the moment the run starts. */
export type StartRunRequest = Omit<StartRun, 'template'>;

export class StartRunCommand extends StreamCommand<StartRunRequest, RunState> {}

/** The start with its card read, as the decide sees it. */
class PinnedStartRun extends StreamCommand<StartRun, RunState> {}

@CommandHandler(StartRunCommand)
export class StartRunHandler extends StreamCommandHandler<PinnedStartRun> {
  protected readonly stream = RUN_STREAM;
  protected readonly decide = decide;

  override async execute(command: StartRunCommand): Promise<CommandOutcome<RunState>> {
    const { state: template } = await this.runner.load(templateStreamId(command.payload.templateId), TEMPLATE_STREAM.model);
    return super.execute(new PinnedStartRun({ ...command.payload, template }, command.meta));
  }
}
