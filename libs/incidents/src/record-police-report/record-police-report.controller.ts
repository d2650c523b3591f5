import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RecordPoliceReportCommand } from './record-police-report.handler';
import { RecordPoliceReportDto } from './record-police-report.dto';

@ApiTags('incidents')
@Controller('incidents')
export class RecordPoliceReportController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/police-reports')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the incident was reported to the police' })
  @ApiCommandAnswer(200, 'Recorded as a new event; nothing earlier is changed. ETag is the new revision.', { incidentId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: RecordPoliceReportDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = {
      incidentId: id,
      actor,
      reportedAt: new Date(body.reportedAt).toISOString(),
      policeDistrict: body.policeDistrict.trim(),
      ...(body.journalNumber ? { journalNumber: body.journalNumber } : {}),
      ...(body.note ? { note: body.note } : {}),
    };
    const outcome = await this.commands.execute(new RecordPoliceReportCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { incidentId: id });
  }
}
