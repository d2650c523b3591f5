import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { decideImport, HistoricalState, ImportHistoricalIncident } from '../domain/historical-incident';
import { HISTORICAL_STREAM } from '../statistics-streams';

export class ImportHistoricalIncidentCommand extends StreamCommand<ImportHistoricalIncident & { legacyId: string }, HistoricalState> {}

@CommandHandler(ImportHistoricalIncidentCommand)
export class ImportHistoricalIncidentHandler extends StreamCommandHandler<ImportHistoricalIncidentCommand> {
  protected readonly stream = HISTORICAL_STREAM;
  protected readonly decide = decideImport;
}
