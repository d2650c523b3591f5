import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { IncidentCommandExecutor } from '../command-handling/incident-command.executor';
import { checkLocation } from '../command-handling/location-check';
import { toCorrections } from './incident-corrections.dto';
import { decide } from './correct-incident.decide';
import { CorrectIncidentDto } from './correct-incident.dto';

type Command = Parameters<typeof decide>[0];
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field: 'id', message: 'id must be a UUID' }]) });

@ApiTags('incidents')
@Controller('incidents')
export class CorrectIncidentController {
  constructor(private readonly executor: IncidentCommandExecutor) {}

  @Post(':id/corrections')
  @HttpCode(200)
  @ApiOperation({ summary: 'Correct facts; the original stays visible in the history' })
  @ApiOkResponse({ description: 'Recorded as a new event; nothing earlier is changed' })
  async handle(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', uuid) id: string, @Body() body: CorrectIncidentDto) {
    checkLocation(body.corrections.location, 'corrections.location');
    const command = { incidentId: id, actor, reason: body.reason.trim(), corrections: toCorrections(body.corrections) } as unknown as Command;
    return this.executor.execute(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
