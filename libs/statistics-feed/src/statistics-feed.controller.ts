import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { hasRole, Principal, SignedIn } from '@vigil/identity';
import { findInstitution } from '@vigil/organisation';
import { DataSource } from 'typeorm';
import { MonthlyIncidentCountDto } from './monthly-incidents.dto';
import { monthlyIncidentCounts, MonthlyIncidentCount } from './monthly-incidents.query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Aggregates only: no incident, person or free text leaves through here. */
@ApiTags('statistics feed')
@Controller('statistics-feed')
export class StatisticsFeedController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('incidents/monthly')
  @ApiOperation({ summary: 'Counted incidents per month, area, kind and target group, from the statistics service own read model' })
  @ApiQuery({ name: 'from', description: 'the first month, YYYY-MM', schema: { type: 'string', pattern: MONTH.source, example: '2026-01' } })
  @ApiQuery({ name: 'to', description: 'the last month, YYYY-MM, included', schema: { type: 'string', pattern: MONTH.source, example: '2026-12' } })
  @ApiOkResponse({ type: MonthlyIncidentCountDto, isArray: true, description: 'One row per month, area, kind and target with any counted incident' })
  async monthly(@SignedIn() reader: Principal, @Query('from') from: string, @Query('to') to: string): Promise<MonthlyIncidentCount[]> {
    for (const [name, value] of Object.entries({ from, to })) {
      if (!value || !MONTH.test(value)) throw new BadRequestException(`${name} must be a month as YYYY-MM, got ${JSON.stringify(value ?? null)}`);
    }
    if (from > to) throw new BadRequestException(`from (${from}) is after to (${to})`);
    const rows = await monthlyIncidentCounts(this.dataSource.manager, from, to);
    const area = areaOf(reader);
    return area === undefined ? rows : rows.filter((row) => row.area === area);
  }
}

/** The area whose figures a reader sees: every area for national readers and auditors (undefined), else their unit's. */
function areaOf(reader: Principal): string | null | undefined {
  if (hasRole(reader, 'auditor') || reader.unit.kind === 'national') return undefined;
  return reader.unit.kind === 'area' ? reader.unit.area : (findInstitution(reader.unit.institution)?.area ?? null);
}
