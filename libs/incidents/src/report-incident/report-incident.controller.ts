import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { IncidentCommandExecutor } from '../command-handling/incident-command.executor';
import { deterministicUuid } from '../command-handling/command-ids';
import { checkLocation, toDomainLocation } from '../command-handling/location-check';
import { decide } from './report-incident.decide';
import { ReportIncidentDto } from './report-incident.dto';
import { randomUUID } from 'node:crypto';

type ReportCommand = Parameters<typeof decide>[0];

@ApiTags('incidents')
@Controller('incidents')
export class ReportIncidentController {
  constructor(private readonly executor: IncidentCommandExecutor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Report an incident (late registrations welcome: occurredAt may be long ago)' })
  @ApiCreatedResponse({ description: 'Recorded; Location names the new incident' })
  async report(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Body() body: ReportIncidentDto, @Res({ passthrough: true }) response: Response) {
    checkLocation(body.location);
    // With an Idempotency-Key and no id, a retry must land on the same incident.
    const incidentId = body.incidentId ?? (request.idempotencyKey ? deterministicUuid('vigil-incident', actor, request.idempotencyKey) : randomUUID());
    const command = {
      incidentId,
      actor,
      kind: body.kind,
      target: body.target,
      perpetrator: body.perpetrator,
      location: toDomainLocation(body.location),
      severity: body.severity,
      injuries: body.injuries,
      occurredAt: new Date(body.occurredAt).toISOString(),
      description: body.description.trim(),
      involved: body.involved,
    } as unknown as ReportCommand;
    const outcome = await this.executor.execute(incidentId, { actor, ...request }, (state, now) => decide(command, state, now));
    response.setHeader('Location', `/incidents/${incidentId}`);
    return outcome;
  }
}
