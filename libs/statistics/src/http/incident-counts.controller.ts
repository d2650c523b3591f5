import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { RequestValidationException } from '@vigil/http-problems';
import { figuresArea, Principal, SignedIn } from '@vigil/identity';
import { SERVICE_AREA_CODES, INCIDENT_KIND_CODES } from '@vigil/integration-contracts';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { GetIncidentCounts } from '../figures/incident-counts.query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const KINDS = new RegExp(`^(${INCIDENT_KIND_CODES.join('|')})(,(${INCIDENT_KIND_CODES.join('|')}))*$`);

/** What the counts say, in every answer. */
export const COUNTS_ARE_REGISTRATIONS =
  'Counts of incidents registered in the register and counted now (not duplicates, not marked not reportable), by the month they occurred: ' +
  'registrations, not incidence. More reporting raises them as much as more incidents do, and recent months may still grow with late registrations.';

export class IncidentCountsQuery {
  @ApiPropertyOptional({
    example: 'violence,threat',
    description: `incident kinds, comma-separated (${INCIDENT_KIND_CODES.join(', ')}); every kind when left out`,
  })
  @IsOptional()
  @Matches(KINDS, { message: `kinds must list incident kinds from ${INCIDENT_KIND_CODES.join(', ')}, comma-separated` })
  kinds?: string;

  @ApiPropertyOptional({ enum: SERVICE_AREA_CODES, description: "one area's incidents; an area-scoped reader gets their own area's" })
  @IsOptional()
  @IsIn(SERVICE_AREA_CODES, { message: `area must be one of ${SERVICE_AREA_CODES.join(', ')}` })
  area?: string;

  @ApiPropertyOptional({ example: 'nyborg', description: "one institution's incidents, or off-duty for those outside any institution" })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,60}$/, { message: 'institution must be an institution code such as nyborg' })
  institution?: string;

  @ApiProperty({ example: '2025-01', description: 'the first month' })
  @Matches(MONTH, { message: 'from must be a month such as 2025-01' })
  from!: string;

  @ApiProperty({ example: '2025-12', description: 'the last month, included' })
  @Matches(MONTH, { message: 'to must be a month such as 2025-12' })
  to!: string;
}

class MonthCountAnswer {
  @ApiProperty({ example: '2025-03' }) month!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
}

export class IncidentCountsAnswer {
  @ApiProperty({ type: [String], description: 'the kinds counted' }) kinds!: string[];
  @ApiProperty({ type: 'string', nullable: true }) area!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) institution!: string | null;
  @ApiProperty({ example: '2025-01' }) from!: string;
  @ApiProperty({ example: '2025-12' }) to!: string;
  @ApiProperty({ enum: ['registrations'] }) counting!: string;
  @ApiProperty({ description: 'what the counts are and are not' }) note!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: [MonthCountAnswer], description: 'every month of the span, zero where none' }) months!: MonthCountAnswer[];
}

/** Registered incidents month by month, under no indicator definition: the count other contexts ask for by contract. */
@ApiTags('statistics')
@Controller('statistics')
export class IncidentCountsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('incident-counts')
  @ApiOperation({ summary: 'Incidents registered and counted now, by the month they occurred, for given kinds, area or institution and months' })
  @ApiOkResponse({ type: IncidentCountsAnswer })
  async counts(@SignedIn() reader: Principal, @Query() query: IncidentCountsQuery): Promise<IncidentCountsAnswer> {
    if (query.from > query.to) throw new RequestValidationException([{ field: 'from', message: `from (${query.from}) is after to (${query.to})` }]);
    const span = (Number(query.to.slice(0, 4)) - Number(query.from.slice(0, 4))) * 12 + Number(query.to.slice(5)) - Number(query.from.slice(5));
    if (span >= 120) throw new RequestValidationException([{ field: 'from', message: 'at most 120 months at a time' }]);
    const area = figuresArea(reader, query.area);
    const kinds = query.kinds ? [...new Set(query.kinds.split(','))] : [...INCIDENT_KIND_CODES];
    const months = await this.queries.execute(
      new GetIncidentCounts({
        kinds,
        ...(area === undefined ? {} : { area: area ?? '-' }),
        ...(query.institution ? { institution: query.institution } : {}),
        from: query.from,
        to: query.to,
      }),
    );
    return {
      kinds,
      area: area ?? null,
      institution: query.institution ?? null,
      from: query.from,
      to: query.to,
      counting: 'registrations',
      note: COUNTS_ARE_REGISTRATIONS,
      total: months.reduce((sum, m) => sum + m.count, 0),
      months,
    };
  }
}
