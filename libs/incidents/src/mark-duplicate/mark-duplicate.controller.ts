import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RequestValidationException } from '@vigil/http-problems';
import { IncidentLookup } from '../command-handling/incident-lookup';
import { MarkDuplicateCommand } from './mark-duplicate.handler';
import { MarkDuplicateDto } from './mark-duplicate.dto';

@ApiTags('incidents')
@Controller('incidents')
export class MarkDuplicateController {
  constructor(
    private readonly commands: CommandBus,
    private readonly incidents: IncidentLookup,
  ) {}

  @Post(':id/duplicate-marking')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark as a duplicate of another recorded incident' })
  @ApiCommandAnswer(200, 'Recorded as a new event; nothing earlier is changed. ETag is the new revision.', { incidentId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: MarkDuplicateDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!(await this.incidents.exists(body.duplicateOf))) {
      throw new RequestValidationException([{ field: 'duplicateOf', message: `no incident ${body.duplicateOf} is recorded` }]);
    }
    const command = { incidentId: id, actor, reason: body.reason.trim(), duplicateOf: body.duplicateOf };
    const outcome = await this.commands.execute(new MarkDuplicateCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { incidentId: id });
  }
}
