import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { CloseIncidentController } from './close-incident/close-incident.controller';
import { CloseIncidentHandler } from './close-incident/close-incident.handler';
import { IncidentLookup } from './command-handling/incident-lookup';
import { CorrectIncidentController } from './correct-incident/correct-incident.controller';
import { CorrectIncidentHandler } from './correct-incident/correct-incident.handler';
import { MarkDuplicateController } from './mark-duplicate/mark-duplicate.controller';
import { MarkDuplicateHandler } from './mark-duplicate/mark-duplicate.handler';
import { MarkNotReportableController } from './mark-not-reportable/mark-not-reportable.controller';
import { MarkNotReportableHandler } from './mark-not-reportable/mark-not-reportable.handler';
import { GetIncidentHandler, ListIncidentsHandler } from './read-models/incident-current/incident-current.queries';
import { GetIncidentHistoryHandler } from './read-models/incident-history/incident-history.queries';
import { GetIncidentKnownAtHandler } from './read-models/incident-known-at/incident-known-at.queries';
import { IncidentQueriesController } from './read-models/incident-queries.controller';
import { ReclassifyIncidentController } from './reclassify-incident/reclassify-incident.controller';
import { ReclassifyIncidentHandler } from './reclassify-incident/reclassify-incident.handler';
import { RecordPoliceReportController } from './record-police-report/record-police-report.controller';
import { RecordPoliceReportHandler } from './record-police-report/record-police-report.handler';
import { ReopenIncidentController } from './reopen-incident/reopen-incident.controller';
import { ReopenIncidentHandler } from './reopen-incident/reopen-incident.handler';
import { ReportIncidentController } from './report-incident/report-incident.controller';
import { ReportIncidentHandler } from './report-incident/report-incident.handler';

const COMMAND_HANDLERS = [
  ReportIncidentHandler,
  CorrectIncidentHandler,
  ReclassifyIncidentHandler,
  MarkDuplicateHandler,
  MarkNotReportableHandler,
  RecordPoliceReportHandler,
  CloseIncidentHandler,
  ReopenIncidentHandler,
];
const QUERY_HANDLERS = [ListIncidentsHandler, GetIncidentHandler, GetIncidentHistoryHandler, GetIncidentKnownAtHandler];

/** The incident register over HTTP: one controller and one command handler per use case, reads as queries. */
@Module({
  controllers: [
    ReportIncidentController,
    CorrectIncidentController,
    ReclassifyIncidentController,
    MarkDuplicateController,
    MarkNotReportableController,
    RecordPoliceReportController,
    CloseIncidentController,
    ReopenIncidentController,
    IncidentQueriesController,
  ],
  providers: [...COMMAND_HANDLERS, ...QUERY_HANDLERS, IncidentLookup, AccessLog],
})
export class IncidentsHttpModule {}
