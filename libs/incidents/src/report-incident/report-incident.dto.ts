import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  INCIDENT_KINDS,
  IncidentKind,
  PERPETRATOR_TYPES,
  PerpetratorType,
  SEVERITIES,
  Severity,
  TARGET_GROUPS,
  TargetGroup,
} from '../domain/incident.vocabulary';
import { ReportIncident } from './report-incident.decide';
import { InjuriesDto, InvolvedPersonDto, LocationDto } from '../command-handling/incident-dto-parts';
import { toDomainLocation } from '../command-handling/location-check';

export class ReportIncidentDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out' })
  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @ApiProperty({ enum: INCIDENT_KINDS })
  @IsIn(INCIDENT_KINDS)
  kind: IncidentKind;

  @ApiProperty({ enum: TARGET_GROUPS, description: 'who was targeted' })
  @IsIn(TARGET_GROUPS)
  target: TargetGroup;

  @ApiProperty({ enum: PERPETRATOR_TYPES, description: 'who acted' })
  @IsIn(PERPETRATOR_TYPES)
  perpetrator: PerpetratorType;

  @ApiProperty({ type: LocationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocationDto)
  location: LocationDto;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiProperty({ type: InjuriesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => InjuriesDto)
  injuries: InjuriesDto;

  @ApiProperty({ example: '2026-03-14T21:30:00+01:00', description: 'when it occurred; may be long before it is recorded' })
  @IsISO8601({ strict: true })
  occurredAt: string;

  @ApiProperty({ description: 'what happened; name people only by pseudonymous reference' })
  @IsString()
  @Matches(/\S/, { message: 'description must not be blank' })
  @MaxLength(10_000)
  description: string;

  @ApiProperty({ type: [InvolvedPersonDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InvolvedPersonDto)
  involved: InvolvedPersonDto[];

  /** The command this request asks for, under the id the controller settled on. */
  toCommand(incidentId: string, actor: string): ReportIncident {
    const { kind, target, perpetrator, severity, injuries, involved } = this;
    const facts = { kind, target, perpetrator, severity, injuries: { physical: injuries.physical, psychological: injuries.psychological } };
    return {
      incidentId,
      actor,
      ...facts,
      location: toDomainLocation(this.location),
      occurredAt: new Date(this.occurredAt).toISOString(),
      description: this.description.trim(),
      involved: involved.map(({ ref, role }) => ({ ref, role })),
    };
  }
}
