import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

export interface RiskOverTimeEntry {
  assessmentId: string;
  kind: string;
  instrument: { code: string; version: string; name: string | null };
  scale: string[];
  riskLevel: string;
  /** 1 for the scale's lowest step; with `scale.length` it places levels of different instruments on one chart. */
  levelRank: number;
  factors: { key: string; rating: string }[];
  assessedBy: string;
  assessedAt: string;
  recordedAt: string;
}

/** Every assessment of a case, in the order they were made: the person's risk over time. */
export class GetRiskOverTime extends Query<RiskOverTimeEntry[]> {
  constructor(readonly caseId: string) {
    super();
  }
}

@QueryHandler(GetRiskOverTime)
export class GetRiskOverTimeHandler implements IQueryHandler<GetRiskOverTime> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ caseId }: GetRiskOverTime): Promise<RiskOverTimeEntry[]> {
    const rows = await this.dataSource.query(
      `SELECT assessment_id AS "assessmentId", kind, instrument_code, instrument_version, instrument_name, scale, risk_level AS "riskLevel",
              level_rank AS "levelRank", factors, assessed_by AS "assessedBy", assessed_at AS "assessedAt", recorded_at AS "recordedAt"
         FROM risk_assessment_history WHERE case_id = $1 ORDER BY assessed_at, revision`,
      [caseId],
    );
    return rows.map(({ instrument_code, instrument_version, instrument_name, ...rest }: Record<string, unknown>) => ({
      ...rest,
      instrument: { code: instrument_code, version: instrument_version, name: instrument_name },
    })) as RiskOverTimeEntry[];
  }
}
