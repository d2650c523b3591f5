import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { deterministicUuid } from '@vigil/event-sourcing';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { checkLocation } from '../command-handling/location-check';
import { ReportIncidentDto } from './report-incident.dto';
import { ReportIncidentCommand } from './report-incident.handler';

@ApiTags('incidents')
@Controller('incidents')
export class ReportIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Report an incident (late registrations welcome: occurredAt may be long ago)' })
  @ApiCommandAnswer(201, 'Recorded; Location names the new incident, ETag its revision', { incidentId: 'uuid' })
  async report(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: ReportIncidentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    checkLocation(body.location);
    // With an Idempotency-Key and no id, a retry must land on the same incident.
    const incidentId = body.incidentId ?? (request.idempotencyKey ? deterministicUuid('vigil-incident', actor, request.idempotencyKey) : randomUUID());
    const outcome = await this.commands.execute(new ReportIncidentCommand(body.toCommand(incidentId, actor), commandMeta(actor, request)));
    response.setHeader('Location', `/incidents/${incidentId}`);
    return answer(response, outcome, { incidentId });
  }
}
