import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AccessExportDto, PersonRestrictionDto } from './data-protection-responses.dto';
import { Actor } from '@vigil/actors';
import { CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import { RequestValidationException } from '@vigil/http-problems';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DataProtectionError } from '../domain/data-protection.errors';
import { RecordDirectory } from '../records/record-directory';
import { ChangeRestrictionCommand } from '../restriction/restriction.handler';
import { ReasonDto } from './data-protection.dto';

const REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;

function refParam(ref: string): string {
  if (!REF.test(ref)) throw new RequestValidationException([{ field: 'ref', message: 'ref must be a pseudonymous reference such as ST-7K3Q9P' }]);
  return ref;
}

/** A person's access request: everything held about a pseudonymous reference, in one file; and restricting it all. */
@ApiTags('data-protection')
@Controller('data-protection/people/:ref')
export class AccessRequestController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: RecordDirectory,
    private readonly dataSource: DataSource,
  ) {}

  @Get('export')
  @ApiOperation({ summary: 'Everything held about a pseudonymous reference, as one JSON file: the records naming it, their events, the reads it made' })
  @ApiOkResponse({ type: AccessExportDto })
  @ApiParam({ name: 'ref', example: 'ST-7K3Q9P' })
  async export(@Param('ref') raw: string, @Res({ passthrough: true }) response: Response) {
    const ref = refParam(raw);
    const records = await this.records.naming(ref);
    const events: { stream_id: string; type: string; data: object; metadata: object; recorded_at: Date }[] = records.length
      ? await this.dataSource.query(
          `SELECT stream_id, type, data, metadata, recorded_at FROM event_store.events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_revision`,
          [records.map((r) => r.subject)],
        )
      : [];
    const reads: { resource: string; view: string; read_at: Date }[] = await this.dataSource.query(
      'SELECT resource, view, read_at FROM access_log WHERE actor = $1 ORDER BY read_at',
      [ref],
    );
    response.setHeader('Content-Disposition', `attachment; filename="access-request-${ref}.json"`);
    return {
      person: ref,
      records: records.map((r) => ({
        record: r.subject,
        recordType: r.recordType,
        events: events
          .filter((e) => e.stream_id === r.subject)
          .map((e) => ({ type: e.type, recordedAt: new Date(e.recorded_at).toISOString(), data: e.data, by: (e.metadata as { actor: string }).actor })),
      })),
      readsMade: reads.map((r) => ({ resource: r.resource, view: r.view, readAt: new Date(r.read_at).toISOString() })),
    };
  }

  @Post('restriction')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restrict every record naming the person until a decision: only auditors read their personal texts' })
  @ApiOkResponse({ type: PersonRestrictionDto })
  @ApiParam({ name: 'ref', example: 'ST-7K3Q9P' })
  async restrict(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('ref') raw: string, @Body() body: ReasonDto) {
    const ref = refParam(raw);
    const records = await this.records.naming(ref);
    let restricted = 0;
    for (const record of records) {
      try {
        await this.commands.execute(
          new ChangeRestrictionCommand({ subject: record.subject, restrict: true, reason: body.reason, actor }, commandMeta(actor, request)),
        );
        restricted++;
      } catch (error) {
        if (!(error instanceof DataProtectionError && error.code === 'already-restricted')) throw error;
      }
    }
    return { records: records.length, restricted };
  }
}
