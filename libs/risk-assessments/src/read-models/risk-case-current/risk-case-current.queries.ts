import { RiskScope } from '../risk-reader-scope';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { latestAssessment, OpenedRiskCase } from '../../domain/risk-case.state';

export interface RiskCaseView {
  caseId: string;
  revision: number;
  status: string;
  personRef: string;
  personRole: string;
  openedAt: string;
  updatedAt: string;
  latestAssessment: OpenedRiskCase['assessments'][number] | null;
  assessmentCount: number;
  plan: OpenedRiskCase['plan'];
  reassessment: OpenedRiskCase['reassessment'];
}

/** The case as it stands (current plan and measures, latest assessment, next reassessment), or null. */
export class GetRiskCase extends Query<RiskCaseView | null> {
  constructor(
    readonly caseId: string,
    readonly scope: RiskScope = null,
  ) {
    super();
  }
}

@QueryHandler(GetRiskCase)
export class GetRiskCaseHandler implements IQueryHandler<GetRiskCase> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ caseId, scope }: GetRiskCase): Promise<RiskCaseView | null> {
    const [row] = await this.dataSource.query(
      `SELECT revision, opened_at AS "openedAt", updated_at AS "updatedAt", state FROM risk_case_current
        WHERE case_id = $1 AND ($2::text[] IS NULL OR unit = ANY($2))`,
      [caseId, scope],
    );
    if (!row) return null;
    const state = row.state as OpenedRiskCase;
    return {
      caseId,
      revision: row.revision,
      status: state.status,
      personRef: state.personRef,
      personRole: state.personRole,
      openedAt: row.openedAt,
      updatedAt: row.updatedAt,
      latestAssessment: latestAssessment(state),
      assessmentCount: state.assessments.length,
      plan: state.plan,
      reassessment: state.reassessment,
    };
  }
}
