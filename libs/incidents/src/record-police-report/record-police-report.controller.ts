import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { IncidentCommandExecutor } from '../command-handling/incident-command.executor';

import { decide } from './record-police-report.decide';
import { RecordPoliceReportDto } from './record-police-report.dto';

type Command = Parameters<typeof decide>[0];
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field: 'id', message: 'id must be a UUID' }]) });

@ApiTags('incidents')
@Controller('incidents')
export class RecordPoliceReportController {
  constructor(private readonly executor: IncidentCommandExecutor) {}

  @Post(':id/police-reports')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the incident was reported to the police' })
  @ApiOkResponse({ description: 'Recorded as a new event; nothing earlier is changed' })
  async handle(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', uuid) id: string, @Body() body: RecordPoliceReportDto) {
    const command = { incidentId: id, actor, reportedAt: new Date(body.reportedAt).toISOString(), policeDistrict: body.policeDistrict.trim(), ...(body.journalNumber ? { journalNumber: body.journalNumber } : {}), ...(body.note ? { note: body.note } : {}) } as unknown as Command;
    return this.executor.execute(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
