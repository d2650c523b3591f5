import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { CloseIncidentCommand } from './close-incident.handler';
import { CloseIncidentDto } from './close-incident.dto';

@ApiTags('incidents')
@Controller('incidents')
export class CloseIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the incident with its outcome' })
  @ApiCommandAnswer(200, 'Recorded as a new event; nothing earlier is changed. ETag is the new revision.', { incidentId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: CloseIncidentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = { incidentId: id, actor, outcome: body.outcome.trim(), ...(body.reason ? { reason: body.reason } : {}) };
    const outcome = await this.commands.execute(new CloseIncidentCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { incidentId: id });
  }
}
