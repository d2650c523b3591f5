import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@vigil/http-commands';
import { IsIn, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { INCIDENT_KINDS, TARGET_GROUPS } from '../../domain/incident.vocabulary';
import { AREA_SLUGS } from '../../catalogue/areas';
import { INCIDENT_STATUSES } from '../../domain/incident.state';

/** Filters of the incident list; periods are half-open [from, to). */
export class ListIncidentsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: AREA_SLUGS })
  @IsOptional()
  @IsIn(AREA_SLUGS)
  area?: string;

  @ApiPropertyOptional({ example: 'nyborg' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{2,60}$/)
  institution?: string;

  @ApiPropertyOptional({ enum: INCIDENT_KINDS })
  @IsOptional()
  @IsIn(INCIDENT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOptional()
  @IsIn(TARGET_GROUPS)
  target?: string;

  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES)
  status?: string;

  @ApiPropertyOptional({ description: 'occurred at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredFrom?: string;

  @ApiPropertyOptional({ description: 'occurred before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredTo?: string;

  @ApiPropertyOptional({ description: 'recorded at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  recordedFrom?: string;

  @ApiPropertyOptional({ description: 'recorded before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  recordedTo?: string;
}

const FILTERS: [keyof ListIncidentsQuery, string][] = [
  ['area', 'area = $'],
  ['institution', 'institution = $'],
  ['kind', 'kind = $'],
  ['target', 'target = $'],
  ['status', 'status = $'],
  ['occurredFrom', 'occurred_at >= $'],
  ['occurredTo', 'occurred_at < $'],
  ['recordedFrom', 'recorded_at >= $'],
  ['recordedTo', 'recorded_at < $'],
];

/** WHERE clause and parameters for the given filters (only whitelisted columns). */
export function listFilter(query: ListIncidentsQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  for (const [key, clause] of FILTERS) {
    const value = query[key];
    if (value === undefined) continue;
    params.push(value);
    clauses.push(`${clause}${params.length}`);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
