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

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type !== 'risk-assessments.assessment-recorded.v1') return;
    const a = event.data as RiskAssessmentRecorded['data'];
    await manager.query(
      `INSERT INTO risk_assessment_history (case_id, assessment_id, revision, kind, instrument_code, instrument_version, instrument_name, scale,
         risk_level, level_rank, factors, assessed_by, assessed_at, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (case_id, assessment_id) DO NOTHING`,
      [
        caseIdOf(event.streamId),
        a.assessmentId,
        event.revision,
        a.kind,
        a.instrument.code,
        a.instrument.version,
        a.instrument.name ?? null,
        JSON.stringify(a.scale),
        a.riskLevel,
        a.scale.indexOf(a.riskLevel) + 1,
        JSON.stringify(a.factors),
        a.assessedBy,
        a.assessedAt,
        event.metadata.recordedAt,
      ],
    );
  }
}
