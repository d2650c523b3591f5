import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, MarkNotReportable } from './mark-not-reportable.decide';

export class MarkNotReportableCommand extends StreamCommand<MarkNotReportable, IncidentState> {}

@CommandHandler(MarkNotReportableCommand)
export class MarkNotReportableHandler extends StreamCommandHandler<MarkNotReportableCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
