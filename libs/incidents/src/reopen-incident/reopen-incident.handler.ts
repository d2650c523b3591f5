import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, ReopenIncident } from './reopen-incident.decide';

export class ReopenIncidentCommand extends StreamCommand<ReopenIncident, IncidentState> {}

@CommandHandler(ReopenIncidentCommand)
export class ReopenIncidentHandler extends StreamCommandHandler<ReopenIncidentCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
