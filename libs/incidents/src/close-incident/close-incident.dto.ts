import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { INCIDENT_KINDS, TARGET_GROUPS } from '../domain/incident.vocabulary';
import { IncidentChangeCommandDto } from '../command-handling/incident-dto-parts';

export class CloseIncidentDto extends IncidentChangeCommandDto {
  @ApiProperty({ example: 'handled; follow-up conversation held' }) @IsString() @Matches(/\S/, { message: 'outcome must not be blank' }) @MaxLength(2000)
  outcome: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  reason?: string;
}
