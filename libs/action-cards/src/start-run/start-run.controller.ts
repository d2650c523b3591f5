import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { deterministicUuid } from '@vigil/event-sourcing';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { STATE_AFTER, templateIdParam } from '../action-card-http';
import { StartRunDto } from './start-run.dto';
import { StartRunCommand } from './start-run.handler';

@ApiTags('action-card-runs')
@Controller('action-card-runs')
export class StartRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Start a run of an action card by hand; it pins the card version as it is now' })
  @ApiCommandAnswer(201, 'Started; Location names the run', { runId: 'uuid' }, STATE_AFTER)
  async start(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: StartRunDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const templateId = templateIdParam.transform(body.templateId, { type: 'body' });
    // With an Idempotency-Key and no id, a retry must land on the same run.
    const runId = body.runId ?? (request.idempotencyKey ? deterministicUuid('vigil-action-card-run', actor, request.idempotencyKey) : randomUUID());
    const outcome = await this.commands.execute(new StartRunCommand(body.toCommand(runId, templateId, actor), commandMeta(actor, request)));
    response.setHeader('Location', `/action-card-runs/${runId}`);
    return answer(response, outcome, { runId, state: outcome.state });
  }
}
