import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { CertifyAssessorController } from './certify-assessor/certify-assessor.controller';
import { ChangeMeasureStateController } from './change-measure-state/change-measure-state.controller';
import { CloseCaseController } from './close-case/close-case.controller';
import { RiskCommandExecutor } from './command-handling/risk-command.executor';
import { MakeSafetyPlanController } from './make-safety-plan/make-safety-plan.controller';
import { OpenCaseController } from './open-case/open-case.controller';
import { ReassessmentDueController } from './read-models/reassessment-due.controller';
import { ReassessmentDueQueries } from './read-models/reassessment-due/reassessment-due.queries';
import { RiskAssessmentHistoryQueries } from './read-models/risk-assessment-history/risk-assessment-history.queries';
import { RiskCaseCurrentQueries } from './read-models/risk-case-current/risk-case-current.queries';
import { RiskCaseQueriesController } from './read-models/risk-case-queries.controller';
import { RiskCaseTimelineQueries } from './read-models/risk-case-timeline/risk-case-timeline.queries';
import { RecordAssessmentController } from './record-assessment/record-assessment.controller';
import { RecordSituationChangeController } from './record-situation-change/record-situation-change.controller';

/** Risk assessments, safety plans and reassessment over HTTP; domain errors map through the controllers' own filter. */
@Module({
  controllers: [
    OpenCaseController,
    RecordAssessmentController,
    MakeSafetyPlanController,
    ChangeMeasureStateController,
    RecordSituationChangeController,
    CloseCaseController,
    CertifyAssessorController,
    RiskCaseQueriesController,
    ReassessmentDueController,
  ],
  providers: [RiskCommandExecutor, RiskCaseCurrentQueries, RiskAssessmentHistoryQueries, RiskCaseTimelineQueries, ReassessmentDueQueries, AccessLog],
})
export class RiskAssessmentsHttpModule {}
