import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { STATE_AFTER, stepIdParam } from '../action-card-http';
import { SkipStepDto } from './skip-step.dto';
import { SkipStepCommand } from './skip-step.handler';

@ApiTags('action-card-runs')
@Controller('action-card-runs')
export class SkipStepController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':runId/steps/:stepId/skipping')
  @HttpCode(200)
  @ApiOperation({ summary: 'Skip a step on purpose (a mandatory step needs a justification)' })
  @ApiCommandAnswer(
    200,
    'Recorded; ETag is the run revision. 409 with the current state when another coordinator got there first.',
    { runId: 'uuid', stepId: 'slug' },
    STATE_AFTER,
  )
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('runId') runId: string,
    @Param('stepId', stepIdParam) stepId: string,
    @Body() body: SkipStepDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new SkipStepCommand({ runId, stepId, actor, justification: body.justification }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { runId, stepId, state: outcome.state });
  }
}
