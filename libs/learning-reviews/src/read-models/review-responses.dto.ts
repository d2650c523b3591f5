import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  FACTOR_CLASSES,
  FINDING_KINDS,
  HORIZONS,
  PARTICIPANT_ROLES,
  RESPONSES,
  REVIEW_KINDS,
  SIGN_OFF_ROLES,
} from '../domain/review.vocabulary';
import { REVIEW_STATUSES } from './review-queries.dto';

export const uuid = { type: 'string', format: 'uuid' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const day = { type: 'string', format: 'date', example: '2026-06-30' } as const;
const ref = { type: 'string', pattern: '^[A-Z]{2,4}-[0-9A-Z]{4,12}$', example: 'ST-7K3Q9P' } as const;
const SUBJECT_TYPES = ['incidents', 'theme', 'activation'];

/** Which deadlines the workflow recorded as missed, and which it escalated. */
export class ReviewDeadlinesDto {
  @ApiProperty() startOverdue: boolean;
  @ApiProperty() finishOverdue: boolean;
  @ApiProperty() startEscalated: boolean;
  @ApiProperty() finishEscalated: boolean;
}

/** One review as the list shows it. */
export class ReviewRowDto {
  @ApiProperty(uuid) reviewId: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ enum: REVIEW_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SUBJECT_TYPES }) subjectType: string;
  @ApiProperty({ type: 'string', format: 'uuid', isArray: true, description: 'the incidents reviewed (none for an activation)' }) incidentIds: string[];
  @ApiProperty({ ...uuid, nullable: true }) activationId: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'institution:nyborg', description: 'null while a required review has no unit' }) unit: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'syddanmark' }) area: string | null;
  @ApiProperty({ enum: REVIEW_STATUSES }) status: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'the policy rule that required it' }) policyRule: string | null;
  @ApiProperty({ ...day, nullable: true, description: 'required reviews: the day to start by' }) startBy: string | null;
  @ApiProperty({ ...day, nullable: true, description: 'the day to publish by' }) dueOn: string | null;
  @ApiProperty({ description: 'overdue now: to start, or to publish' }) overdue: boolean;
  @ApiProperty({ type: ReviewDeadlinesDto }) deadlines: ReviewDeadlinesDto;
  @ApiProperty({ type: 'integer', minimum: 0 }) findings: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) factors: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) actionsOpen: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) actionsOverdue: number;
  @ApiProperty({ enum: SIGN_OFF_ROLES, isArray: true, description: 'the sides that have signed off' }) signedOff: string[];
  @ApiProperty(instant) createdAt: string;
  @ApiProperty({ ...instant, nullable: true }) publishedAt: string | null;
  @ApiProperty(instant) updatedAt: string;
}

export class ReviewPageDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'reviews matching the filters, on every page' }) total: number;
  @ApiProperty({ type: [ReviewRowDto], description: 'newest due day first' }) items: ReviewRowDto[];
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class ReviewSubjectDto {
  @ApiProperty({ enum: SUBJECT_TYPES }) type: string;
  @ApiProperty({ type: 'string', format: 'uuid', isArray: true, required: false }) incidentIds?: string[];
  @ApiProperty({ required: false, description: 'a theme: what ties the incidents together' }) description?: string;
  @ApiProperty({ ...uuid, required: false }) activationId?: string;
  @ApiProperty({ required: false }) exercise?: boolean;
  @ApiProperty({ required: false }) evaluationReference?: string;
}

export class PolicyRefDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ example: 'hospitalised-full-review' }) rule: string;
}

export class ParticipantDto {
  @ApiProperty(ref) ref: string;
  @ApiProperty({ enum: PARTICIPANT_ROLES }) role: string;
}

export class MomentDto {
  @ApiProperty({ ...uuid, description: 'the recorded event' }) eventId: string;
  @ApiProperty() why: string;
}

export class FindingDto {
  @ApiProperty(uuid) findingId: string;
  @ApiProperty({ enum: FINDING_KINDS }) kind: string;
  @ApiProperty({ enum: FACTOR_CLASSES }) class: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'string', format: 'uuid', isArray: true }) evidence: string[];
  @ApiProperty({ description: 'taken back while drafting; kept in the history' }) withdrawn: boolean;
}

export class FactorDto {
  @ApiProperty(uuid) factorId: string;
  @ApiProperty({ enum: FACTOR_CLASSES }) class: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'string', format: 'uuid', isArray: true }) evidence: string[];
  @ApiProperty() withdrawn: boolean;
}

export class InterventionRefDto {
  @ApiProperty({ type: 'string', nullable: true, description: 'from the catalogue; null for a proposed one' }) interventionId: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) catalogueVersion: number | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the catalogue's title, or the proposed one" }) title: string | null;
  @ApiProperty({ enum: FACTOR_CLASSES, nullable: true }) category: string | null;
  @ApiProperty({ enum: HORIZONS, nullable: true }) horizon: string | null;
  @ApiProperty({ description: 'a new intervention, not from the catalogue' }) proposed: boolean;
  @ApiProperty({ description: 'proposed for the catalogue' }) toCatalogue: boolean;
}

export class ReviewActionDto {
  @ApiProperty(uuid) actionId: string;
  @ApiProperty() recommendation: string;
  @ApiProperty({ type: InterventionRefDto }) intervention: InterventionRefDto;
  @ApiProperty({ example: 'institution-manager' }) ownerRole: string;
  @ApiProperty({ example: 'institution:nyborg' }) unit: string;
  @ApiProperty(day) dueOn: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status: string;
  @ApiProperty({ enum: RESPONSES, nullable: true }) response: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty() escalated: boolean;
  @ApiProperty({ description: 'the same intervention (or proposed title) was recommended to the same unit in an earlier review' }) repeat: boolean;
  @ApiProperty({ ...instant, nullable: true }) startedAt: string | null;
  @ApiProperty({ ...instant, nullable: true }) doneAt: string | null;
}

export class SignOffAnswerDto {
  @ApiProperty({ enum: SIGN_OFF_ROLES }) as: string;
  @ApiProperty(ref) by: string;
}

export class AddendumDto {
  @ApiProperty(uuid) addendumId: string;
  @ApiProperty() text: string;
  @ApiProperty(ref) by: string;
  @ApiProperty(instant) addedAt: string;
}

/** The review in full, folded from its stream (never behind); ETag = revision. */
export class ReviewDetailDto {
  @ApiProperty(uuid) reviewId: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'also the ETag: send it as If-Match with a change' }) revision: number;
  @ApiProperty({ enum: REVIEW_STATUSES }) status: string;
  @ApiProperty({ enum: REVIEW_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: ReviewSubjectDto }) subject: ReviewSubjectDto;
  @ApiProperty({ type: 'string', nullable: true }) unit: string | null;
  @ApiProperty({ ...day, nullable: true }) startBy: string | null;
  @ApiProperty({ ...day, nullable: true }) dueOn: string | null;
  @ApiProperty({ description: 'overdue now: to start, or to publish' }) overdue: boolean;
  @ApiProperty({ type: ReviewDeadlinesDto }) deadlines: ReviewDeadlinesDto;
  @ApiProperty({ type: PolicyRefDto, nullable: true, description: 'the policy rule that required it' }) policy: PolicyRefDto | null;
  @ApiProperty({ type: [ParticipantDto] }) participants: ParticipantDto[];
  @ApiProperty({ type: [MomentDto] }) moments: MomentDto[];
  @ApiProperty({ type: [FindingDto] }) findings: FindingDto[];
  @ApiProperty({ type: [FactorDto] }) factors: FactorDto[];
  @ApiProperty({ description: 'empty until drafted' }) summary: string;
  @ApiProperty({ type: [ReviewActionDto] }) actions: ReviewActionDto[];
  @ApiProperty({ type: [SignOffAnswerDto] }) signOffs: SignOffAnswerDto[];
  @ApiProperty({ ...instant, nullable: true }) startedAt: string | null;
  @ApiProperty({ ...instant, nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: [AddendumDto], description: 'later learning, beside the published review' }) addenda: AddendumDto[];
}
