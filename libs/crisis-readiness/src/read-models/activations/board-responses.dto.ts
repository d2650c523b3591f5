import { ApiProperty, ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';
import { AREAS, CRISIS_LEVELS, SCENARIOS, SCOPE_KINDS } from '../../domain/crisis.vocabulary';
import { ACTIVATION_STATUSES, ActivationScopeDto, CommunicationEntryDto, CrisisRoleDto, DecisionEntryDto, instant, uuid } from './activation-responses.dto';

const EXERCISE = { description: 'an exercise ("øvelse")' } as const;

export class CrisisBoardPlanDto {
  @ApiProperty({ example: 'riot-institution' }) planId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SCENARIOS }) scenario: string;
}

export class BoardDecisionEntryDto extends DecisionEntryDto {
  @ApiProperty(EXERCISE) exercise: boolean;
}

export class BoardCommunicationEntryDto extends CommunicationEntryDto {
  @ApiProperty(EXERCISE) exercise: boolean;
}

/** The board's newest log entries, decisions and communications alike, told apart by `kind`. */
const LATEST_ENTRIES: ApiPropertyOptions = {
  type: 'array',
  description: 'the three latest log entries, newest first',
  items: {
    oneOf: [{ $ref: getSchemaPath(BoardDecisionEntryDto) }, { $ref: getSchemaPath(BoardCommunicationEntryDto) }],
    discriminator: {
      propertyName: 'kind',
      mapping: { decision: getSchemaPath(BoardDecisionEntryDto), communication: getSchemaPath(BoardCommunicationEntryDto) },
    },
  },
};

/** One active activation on the crisis board. */
export class CrisisBoardRowDto {
  @ApiProperty(uuid) activationId: string;
  @ApiProperty(EXERCISE) exercise: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ enum: CRISIS_LEVELS }) level: string;
  @ApiProperty({ type: CrisisBoardPlanDto }) plan: CrisisBoardPlanDto;
  @ApiProperty({ type: ActivationScopeDto }) scope: ActivationScopeDto;
  @ApiProperty(instant) activatedAt: string;
  @ApiProperty({ type: [CrisisRoleDto] }) roles: CrisisRoleDto[];
  @ApiProperty(LATEST_ENTRIES) latestEntries: (BoardDecisionEntryDto | BoardCommunicationEntryDto)[];
}

export class CrisisBoardDto {
  @ApiProperty({ type: [CrisisBoardRowDto], description: 'highest level first, then the earliest activated' }) items: CrisisBoardRowDto[];
}

export class ActivationListItemDto {
  @ApiProperty(uuid) activationId: string;
  @ApiProperty(EXERCISE) exercise: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ enum: ACTIVATION_STATUSES }) status: string;
  @ApiProperty({ enum: CRISIS_LEVELS }) level: string;
  @ApiProperty({ example: 'riot-institution' }) planId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) planVersion: number;
  @ApiProperty({ enum: SCENARIOS }) scenario: string;
  @ApiProperty({ description: "the plan's title" }) title: string;
  @ApiProperty({ enum: SCOPE_KINDS }) scopeKind: string;
  @ApiProperty({ enum: AREAS, nullable: true }) area: string | null;
  @ApiProperty({ type: 'string', nullable: true }) institution: string | null;
  @ApiProperty({ type: 'string', nullable: true }) unit: string | null;
  @ApiProperty(instant) activatedAt: string;
  @ApiProperty({ ...instant, nullable: true }) stoodDownAt: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'decisions logged, corrections included' }) decisions: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'communications logged, corrections included' }) communications: number;
}

export class ActivationListDto {
  @ApiProperty({ type: [ActivationListItemDto], description: 'newest first, at most 200' }) items: ActivationListItemDto[];
}
