import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { IncidentCommandExecutor } from '../command-handling/incident-command.executor';

import { decide } from './close-incident.decide';
import { CloseIncidentDto } from './close-incident.dto';

type Command = Parameters<typeof decide>[0];
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field: 'id', message: 'id must be a UUID' }]) });

@ApiTags('incidents')
@Controller('incidents')
export class CloseIncidentController {
  constructor(private readonly executor: IncidentCommandExecutor) {}

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the incident with its outcome' })
  @ApiOkResponse({ description: 'Recorded as a new event; nothing earlier is changed' })
  async handle(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', uuid) id: string, @Body() body: CloseIncidentDto) {
    const command = { incidentId: id, actor, outcome: body.outcome.trim(), ...(body.reason ? { reason: body.reason } : {}) } as unknown as Command;
    return this.executor.execute(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
