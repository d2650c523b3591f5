import { Module } from '@nestjs/common';
import { CertifyAssessorHandler, EndCertificationHandler } from './certify-assessor/certify-assessor.handler';
import { ChangeMeasureStateHandler } from './change-measure-state/change-measure-state.handler';
import { CloseRiskCaseHandler } from './close-case/close-case.handler';
import { MakeSafetyPlanHandler } from './make-safety-plan/make-safety-plan.handler';
import { OpenRiskCaseHandler } from './open-case/open-case.handler';
import { GetAssessorCertificationsHandler } from './read-models/assessor-certifications/assessor-certifications.queries';
import { ListReassessmentsHandler } from './read-models/reassessment-due/reassessment-due.queries';
import { GetRiskOverTimeHandler } from './read-models/risk-assessment-history/risk-assessment-history.queries';
import { GetRiskCaseHandler } from './read-models/risk-case-current/risk-case-current.queries';
import { ReplayRiskCaseHandler } from './read-models/risk-case-timeline/risk-case-timeline.queries';
import { RecordReassessmentDeadlineHandler } from './reassessment-deadlines/reassessment-deadline.handler';
import { RecordAssessmentHandler } from './record-assessment/record-assessment.handler';
import { RecordSituationChangeHandler } from './record-situation-change/record-situation-change.handler';

const COMMAND_HANDLERS = [
  CertifyAssessorHandler,
  EndCertificationHandler,
  OpenRiskCaseHandler,
  RecordAssessmentHandler,
  MakeSafetyPlanHandler,
  ChangeMeasureStateHandler,
  RecordSituationChangeHandler,
  CloseRiskCaseHandler,
  RecordReassessmentDeadlineHandler,
];
const QUERY_HANDLERS = [GetRiskCaseHandler, GetRiskOverTimeHandler, ReplayRiskCaseHandler, ListReassessmentsHandler, GetAssessorCertificationsHandler];

/** Risk assessments' command and query handlers, for the API and for the worker's deadline workflow alike. */
@Module({
  providers: [...COMMAND_HANDLERS, ...QUERY_HANDLERS],
  exports: [...COMMAND_HANDLERS, ...QUERY_HANDLERS],
})
export class RiskAssessmentsCommandsModule {}
