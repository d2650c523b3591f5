import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { FACTOR_CLASSES, FINDING_KINDS, PARTICIPANT_ROLES, REVIEW_KINDS, ReviewKind, ReviewSubject, SIGN_OFF_ROLES } from '../domain/review.vocabulary';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class StartReviewDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out' })
  @IsOptional()
  @IsUUID()
  reviewId?: string;

  @ApiProperty({ enum: REVIEW_KINDS, description: 'huddle, after-action (expected / happened / why / keep and change), full, thematic' })
  @IsIn(REVIEW_KINDS)
  kind!: ReviewKind;

  @ApiProperty({
    description:
      'incidents: { type: "incidents", incidentIds }; a theme: { type: "theme", description, incidentIds }; a crisis activation or exercise: { type: "activation", activationId, exercise }',
    example: { type: 'incidents', incidentIds: ['5c0b1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4'] },
  })
  @IsObject()
  subject!: ReviewSubject;

  @ApiProperty({ example: 'Vold mod betjent ved visitation, afdeling B' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ example: '2026-12-31', description: 'the day it should be published by' })
  @Matches(DAY, { message: 'dueOn must be a day such as 2026-12-31' })
  dueOn!: string;

  @ApiPropertyOptional({ example: 'area:syddanmark', description: "the unit it belongs to; the starter's unit when left out" })
  @IsOptional()
  @Matches(/^(national|(area|institution):[a-z0-9-]{2,60})$/, { message: 'unit must be national, area:<area> or institution:<institution>' })
  unit?: string;
}

export class ParticipantDto extends ChangeCommandDto {
  @ApiProperty({ example: 'ST-7K3Q9P', description: 'a pseudonymous reference, never a name' })
  @IsString()
  ref!: string;

  @ApiProperty({ enum: PARTICIPANT_ROLES })
  @IsIn(PARTICIPANT_ROLES)
  role!: string;
}

export class MomentDto extends ChangeCommandDto {
  @ApiProperty({ format: 'uuid', description: 'the recorded event (from the assembled timeline)' })
  @IsUUID()
  eventId!: string;

  @ApiProperty({ example: 'The alarm was raised four minutes after the first blow' })
  @IsString()
  @Length(3, 500)
  why!: string;
}

export class FindingDto extends ChangeCommandDto {
  @ApiProperty({ enum: FINDING_KINDS })
  @IsIn(FINDING_KINDS)
  kind!: string;

  @ApiProperty({ enum: FACTOR_CLASSES, description: 'organisational, static (physical/technical) or dynamic (human/relational)' })
  @IsIn(FACTOR_CLASSES)
  class!: string;

  @ApiProperty()
  @IsString()
  @Length(3, 4000)
  text!: string;

  @ApiProperty({ type: [String], description: 'the recorded events it rests on' })
  @IsArray()
  @IsUUID('all', { each: true })
  evidence!: string[];
}

export class FactorDto extends ChangeCommandDto {
  @ApiProperty({ enum: FACTOR_CLASSES })
  @IsIn(FACTOR_CLASSES)
  class!: string;

  @ApiProperty()
  @IsString()
  @Length(3, 4000)
  text!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsUUID('all', { each: true })
  evidence!: string[];
}

export class ReasonDto extends ChangeCommandDto {
  @ApiProperty()
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

export class TextDto extends ChangeCommandDto {
  @ApiProperty()
  @IsString()
  @Length(1, 20000)
  text!: string;
}

export class SignOffDto extends ChangeCommandDto {
  @ApiProperty({ enum: SIGN_OFF_ROLES, description: 'which side of the partnership you sign for' })
  @IsIn(SIGN_OFF_ROLES)
  as!: string;
}
