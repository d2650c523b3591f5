import { Body, Controller, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { StepCommand, StepIdParam } from '../action-card-http';
import { ReopenStepDto } from './reopen-step.dto';
import { ReopenStepCommand } from './reopen-step.handler';

@ApiTags('action-card-runs')
@Controller('action-card-runs')
export class ReopenStepController {
  constructor(private readonly commands: CommandBus) {}

  @StepCommand('reopening', 'Reopen a done or skipped step, with the reason')
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('runId') runId: string,
    @StepIdParam() stepId: string,
    @Body() body: ReopenStepDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new ReopenStepCommand({ runId, stepId, actor, reason: body.reason }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { runId, stepId, state: outcome.state });
  }
}
