import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, MarkDuplicate } from './mark-duplicate.decide';

export class MarkDuplicateCommand extends StreamCommand<MarkDuplicate, IncidentState> {}

@CommandHandler(MarkDuplicateCommand)
export class MarkDuplicateHandler extends StreamCommandHandler<MarkDuplicateCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
