import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, CloseIncident } from './close-incident.decide';

export class CloseIncidentCommand extends StreamCommand<CloseIncident, IncidentState> {}

@CommandHandler(CloseIncidentCommand)
export class CloseIncidentHandler extends StreamCommandHandler<CloseIncidentCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
