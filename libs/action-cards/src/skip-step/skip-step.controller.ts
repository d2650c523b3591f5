import { Body, Controller, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { StepCommand, StepIdParam } from '../action-card-http';
import { SkipStepDto } from './skip-step.dto';
import { SkipStepCommand } from './skip-step.handler';

@ApiTags('action-card-runs')
@Controller('action-card-runs')
export class SkipStepController {
  constructor(private readonly commands: CommandBus) {}

  @StepCommand('skipping', 'Skip a step on purpose (a mandatory step needs a justification)')
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('runId') runId: string,
    @StepIdParam() stepId: string,
    @Body() body: SkipStepDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new SkipStepCommand({ runId, stepId, actor, justification: body.justification }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { runId, stepId, state: outcome.state });
  }
}
