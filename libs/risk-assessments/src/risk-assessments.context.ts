import { RISK_CASE_PERSONAL_DATA } from './domain/risk-case.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { seedRiskDemoData } from './demo/seed-risk-demo-data';
import { RiskAssessmentReadModels1763860000050 } from './read-models/risk-assessment-read-models.migration';
import { RiskCaseUnit1763860000051 } from './read-models/risk-case-unit.migration';
import { ReassessmentDeadlineWorkerModule } from './reassessment-deadlines/reassessment-deadline.worker';
import { riskAssessmentProblems } from './risk-assessment-problems';
import { RISK_ASSESSMENT_PROJECTIONS } from './risk-assessment-projections';
import { RiskAssessmentsCommandsModule } from './risk-assessments-commands.module';
import { RiskAssessmentsHttpModule } from './risk-assessments-http.module';

/** Risk assessments and safety plans, as the apps plug them in. */
export const RISK_ASSESSMENTS_CONTEXT: VigilContext = {
  name: 'risk-assessments',
  personalData: RISK_CASE_PERSONAL_DATA,
  http: RiskAssessmentsHttpModule,
  commands: RiskAssessmentsCommandsModule,
  workers: [ReassessmentDeadlineWorkerModule.forRoot()],
  projections: RISK_ASSESSMENT_PROJECTIONS,
  migrations: [RiskAssessmentReadModels1763860000050, RiskCaseUnit1763860000051],
  problems: [riskAssessmentProblems],
  gauges: [
    {
      name: 'vigil_risk_reassessments',
      help: 'Open risk cases with a reassessment date, by whether it has passed',
      labels: ['state'],
      sql: `SELECT CASE WHEN due_at <= now() THEN 'overdue' ELSE 'due' END AS state, count(*) AS value
              FROM risk_reassessment_due WHERE status = 'open' AND due_at IS NOT NULL GROUP BY 1`,
    },
  ],
  demo: async ({ databaseUrl, log, openStore }) => {
    const cases = await seedRiskDemoData(databaseUrl, log, new Date(), openStore);
    if (cases > 0) log(`Loaded ${cases} demo risk cases (one with an overdue reassessment).`);
  },
};
