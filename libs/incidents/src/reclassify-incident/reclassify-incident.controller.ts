import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { ReclassifyIncidentCommand } from './reclassify-incident.handler';
import { ReclassifyIncidentDto } from './reclassify-incident.dto';

@ApiTags('incidents')
@Controller('incidents')
export class ReclassifyIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/reclassification')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reclassify the kind and/or target group' })
  @ApiCommandAnswer(200, 'Recorded as a new event; nothing earlier is changed. ETag is the new revision.', { incidentId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: ReclassifyIncidentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = {
      incidentId: id,
      actor,
      reason: body.reason.trim(),
      ...(body.kind ? { kind: body.kind } : {}),
      ...(body.target ? { target: body.target } : {}),
    };
    const outcome = await this.commands.execute(new ReclassifyIncidentCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { incidentId: id });
  }
}
