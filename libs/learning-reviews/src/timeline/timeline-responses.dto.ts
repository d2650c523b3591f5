import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVIEW_KINDS } from '../domain/review.vocabulary';
import { STEP_VERDICTS, TIMELINE_SOURCES } from './subject-records.port';

const uuid = { type: 'string', format: 'uuid' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const REVIEW_STATUSES = ['required', 'draft', 'agreed', 'published'] as const;

/** What the review is about, as it was started. */
export class ReviewSubjectAnswer {
  @ApiProperty({ enum: ['incidents', 'theme', 'activation'] }) type!: string;
  @ApiPropertyOptional({ type: [String], description: 'incidents and theme: the incident ids' }) incidentIds?: string[];
  @ApiPropertyOptional({ description: 'theme: what the theme is' }) description?: string;
  @ApiPropertyOptional({ ...uuid, description: 'activation: the crisis activation or exercise' }) activationId?: string;
  @ApiPropertyOptional({ description: 'activation: an exercise ("øvelse")' }) exercise?: boolean;
  @ApiPropertyOptional({ description: "activation: the evaluation's reference the review picks up" }) evaluationReference?: string;
}

/** One recorded event of the subject, in words, flagged when the reviewers marked it. */
export class TimelineEntryAnswer {
  @ApiProperty({ ...uuid, description: 'the recorded event: what a marked moment, finding or factor points at' }) eventId!: string;
  @ApiProperty({ ...instant, description: 'when the store recorded it (the order of the timeline)' }) at!: string;
  @ApiPropertyOptional({ ...instant, description: "when it happened, where the record says (incident time, a step's completion, a decision's time)" })
  occurredAt?: string;
  @ApiProperty({ enum: TIMELINE_SOURCES }) source!: string;
  @ApiProperty({ ...uuid, description: 'the incident, action-card run or activation the event belongs to' }) recordId!: string;
  @ApiProperty({ example: 'Reclassified from threat to harassment', description: 'one line in words, from the record' }) what!: string;
  @ApiPropertyOptional({ description: "the record's own account: a reason, a decision's rationale and legal basis, a step's note" }) detail?: string;
  @ApiProperty({ example: 'ST-7K3Q9P', description: 'who recorded it: a pseudonymous reference' }) actor!: string;
  @ApiPropertyOptional({ enum: STEP_VERDICTS, description: 'an action-card step done or skipped: by its deadline or after it' }) verdict?: string;
  @ApiProperty({ description: 'the reviewers marked this moment' }) marked!: boolean;
  @ApiPropertyOptional({ description: "the reviewers' note on a marked moment" }) why?: string;
}

export class ReviewTimelineAnswer {
  @ApiProperty(uuid) reviewId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: "the review stream's revision the marks were read at" }) revision!: number;
  @ApiProperty({ enum: REVIEW_KINDS }) kind!: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: ReviewSubjectAnswer }) subject!: ReviewSubjectAnswer;
  @ApiProperty({ ...instant, description: 'when this timeline was assembled from the record' }) assembledAt!: string;
  @ApiProperty({ type: [TimelineEntryAnswer], description: 'every recorded event of the subject, oldest first' }) entries!: TimelineEntryAnswer[];
  @ApiProperty({ type: 'integer', minimum: 0 }) markedCount!: number;
  @ApiProperty({ type: [String], description: "marked moments whose event is not in the subject's record" }) unmatchedMoments!: string[];
}

/** The review of an activation, if one exists: what the crisis page links to. */
export class ActivationReviewAnswer {
  @ApiProperty(uuid) activationId!: string;
  @ApiProperty({ ...uuid, nullable: true, description: 'null when no review of the activation exists' }) reviewId!: string | null;
  @ApiProperty({ type: 'string', enum: REVIEW_STATUSES, nullable: true }) status!: string | null;
  @ApiProperty({ type: 'string', enum: REVIEW_KINDS, nullable: true }) kind!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) title!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'how many reviews of this activation exist (the newest published one, else the newest, is named)' })
  count!: number;
}
