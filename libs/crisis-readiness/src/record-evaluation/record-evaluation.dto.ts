import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { CrisisChangeCommandDto, StaffRef, Text } from '../command-handling/dto-parts';
import { POINT_KINDS, PointKind, RISK_CLASSES, RiskClass } from '../domain/crisis.vocabulary';
import { RecordEvaluation } from './record-evaluation.decide';

export class FollowUpDto {
  @ApiProperty({ example: 'Repeater monteres i kælderen' })
  @Text(1000)
  action: string;

  @ApiPropertyOptional({ example: 'ST-9X1L5V' })
  @IsOptional()
  @StaffRef()
  owner?: string;

  @ApiPropertyOptional({ example: '2026-05-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBy?: string;
}

export class EvaluationPointDto {
  @ApiProperty({ enum: POINT_KINDS })
  @IsIn(POINT_KINDS)
  kind: PointKind;

  @ApiProperty({ enum: RISK_CLASSES, description: 'organisational, static/technological or dynamic/human' })
  @IsIn(RISK_CLASSES)
  riskClass: RiskClass;

  @ApiProperty()
  @Text(2000)
  description: string;

  @ApiPropertyOptional({ type: [FollowUpDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FollowUpDto)
  followUps?: FollowUpDto[];
}

export class RecordEvaluationDto extends CrisisChangeCommandDto {
  @ApiProperty()
  @Text()
  summary: string;

  @ApiProperty({ type: [EvaluationPointDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EvaluationPointDto)
  points: EvaluationPointDto[];

  toCommand(activationId: string, referenceId: string, actor: string): RecordEvaluation {
    return { activationId, referenceId, summary: this.summary, points: this.points, actor };
  }
}
