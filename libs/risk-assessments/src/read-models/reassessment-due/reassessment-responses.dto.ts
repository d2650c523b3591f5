import { ApiProperty } from '@nestjs/swagger';
import { PERSON_ROLES } from '../../domain/risk-case.vocabulary';
import { DUE_REASONS, instant, uuid } from '../risk-case-responses.dto';
import { DueReassessment } from './reassessment-due.queries';

const STANDINGS: readonly DueReassessment['standing'][] = ['escalated', 'overdue', 'due-soon', 'scheduled'];

/** One case's next reassessment; names no person, only case and role. */
export class DueReassessmentDto {
  @ApiProperty(uuid) caseId: string;
  @ApiProperty({ enum: PERSON_ROLES }) personRole: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'high', description: 'of the latest assessment' }) latestRiskLevel: string | null;
  @ApiProperty(instant) dueAt: string;
  @ApiProperty({ enum: DUE_REASONS }) dueReason: string;
  @ApiProperty({ enum: STANDINGS, description: 'overdue and escalated count from the due time, whether or not the workflow has recorded it yet' })
  standing: string;
  @ApiProperty({ description: 'the workflow recorded it as overdue' }) overdueRecorded: boolean;
  @ApiProperty() escalated: boolean;
}

export class ReassessmentPageDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'reassessments matching the filters, on every page' }) total: number;
  @ApiProperty({ type: [DueReassessmentDto], description: 'earliest due first' }) items: DueReassessmentDto[];
  @ApiProperty({ ...instant, description: 'the moment standings were judged at' }) asOf: string;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}
