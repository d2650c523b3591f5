import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, ReclassifyIncident } from './reclassify-incident.decide';

export class ReclassifyIncidentCommand extends StreamCommand<ReclassifyIncident, IncidentState> {}

@CommandHandler(ReclassifyIncidentCommand)
export class ReclassifyIncidentHandler extends StreamCommandHandler<ReclassifyIncidentCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
