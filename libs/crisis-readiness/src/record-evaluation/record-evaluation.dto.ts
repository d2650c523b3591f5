import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { StaffRef, Text } from '../command-handling/dto-parts';
import { CrisisChangeCommandDto } from '../command-handling/http-parts';
import { POINT_KINDS, RISK_CLASSES } from '../domain/crisis.vocabulary';

export class FollowUpDto {
  @ApiProperty({ example: 'Repeater monteres i kælderen' }) @Text(1000)
  action: string;

  @ApiPropertyOptional({ example: 'ST-9X1L5V' }) @IsOptional() @StaffRef()
  owner?: string;

  @ApiPropertyOptional({ example: '2026-05-01' }) @IsOptional() @IsISO8601({ strict: true })
  dueBy?: string;
}

export class EvaluationPointDto {
  @ApiProperty({ enum: POINT_KINDS }) @IsIn(POINT_KINDS)
  kind: string;

  @ApiProperty({ enum: RISK_CLASSES, description: 'organisational, static/technological or dynamic/human (003_…)' }) @IsIn(RISK_CLASSES)
  riskClass: string;

  @ApiProperty() @Text(2000)
  description: string;

  @ApiPropertyOptional({ type: [FollowUpDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => FollowUpDto)
  followUps?: FollowUpDto[];
}

export class RecordEvaluationDto extends CrisisChangeCommandDto {
  @ApiProperty() @Text()
  summary: string;

  @ApiProperty({ type: [EvaluationPointDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => EvaluationPointDto)
  points: EvaluationPointDto[];
}
