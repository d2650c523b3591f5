import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { RiskAssessmentRecorded } from '../../domain/risk-case.events';
import { caseIdOf, RISK_CASE_CATEGORY } from '../../risk-case-stream';

/** One row per assessment, never replaced: the person's risk over time. */
export class RiskAssessmentHistoryProjection implements Projection {
  readonly name = 'risk-assessments.assessment-history';
  readonly tables = ['risk_assessment_history'];
  readonly category = RISK_CASE_CATEGORY;

  handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /** A page's assessments in one multi-row insert; one already there (a replay) is left as it is. */
  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const rows = events
      .filter((event) => event.type === 'risk-assessments.assessment-recorded.v1')
      .map((event) => {
        const a = event.data as RiskAssessmentRecorded['data'];
        return {
          case_id: caseIdOf(event.streamId),
          assessment_id: a.assessmentId,
          revision: event.revision,
          kind: a.kind,
          instrument_code: a.instrument.code,
          instrument_version: a.instrument.version,
          instrument_name: a.instrument.name ?? null,
          scale: a.scale,
          risk_level: a.riskLevel,
          level_rank: a.scale.indexOf(a.riskLevel) + 1,
          factors: a.factors,
          assessed_by: a.assessedBy,
          assessed_at: a.assessedAt,
          recorded_at: event.metadata.recordedAt,
        };
      });
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO risk_assessment_history (case_id, assessment_id, revision, kind, instrument_code, instrument_version, instrument_name, scale,
         risk_level, level_rank, factors, assessed_by, assessed_at, recorded_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(case_id uuid, assessment_id uuid, revision integer, kind text, instrument_code text,
         instrument_version text, instrument_name text, scale jsonb, risk_level text, level_rank integer, factors jsonb, assessed_by text,
         assessed_at timestamptz, recorded_at timestamptz)
       ON CONFLICT (case_id, assessment_id) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }
}
