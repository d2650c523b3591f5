import { Body, Controller, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { ActionCardProblemFilter } from '../action-card-problems';
import { runStreamId, templateStreamId } from '../action-card-streams';
import { deterministicUuid } from '../command-handling/command-ids';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { answer, slugParam } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { RUN_MODEL, TEMPLATE_MODEL } from '../command-handling/stream-models';
import { decide } from './start-run.decide';
import { StartRunDto } from './start-run.dto';

@ApiTags('action-card-runs')
@UseFilters(ActionCardProblemFilter)
@Controller('action-card-runs')
export class StartRunController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Start a run of an action card by hand; it pins the card version as it is now' })
  @ApiCreatedResponse({ description: 'Started; Location names the run' })
  async start(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Body() body: StartRunDto, @Res({ passthrough: true }) response: Response) {
    const templateId = slugParam('templateId').transform(body.templateId, { type: 'body' });
    // With an Idempotency-Key and no id, a retry must land on the same run.
    const runId = body.runId ?? (request.idempotencyKey ? deterministicUuid('vigil-action-card-run', actor, request.idempotencyKey) : randomUUID());
    const { state: template } = await this.executor.load(templateStreamId(templateId), TEMPLATE_MODEL);
    const command = { runId, templateId, template, area: body.area, institution: body.institution ?? null, startedAt: body.startedAt, trigger: { type: 'manual' as const }, actor };
    const outcome = await this.executor.execute(runStreamId(runId), RUN_MODEL, { actor, ...request }, (state, now) => decide(command, state, now));
    response.setHeader('Location', `/action-card-runs/${runId}`);
    return answer(response, outcome, { runId });
  }
}
