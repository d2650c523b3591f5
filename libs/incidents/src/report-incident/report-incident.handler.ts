import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, ReportIncident } from './report-incident.decide';

export class ReportIncidentCommand extends StreamCommand<ReportIncident, IncidentState> {}

@CommandHandler(ReportIncidentCommand)
export class ReportIncidentHandler extends StreamCommandHandler<ReportIncidentCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
