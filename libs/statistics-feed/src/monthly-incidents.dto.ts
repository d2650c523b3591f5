import { ApiProperty } from '@nestjs/swagger';

/** A code of the incident register's integration contract (lower-case, hyphenated). */
const code = (example: string) => ({ type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$', example }) as const;

/** Counted incidents of one month, area, kind and target group; never an incident, person or free text. */
export class MonthlyIncidentCountDto {
  @ApiProperty({ type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2026-03', description: 'month of occurrence, Danish time' }) month: string;
  @ApiProperty(code('hovedstaden')) area: string;
  @ApiProperty(code('violence')) kind: string;
  @ApiProperty(code('staff-on-duty')) target: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'counted incidents (duplicates and not-reportable ones left out)' }) incidents: number;
}
