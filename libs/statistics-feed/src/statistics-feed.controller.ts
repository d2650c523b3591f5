import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { figuresArea, Principal, SignedIn } from '@vigil/identity';
import { DataSource } from 'typeorm';
import { MonthlyIncidentCountDto } from './monthly-incidents.dto';
import { monthlyIncidentCounts, MonthlyIncidentCount } from './monthly-incidents.query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const AREA = /^[a-z0-9-]{2,60}$/;

/** Aggregates only: no incident, person or free text leaves through here. */
@ApiTags('statistics feed')
@Controller('statistics-feed')
export class StatisticsFeedController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('incidents/monthly')
  @ApiOperation({ summary: 'Counted incidents per month, area, kind and target group, from the statistics service own read model' })
  @ApiQuery({ name: 'from', description: 'the first month, YYYY-MM', schema: { type: 'string', pattern: MONTH.source, example: '2026-01' } })
  @ApiQuery({ name: 'to', description: 'the last month, YYYY-MM, included', schema: { type: 'string', pattern: MONTH.source, example: '2026-12' } })
  @ApiQuery({
    name: 'area',
    required: false,
    description: "one area's figures; refused for an area outside the reader's unit",
    schema: { type: 'string', pattern: AREA.source, example: 'syddanmark' },
  })
  @ApiOkResponse({ type: MonthlyIncidentCountDto, isArray: true, description: 'One row per month, area, kind and target with any counted incident' })
  async monthly(
    @SignedIn() reader: Principal,
    @Query('from') from: string,
    @Query('to') to: string,
    @Query('area') asked?: string,
  ): Promise<MonthlyIncidentCount[]> {
    if (asked !== undefined && !AREA.test(asked)) throw new BadRequestException(`area must be an area such as syddanmark, got ${JSON.stringify(asked)}`);
    for (const [name, value] of Object.entries({ from, to })) {
      if (!value || !MONTH.test(value)) throw new BadRequestException(`${name} must be a month as YYYY-MM, got ${JSON.stringify(value ?? null)}`);
    }
    if (from > to) throw new BadRequestException(`from (${from}) is after to (${to})`);
    const area = figuresArea(reader, asked);
    const rows = await monthlyIncidentCounts(this.dataSource.manager, from, to);
    return area === undefined ? rows : rows.filter((row) => row.area === area);
  }
}
