import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { DataSource } from 'typeorm';
import { AccessLogPageDto, AccessLogQuery } from './access-log.query';

/** The access log, for auditors: who read which record, through which view, when, and under which roles and unit. */
@ApiTags('access-log')
@Controller('access-log')
export class AccessLogController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Reads of sensitive records, newest first, by person, record and period (auditors only; this read is on record too)' })
  @ApiOkResponse({ type: AccessLogPageDto })
  async list(@Actor() _auditor: string, @Query() query: AccessLogQuery): Promise<AccessLogPageDto> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => where.push(sql.replace('?', `$${values.push(value)}`));
    if (query.actor) add('actor = ?', query.actor);
    if (query.resource) add("resource LIKE ? || '%'", query.resource.replace(/[%_\\]/g, '\\$&'));
    if (query.from) add('read_at >= ?', query.from);
    if (query.to) add('read_at < ?', query.to);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM access_log ${filter}`, values);
    const entries = await this.dataSource.query(
      `SELECT id::int, actor, resource, view, read_at AS "readAt", roles, unit FROM access_log ${filter}
        ORDER BY read_at DESC, id DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.limit, query.offset],
    );
    return { entries, total, limit: query.limit, offset: query.offset };
  }
}
