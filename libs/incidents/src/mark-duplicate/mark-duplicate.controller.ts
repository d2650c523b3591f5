import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { IncidentCommandExecutor } from '../command-handling/incident-command.executor';

import { decide } from './mark-duplicate.decide';
import { MarkDuplicateDto } from './mark-duplicate.dto';

type Command = Parameters<typeof decide>[0];
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field: 'id', message: 'id must be a UUID' }]) });

@ApiTags('incidents')
@Controller('incidents')
export class MarkDuplicateController {
  constructor(private readonly executor: IncidentCommandExecutor) {}

  @Post(':id/duplicate-marking')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark as a duplicate of another recorded incident' })
  @ApiOkResponse({ description: 'Recorded as a new event; nothing earlier is changed' })
  async handle(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', uuid) id: string, @Body() body: MarkDuplicateDto) {
    if (!(await this.executor.exists(body.duplicateOf))) {
      throw new RequestValidationException([{ field: 'duplicateOf', message: `no incident ${body.duplicateOf} is recorded` }]);
    }
    const command = { incidentId: id, actor, reason: body.reason.trim(), duplicateOf: body.duplicateOf } as unknown as Command;
    return this.executor.execute(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state, now) => decide(command, state, now));
  }
}
