import { Projection } from '@vigil/projections';
import { RiskAssessmentHistoryProjection } from './read-models/risk-assessment-history/risk-assessment-history.projection';
import { RiskCaseCurrentProjection } from './read-models/risk-case-current/risk-case-current.projection';

/** Every read model of the risk-assessment context, run by the worker and rebuildable from the CLI. */
export const RISK_ASSESSMENT_PROJECTIONS: Projection[] = [new RiskCaseCurrentProjection(), new RiskAssessmentHistoryProjection()];
