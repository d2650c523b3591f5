import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ErasureReportDto, RetentionRulesViewDto, SweepResultDto } from './data-protection-responses.dto';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RetentionSweep } from '../retention/retention-sweep';
import { PublishRetentionRulesCommand } from '../retention-rules/publish-retention-rules.handler';
import { RetentionRulesDto } from './data-protection.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The retention rules as versioned data, a sweep on demand, and the report of what was erased when and why. */
@ApiTags('data-protection')
@Controller('data-protection')
export class RetentionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly sweep: RetentionSweep,
    private readonly dataSource: DataSource,
  ) {}

  @Get('retention-rules')
  @ApiOperation({ summary: 'The retention rules in force: per type of record, its period and the event it counts from' })
  @ApiOkResponse({ type: RetentionRulesViewDto })
  async rules() {
    return this.sweep.rules();
  }

  @Post('retention-rules')
  @ApiOperation({ summary: 'Publish a new version of the retention rules (the same rules again record nothing)' })
  @ApiCommandAnswer(201, 'Recorded as a new version.', {})
  async publish(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: RetentionRulesDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const rules = body.rules.map((r) => ({ ...r }));
    const outcome = await this.commands.execute(
      new PublishRetentionRulesCommand({ rules, reason: body.reason, actor }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { version: outcome.state.version });
  }

  @Post('retention/sweeps')
  @HttpCode(200)
  @ApiOperation({ summary: 'Erase now what has passed its retention period (the worker does this every hour)' })
  @ApiOkResponse({ type: SweepResultDto })
  async sweepNow() {
    return this.sweep.sweep();
  }

  @Get('erasures')
  @ApiOperation({ summary: 'What was erased, when, by whom and under which rule or decision' })
  @ApiOkResponse({ type: ErasureReportDto })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-12-31' })
  async erasures(@Query('from') from?: string, @Query('to') to?: string) {
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== undefined && !DAY.test(value)) throw new RequestValidationException([{ field, message: `${field} must be a day such as 2026-01-31` }]);
    }
    const rows: { subject: string; record_type: string; basis: object; erased_by: string; erased_at: Date }[] = await this.dataSource.query(
      `SELECT subject, record_type, basis, erased_by, erased_at FROM data_protection_erasures
        WHERE ($1::date IS NULL OR erased_at >= $1::date) AND ($2::date IS NULL OR erased_at < $2::date + 1)
        ORDER BY erased_at, subject`,
      [from ?? null, to ?? null],
    );
    const byType = new Map<string, number>();
    rows.forEach((r) => byType.set(r.record_type, (byType.get(r.record_type) ?? 0) + 1));
    return {
      total: rows.length,
      byRecordType: Object.fromEntries(byType),
      erasures: rows.map((r) => ({
        record: r.subject,
        recordType: r.record_type,
        basis: r.basis,
        erasedBy: r.erased_by,
        erasedAt: new Date(r.erased_at).toISOString(),
      })),
    };
  }
}
