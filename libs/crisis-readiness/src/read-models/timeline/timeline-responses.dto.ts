import { ApiProperty } from '@nestjs/swagger';
import { ActivationDto, instant, uuid } from '../activations/activation-responses.dto';

/** One event of the activation: what, who, when and why. */
export class ActivationTimelineEntryDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty(uuid) eventId: string;
  @ApiProperty({ example: 'crisis-readiness.level-changed.v1' }) type: string;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty({ description: 'pseudonymous reference of who recorded it', example: 'ST-7K3Q9P' }) actor: string;
  @ApiProperty({
    description: "a one-line account of what it did, in the reader's language (Accept-Language)",
    example: 'Level raised from operational to tactical',
  })
  what: string;
  @ApiProperty({ type: 'string', nullable: true, description: "the event's own reason, rationale, correction reason, note or summary" }) why: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the event data as recorded' }) data: object;
}

/** The activation replayed from its own stream up to a moment. */
export class ActivationTimelineDto {
  @ApiProperty(uuid) activationId: string;
  @ApiProperty({ ...instant, description: 'the moment replayed to' }) at: string;
  @ApiProperty({ type: 'boolean', nullable: true, description: 'an exercise; null when nothing of it was recorded by then' }) exercise: boolean | null;
  @ApiProperty({ type: [ActivationTimelineEntryDto], description: 'the events recorded at or before `at`, in order' }) entries: ActivationTimelineEntryDto[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'events recorded after `at`' }) eventsRecordedSince: number;
  @ApiProperty({ type: ActivationDto, nullable: true, description: 'the state the events add up to at `at`' }) state: ActivationDto | null;
}
