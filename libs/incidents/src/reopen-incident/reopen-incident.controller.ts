import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { IncidentCommandExecutor } from '../command-handling/incident-command.executor';

import { decide } from './reopen-incident.decide';
import { ReopenIncidentDto } from './reopen-incident.dto';

type Command = Parameters<typeof decide>[0];
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field: 'id', message: 'id must be a UUID' }]) });

@ApiTags('incidents')
@Controller('incidents')
export class ReopenIncidentController {
  constructor(private readonly executor: IncidentCommandExecutor) {}

  @Post(':id/reopening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a closed, duplicate or not-reportable incident' })
  @ApiOkResponse({ description: 'Recorded as a new event; nothing earlier is changed' })
  async handle(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', uuid) id: string, @Body() body: ReopenIncidentDto) {
    const command = { incidentId: id, actor, reason: body.reason.trim() } as unknown as Command;
    return this.executor.execute(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
