import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { checkLocation } from '../command-handling/location-check';
import { toCorrections } from './incident-corrections.dto';
import { CorrectIncidentCommand } from './correct-incident.handler';
import { CorrectIncidentDto } from './correct-incident.dto';

@ApiTags('incidents')
@Controller('incidents')
export class CorrectIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/corrections')
  @HttpCode(200)
  @ApiOperation({ summary: 'Correct facts; the original stays visible in the history' })
  @ApiCommandAnswer(200, 'Recorded as a new event; nothing earlier is changed. ETag is the new revision.', { incidentId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: CorrectIncidentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    checkLocation(body.corrections.location, 'corrections.location');
    const command = { incidentId: id, actor, reason: body.reason.trim(), corrections: toCorrections(body.corrections) };
    const outcome = await this.commands.execute(new CorrectIncidentCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { incidentId: id });
  }
}
