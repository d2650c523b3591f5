import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { ReopenIncidentCommand } from './reopen-incident.handler';
import { ReopenIncidentDto } from './reopen-incident.dto';

@ApiTags('incidents')
@Controller('incidents')
export class ReopenIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/reopening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a closed, duplicate or not-reportable incident' })
  @ApiCommandAnswer(200, 'Recorded as a new event; nothing earlier is changed. ETag is the new revision.', { incidentId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: ReopenIncidentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = { incidentId: id, actor, reason: body.reason.trim() };
    const outcome = await this.commands.execute(new ReopenIncidentCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { incidentId: id });
  }
}
