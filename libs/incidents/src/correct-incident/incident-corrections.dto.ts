import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOmittable } from '@vigil/http-commands';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PERPETRATOR_TYPES, PerpetratorType, SEVERITIES, Severity } from '../domain/incident.vocabulary';
import { InjuriesDto, InvolvedPersonDto, LocationDto } from '../command-handling/incident-dto-parts';
import { toDomainLocation } from '../command-handling/location-check';

/** The facts that can be corrected; give only those that change. */
export class IncidentCorrectionsDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsISO8601({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({ type: LocationDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOmittable()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ type: InjuriesDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => InjuriesDto)
  injuries?: InjuriesDto;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Matches(/\S/, { message: 'description must not be blank' })
  @MaxLength(10_000)
  description?: string;

  @ApiPropertyOptional({ enum: PERPETRATOR_TYPES })
  @IsOmittable()
  @IsIn(PERPETRATOR_TYPES)
  perpetrator?: PerpetratorType;

  @ApiPropertyOptional({ type: [InvolvedPersonDto] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InvolvedPersonDto)
  involved?: InvolvedPersonDto[];
}

/** Normalises the DTO into the domain's corrections (ISO instants, domain locations, trimmed text). */
export function toCorrections(dto: IncidentCorrectionsDto): Record<string, unknown> {
  const corrections: Record<string, unknown> = {};
  if (dto.occurredAt !== undefined) corrections.occurredAt = new Date(dto.occurredAt).toISOString();
  if (dto.location !== undefined) corrections.location = toDomainLocation(dto.location);
  if (dto.severity !== undefined) corrections.severity = dto.severity;
  if (dto.injuries !== undefined) corrections.injuries = { physical: dto.injuries.physical, psychological: dto.injuries.psychological };
  if (dto.description !== undefined) corrections.description = dto.description.trim();
  if (dto.perpetrator !== undefined) corrections.perpetrator = dto.perpetrator;
  if (dto.involved !== undefined) corrections.involved = dto.involved.map((p) => ({ ref: p.ref, role: p.role }));
  return corrections;
}
