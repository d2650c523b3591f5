import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { IncidentState } from '../domain/incident.state';
import { INCIDENT_STREAM } from '../incident-stream';
import { decide, RecordPoliceReport } from './record-police-report.decide';

export class RecordPoliceReportCommand extends StreamCommand<RecordPoliceReport, IncidentState> {}

@CommandHandler(RecordPoliceReportCommand)
export class RecordPoliceReportHandler extends StreamCommandHandler<RecordPoliceReportCommand> {
  protected readonly stream = INCIDENT_STREAM;
  protected readonly decide = decide;
}
