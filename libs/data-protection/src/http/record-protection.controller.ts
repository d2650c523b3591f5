import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordProtectionDto } from './data-protection-responses.dto';
import { Actor } from '@vigil/actors';
import { StreamCommand } from '@vigil/command-handling';
import { SubjectState } from '../domain/subject.state';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, slugParam, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EraseRecordCommand } from '../erase-record/erase-record.handler';
import { LiftLegalHoldCommand, PlaceLegalHoldCommand } from '../legal-holds/legal-hold.handlers';
import { RecordDirectory } from '../records/record-directory';
import { ChangeRestrictionCommand } from '../restriction/restriction.handler';
import { LegalHoldDto, ReasonDto } from './data-protection.dto';

const RecordType = () => Param('recordType', slugParam('recordType', /^[a-z][a-z0-9-]{1,40}$/, 'incident'));

/** One record's erasure, legal holds and restriction. */
@ApiTags('data-protection')
@Controller('data-protection/records/:recordType/:id')
export class RecordProtectionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: RecordDirectory,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: "The record's holds, restriction and erasure" })
  @ApiOkResponse({ type: RecordProtectionDto })
  async status(@RecordType() recordType: string, @UuidParam('id') id: string) {
    const record = await this.records.find(recordType, id);
    const [row] = await this.dataSource.query(
      `SELECT s.restricted, s.restriction_reason, s.holds, s.erased_at, e.basis, e.erased_by
         FROM data_protection_subjects s LEFT JOIN data_protection_erasures e USING (subject) WHERE s.subject = $1`,
      [record.subject],
    );
    return {
      recordType,
      label: record.label,
      restricted: row?.restricted ?? false,
      restrictionReason: row?.restriction_reason ?? null,
      legalHolds: row?.holds ?? [],
      erasedAt: row?.erased_at ? new Date(row.erased_at).toISOString() : null,
      erasure: row?.basis ? { basis: row.basis, erasedBy: row.erased_by } : null,
    };
  }

  @Post('erasure')
  @HttpCode(200)
  @ApiOperation({ summary: "Erase the record's personal texts by decision (an erasure request granted): its data key is destroyed; refused under legal hold" })
  @ApiCommandAnswer(200, 'Recorded once; a second erasure records nothing.', {})
  async erase(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @RecordType() recordType: string,
    @UuidParam('id') id: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const meta = commandMeta(actor, request, body.expectedRevision);
    const basis = { kind: 'decision' as const, reason: body.reason };
    return this.onRecord(recordType, id, response, { erased: true }, (subject) => new EraseRecordCommand({ subject, recordType, basis, actor }, meta));
  }

  @Post('legal-holds')
  @ApiOperation({ summary: 'Place a legal hold (an open complaint or case): the record is not erased until it is lifted' })
  @ApiCommandAnswer(201, 'Recorded as a new event.', { holdId: 'uuid' })
  async placeHold(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @RecordType() recordType: string,
    @UuidParam('id') id: string,
    @Body() body: LegalHoldDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const holdId = randomUUID();
    const meta = commandMeta(actor, request, body.expectedRevision);
    const caseReference = body.caseReference ?? null;
    return this.onRecord(
      recordType,
      id,
      response,
      { holdId },
      (subject) => new PlaceLegalHoldCommand({ subject, holdId, reason: body.reason, caseReference, actor }, meta),
    );
  }

  @Post('legal-holds/:holdId/lifting')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a legal hold, with the reason (the complaint was decided)' })
  @ApiCommandAnswer(200, 'Recorded as a new event.', {})
  async liftHold(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @RecordType() recordType: string,
    @UuidParam('id') id: string,
    @UuidParam('holdId') holdId: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const meta = commandMeta(actor, request, body.expectedRevision);
    return this.onRecord(recordType, id, response, {}, (subject) => new LiftLegalHoldCommand({ subject, holdId, reason: body.reason, actor }, meta));
  }

  @Post('restriction')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restrict the record until a decision: only auditors read its personal texts' })
  @ApiCommandAnswer(200, 'Recorded as a new event.', {})
  async restrict(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @RecordType() recordType: string,
    @UuidParam('id') id: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const meta = commandMeta(actor, request, body.expectedRevision);
    return this.onRecord(
      recordType,
      id,
      response,
      {},
      (subject) => new ChangeRestrictionCommand({ subject, restrict: true, reason: body.reason, actor }, meta),
    );
  }

  @Post('restriction/lifting')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift the restriction, with the decision' })
  @ApiCommandAnswer(200, 'Recorded as a new event.', {})
  async lift(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @RecordType() recordType: string,
    @UuidParam('id') id: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const meta = commandMeta(actor, request, body.expectedRevision);
    return this.onRecord(
      recordType,
      id,
      response,
      {},
      (subject) => new ChangeRestrictionCommand({ subject, restrict: false, reason: body.reason, actor }, meta),
    );
  }

  /** Finds the record (404 naming what is wrong), runs the command on its data-protection stream, answers with the revision. */
  private async onRecord<T extends object>(
    recordType: string,
    id: string,
    response: Response,
    extra: T,
    command: (subject: string) => StreamCommand<unknown, SubjectState>,
  ) {
    const { subject } = await this.records.find(recordType, id);
    return answer(response, await this.commands.execute(command(subject)), extra);
  }
}
