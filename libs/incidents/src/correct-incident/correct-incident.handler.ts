import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, CorrectIncident } from './correct-incident.decide';

export class CorrectIncidentCommand extends StreamCommand<CorrectIncident, IncidentState> {}

@CommandHandler(CorrectIncidentCommand)
export class CorrectIncidentHandler extends StreamCommandHandler<CorrectIncidentCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
