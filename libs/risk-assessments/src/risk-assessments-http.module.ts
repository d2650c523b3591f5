import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { CertifyAssessorController } from './certify-assessor/certify-assessor.controller';
import { ChangeMeasureStateController } from './change-measure-state/change-measure-state.controller';
import { CloseCaseController } from './close-case/close-case.controller';
import { MakeSafetyPlanController } from './make-safety-plan/make-safety-plan.controller';
import { OpenCaseController } from './open-case/open-case.controller';
import { ReassessmentDueController } from './read-models/reassessment-due.controller';
import { RiskCaseQueriesController } from './read-models/risk-case-queries.controller';
import { RecordAssessmentController } from './record-assessment/record-assessment.controller';
import { RecordSituationChangeController } from './record-situation-change/record-situation-change.controller';
import { RiskAssessmentsCommandsModule } from './risk-assessments-commands.module';

/** Risk assessments, safety plans and reassessment over HTTP: one controller per use case, dispatching on the buses. */
@Module({
  imports: [RiskAssessmentsCommandsModule],
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
  providers: [AccessLog],
})
export class RiskAssessmentsHttpModule {}
