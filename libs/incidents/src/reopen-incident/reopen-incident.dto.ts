import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { INCIDENT_KINDS, TARGET_GROUPS } from '../domain/incident.vocabulary';
import { ReasonedChangeDto } from '../command-handling/incident-dto-parts';

export class ReopenIncidentDto extends ReasonedChangeDto {
}
