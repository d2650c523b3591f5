import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { PROBLEM_MAPPERS } from '@vigil/http-problems';
import { CloseIncidentController } from './close-incident/close-incident.controller';
import { IncidentCommandExecutor } from './command-handling/incident-command.executor';
import { CorrectIncidentController } from './correct-incident/correct-incident.controller';
import { incidentProblems } from './incident-problems';
import { MarkDuplicateController } from './mark-duplicate/mark-duplicate.controller';
import { MarkNotReportableController } from './mark-not-reportable/mark-not-reportable.controller';
import { IncidentCurrentQueries } from './read-models/incident-current/incident-current.queries';
import { IncidentHistoryQueries } from './read-models/incident-history/incident-history.queries';
import { IncidentKnownAtQueries } from './read-models/incident-known-at/incident-known-at.queries';
import { IncidentQueriesController } from './read-models/incident-queries.controller';
import { ReclassifyIncidentController } from './reclassify-incident/reclassify-incident.controller';
import { RecordPoliceReportController } from './record-police-report/record-police-report.controller';
import { ReopenIncidentController } from './reopen-incident/reopen-incident.controller';
import { ReportIncidentController } from './report-incident/report-incident.controller';

/** The incident register over HTTP: one controller per use case, reads from the read models. */
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
  providers: [
    IncidentCommandExecutor,
    IncidentCurrentQueries,
    IncidentHistoryQueries,
    IncidentKnownAtQueries,
    AccessLog,
    { provide: PROBLEM_MAPPERS, useValue: [incidentProblems] },
  ],
  exports: [PROBLEM_MAPPERS],
})
export class IncidentsHttpModule {}
